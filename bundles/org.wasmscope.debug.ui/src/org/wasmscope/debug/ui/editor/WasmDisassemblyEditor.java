package org.wasmscope.debug.ui.editor;

import org.eclipse.debug.ui.actions.IRunToLineTarget;
import org.eclipse.debug.ui.actions.IToggleBreakpointsTarget;
import org.wasmscope.debug.ui.breakpoints.DisassemblyBreakpointAdapter;

/**
 * Opens a binary {@code .wasm} module as its read-only disassembly listing, coloured as text-format code,
 * with instruction breakpoints in the ruler (double click or the ruler's menu; Run › Toggle Breakpoint and
 * Ctrl+Shift+B, see the breakpoint action set's association in plugin.xml) and Run to Line. The text's
 * context menu id is {@link #EDITOR_CONTEXT}.
 */
public class WasmDisassemblyEditor extends BreakpointRulerEditor {
    public static final String ID = "org.wasmscope.debug.ui.wasmDisassemblyEditor";
    /** The context menu of the listing. */
    public static final String EDITOR_CONTEXT = "#WasmDisassemblyContext";

    private static final DisassemblyBreakpointAdapter BREAKPOINTS = new DisassemblyBreakpointAdapter();

    @Override
    protected void initializeEditor() {
        super.initializeEditor();
        setDocumentProvider(new DisassemblyDocumentProvider());
        setSourceViewerConfiguration(new WatSourceViewerConfiguration());
        setRulerContextMenuId(WatEditor.RULER_CONTEXT);
        setEditorContextMenuId(EDITOR_CONTEXT);
    }

    @Override
    public boolean isEditable() {
        return false;
    }

    /** The breakpoint actions (ruler, Run menu, key binding) and Run to Line ask the editor for their target. */
    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IToggleBreakpointsTarget.class || adapter == IRunToLineTarget.class) {
            return adapter.cast(BREAKPOINTS);
        }
        return super.getAdapter(adapter);
    }
}
