package org.wasmscope.debug.ui.editor;

import java.io.IOException;
import java.io.InputStream;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.source.AnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IStorageEditorInput;
import org.eclipse.ui.editors.text.StorageDocumentProvider;
import org.eclipse.ui.texteditor.ResourceMarkerAnnotationModel;
import org.wasmscope.debug.core.WasmDebugCore;
import org.wasmscope.debug.core.sourcelookup.Disassembly;

/** Documents for binary modules: their disassembly, never saved back. */
public final class DisassemblyDocumentProvider extends StorageDocumentProvider {

    @Override
    protected boolean setDocumentContent(IDocument document, IEditorInput input, String encoding) throws CoreException {
        if (!(input instanceof IStorageEditorInput storageInput)) {
            return false;
        }
        byte[] bytes;
        try (InputStream in = storageInput.getStorage().getContents()) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw WasmDebugCore.error("Cannot read " + input.getName() + ": " + e.getMessage(), e);
        }
        document.set(Disassembly.of(input.getName(), bytes).text());
        return true;
    }

    /** The listing is coloured like text-format code: it shares the instructions' names and uses ;; comments. */
    @Override
    protected IDocument createDocument(Object element) throws CoreException {
        IDocument document = super.createDocument(element);
        if (document != null) {
            WatPartitions.setUp(document);
        }
        return document;
    }

    /**
     * An annotation model, so the debugger can show its instruction pointer on the listing; for a workspace
     * file, one that also shows the file's markers, the instruction breakpoints among them.
     */
    @Override
    protected IAnnotationModel createAnnotationModel(Object element) {
        if (element instanceof IFileEditorInput input) {
            return new ResourceMarkerAnnotationModel(input.getFile());
        }
        return new AnnotationModel();
    }

    @Override
    public boolean isReadOnly(Object element) {
        return true;
    }

    @Override
    public boolean isModifiable(Object element) {
        return false;
    }
}
