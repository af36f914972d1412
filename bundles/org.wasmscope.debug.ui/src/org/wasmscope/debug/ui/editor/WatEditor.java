package org.wasmscope.debug.ui.editor;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceStore;
import org.eclipse.jface.text.source.DefaultCharacterPairMatcher;
import org.eclipse.jface.text.source.ICharacterPairMatcher;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.SourceViewerConfiguration;
import org.eclipse.jface.resource.StringConverter;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.editors.text.ForwardingDocumentProvider;
import org.eclipse.ui.editors.text.TextFileDocumentProvider;
import org.eclipse.ui.texteditor.ChainedPreferenceStore;
import org.eclipse.ui.texteditor.ITextEditorActionDefinitionIds;
import org.eclipse.ui.texteditor.SourceViewerDecorationSupport;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

/**
 * The {@code .wat} editor: a text editor with the text format's colouring, matching parentheses, line
 * breakpoints (double click in the vertical ruler, its menu, Run › Toggle Breakpoint, Ctrl+Shift+B or the
 * editor's menu; the context menu ids are {@link #RULER_CONTEXT} and {@link #EDITOR_CONTEXT}), and what
 * the runtime's parser and validator say while typing ({@link WatEditingConfiguration}): problem markers,
 * an Outline, hover, Ctrl+click and content assist.
 */
public class WatEditor extends BreakpointRulerEditor {
    public static final String ID = "org.wasmscope.debug.ui.watEditor";
    /** The context menu of the editor's vertical ruler. */
    public static final String RULER_CONTEXT = "#WatRulerContext";
    /** The context menu of the text. */
    public static final String EDITOR_CONTEXT = "#WatEditorContext";

    private static final String CONTENT_ASSIST = "WatEditor.ContentAssist";
    private static final String MATCHING_BRACKETS = "wasmscope.matchingBrackets";
    private static final String MATCHING_BRACKETS_COLOR = "wasmscope.matchingBracketsColor";

    private final ICharacterPairMatcher brackets = new DefaultCharacterPairMatcher(new char[] { '(', ')' },
            WatPartitions.PARTITIONING, true);

    private volatile WatAnalysis analysis;
    private WatOutlinePage outline;

    @Override
    protected void initializeEditor() {
        super.initializeEditor();
        setSourceViewerConfiguration(new WatEditingConfiguration(this));
        setDocumentProvider(new ForwardingDocumentProvider(WatPartitions.PARTITIONING, new WatDocumentSetup(),
                new TextFileDocumentProvider()));
        setRulerContextMenuId(RULER_CONTEXT);
        setEditorContextMenuId(EDITOR_CONTEXT);
        setPreferenceStore(new ChainedPreferenceStore(
                new IPreferenceStore[] { bracketPreferences(), EditorsUI.getPreferenceStore() }));
    }

    /** Bracket matching is on, in grey, whatever the general text editor preferences say. */
    private static IPreferenceStore bracketPreferences() {
        PreferenceStore store = new PreferenceStore();
        store.setValue(MATCHING_BRACKETS, true);
        store.setValue(MATCHING_BRACKETS_COLOR, StringConverter.asString(new RGB(128, 128, 128)));
        return store;
    }

    @Override
    protected void configureSourceViewerDecorationSupport(SourceViewerDecorationSupport support) {
        support.setCharacterPairMatcher(brackets);
        support.setMatchingCharacterPainterPreferenceKeys(MATCHING_BRACKETS, MATCHING_BRACKETS_COLOR);
        super.configureSourceViewerDecorationSupport(support);
    }

    /** Ctrl+Space asks for content assist (the ruler toggles line breakpoints: {@link BreakpointRulerEditor}). */
    @Override
    protected void createActions() {
        super.createActions();
        IAction assist = new Action("Content Assist") {
            @Override
            public void run() {
                getSourceViewer().getTextOperationTarget().doOperation(ISourceViewer.CONTENTASSIST_PROPOSALS);
            }
        };
        assist.setActionDefinitionId(ITextEditorActionDefinitionIds.CONTENT_ASSIST_PROPOSALS);
        setAction(CONTENT_ASSIST, assist);
    }

    /** The latest analysis of the text (problems, structure, instruction types), or null before the first. */
    public WatAnalysis analysis() {
        return analysis;
    }

    /** Takes a new analysis from the reconciler (a background thread) and shows it in the outline. */
    void analysed(WatAnalysis a) {
        analysis = a;
        var control = getSourceViewer() == null ? null : getSourceViewer().getTextWidget();
        if (control != null && !control.isDisposed()) {
            control.getDisplay().asyncExec(() -> {
                if (outline != null && analysis == a) {
                    outline.update(a.structure());
                }
            });
        }
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IContentOutlinePage.class) {
            if (outline == null) {
                outline = new WatOutlinePage(this);
                if (analysis != null) {
                    outline.update(analysis.structure());
                }
            }
            return adapter.cast(outline);
        }
        return super.getAdapter(adapter);
    }

    /** The viewer, for tests and the debugger (the instruction pointer, run to line). */
    public ISourceViewer viewer() {
        return getSourceViewer();
    }

    /** The viewer's configuration (hover, hyperlinks, content assist), for tests. */
    public SourceViewerConfiguration configuration() {
        return getSourceViewerConfiguration();
    }

    @Override
    public void dispose() {
        brackets.dispose();
        IFile file = getEditorInput() == null ? null : getEditorInput().getAdapter(IFile.class);
        if (file != null && isDirty()) {
            WorkspaceModuleChecker.add(file); // the text that made the markers is discarded
        }
        super.dispose();
    }
}
