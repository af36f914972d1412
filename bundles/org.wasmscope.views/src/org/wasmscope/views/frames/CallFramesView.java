package org.wasmscope.views.frames;

import java.util.List;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.wasmscope.views.common.Column;
import org.wasmscope.views.common.MachineInput;
import org.wasmscope.views.common.Row;
import org.wasmscope.views.common.RowTree;
import org.wasmscope.views.common.RowTreeView;
import org.wasmscope.views.store.ShowObjectInStore;

/**
 * The call frames (spec 4.2.15: activations with their locals and module), top first, each with the
 * instruction it executes next and its locals. Selecting a frame makes it the selected frame of the other
 * machine views and of the Debug view (which reveals its line in the editor). A local that refers to a struct or
 * array instance opens to its fields; <i>Show Object in Store</i> (context menu, double-click) shows it in the heap.
 */
public class CallFramesView extends RowTreeView {
    public static final String ID = "org.wasmscope.views.frames";

    private boolean showing;

    @Override
    protected List<Column> columns() {
        return List.of(
                new Column("Frame / local", "A frame (spec 4.2.15: an activation of a function) and its locals, parameters first; top frame first", 22),
                new Column("Type", "The function's type, or the local's value type", 13),
                new Column("Value", "The local's value (spec 4.2.1); click to change it", 20),
                new Column("Instruction", "The instruction the frame executes next (index in the body: text); below the top, the call it waits in", 24),
                new Column("Position", "Source line:column of that instruction, or @byte offset in a binary module; then its C position (file:line:column) where the module has DWARF", 9),
                new Column("Module", "The frame's module instance", 10));
    }

    @Override
    protected void configure(RowTree tree) {
        tree.viewer().addSelectionChangedListener(e -> frameChosen(e.getStructuredSelection()));
        ShowObjectInStore.attach(getSite(), tree.viewer());
    }

    @Override
    protected List<? extends Row> rows(MachineInput input) {
        return FrameRows.of(input);
    }

    @Override
    protected void show(MachineInput input) {
        showing = true;
        try {
            super.show(input);
            int n = input.snapshot().frames().size();
            setHeader(n == 0 ? "No frames: the invocation returned" : n + (n == 1 ? " frame" : " frames") + "; top first");
            Row selected = FrameRows.frameRow(tree(), input.frame());
            if (selected != null) {
                tree().viewer().setSelection(new StructuredSelection(selected), true);
            }
        } finally {
            showing = false;
        }
    }

    private void frameChosen(IStructuredSelection selection) {
        if (showing || !(selection.getFirstElement() instanceof FrameRows.FrameRow row) || getInput() == null
                || row.frame().index() == getInput().frame()) {
            return;
        }
        FrameSelection.select(this, getInput().withFrame(row.frame().index()));
    }

    @Override
    protected String emptyMessage() {
        return "No WebAssembly machine is suspended.\n\nDebug a .wat or .wasm module and suspend it: this view then shows "
                + "its call frames with their locals and current instructions.";
    }
}
