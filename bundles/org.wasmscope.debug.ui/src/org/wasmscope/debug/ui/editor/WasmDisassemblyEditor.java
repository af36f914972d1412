package org.wasmscope.debug.ui.editor;

import org.eclipse.ui.editors.text.TextEditor;

/** Opens a binary {@code .wasm} module as its read-only disassembly listing, coloured as text-format code. */
public class WasmDisassemblyEditor extends TextEditor {
    public static final String ID = "org.wasmscope.debug.ui.wasmDisassemblyEditor";

    @Override
    protected void initializeEditor() {
        super.initializeEditor();
        setDocumentProvider(new DisassemblyDocumentProvider());
        setSourceViewerConfiguration(new WatSourceViewerConfiguration());
        setRulerContextMenuId(WatEditor.RULER_CONTEXT);
    }

    @Override
    public boolean isEditable() {
        return false;
    }
}
