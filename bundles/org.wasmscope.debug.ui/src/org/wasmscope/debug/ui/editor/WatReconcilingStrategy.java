package org.wasmscope.debug.ui.editor;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;

/**
 * Analyses the editor's text in the background after each pause in typing: the problem markers, then the
 * outline, hover and the rest of the editor from the new {@link WatAnalysis}.
 */
final class WatReconcilingStrategy implements IReconcilingStrategy, IReconcilingStrategyExtension {
    private final WatEditor editor;
    private IDocument document;

    WatReconcilingStrategy(WatEditor editor) {
        this.editor = editor;
    }

    @Override
    public void setDocument(IDocument document) {
        this.document = document;
    }

    @Override
    public void setProgressMonitor(IProgressMonitor monitor) {
        // one analysis is quick; nothing to cancel
    }

    @Override
    public void initialReconcile() {
        reconcile();
    }

    @Override
    public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
        reconcile();
    }

    @Override
    public void reconcile(IRegion partition) {
        reconcile();
    }

    private void reconcile() {
        if (document == null) {
            return;
        }
        WatAnalysis analysis = WatAnalysis.of(document.get());
        IFile file = editor.getEditorInput() == null ? null : editor.getEditorInput().getAdapter(IFile.class);
        if (file != null) {
            try {
                ModuleProblems.update(file, analysis.problems());
            } catch (CoreException e) {
                Platform.getLog(WatReconcilingStrategy.class).log(
                        Status.error("Cannot update the problems of " + file.getName(), e));
            }
        }
        editor.analysed(analysis);
    }
}
