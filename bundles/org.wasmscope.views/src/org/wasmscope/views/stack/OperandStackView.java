package org.wasmscope.views.stack;

import java.util.List;

import org.wasmscope.views.common.Column;
import org.wasmscope.views.common.MachineInput;
import org.wasmscope.views.common.Row;
import org.wasmscope.views.common.RowTree;
import org.wasmscope.views.common.RowTreeView;
import org.wasmscope.views.store.ShowObjectInStore;

/**
 * The operand stack (spec 4.2.14, the values on the stack), top first, grouped by the frame and then the
 * label that own each value: the values a frame pushed lie above its frame's start, those pushed inside a
 * block above that block's label. Values the last step pushed or changed are highlighted. A struct or array
 * reference opens to the object's fields; <i>Show Object in Store</i> (context menu, double-click) shows it in the heap.
 */
public class OperandStackView extends RowTreeView {
    public static final String ID = "org.wasmscope.views.stack";

    @Override
    protected List<Column> columns() {
        return List.of(
                new Column("Operand (top first)", "The operand stack's values, top first, by owning frame and label (spec 4.2.14)", 26),
                new Column("Type", "The value's value type (spec 2.3.4)", 8),
                new Column("Value", "The value (spec 4.2.1); integers in the number format of the toolbar; click to change it", 24));
    }

    @Override
    protected void configure(RowTree tree) {
        ShowObjectInStore.attach(getSite(), tree.viewer());
    }

    @Override
    protected List<? extends Row> rows(MachineInput input) {
        return StackRows.of(input.session(), input.snapshot());
    }

    @Override
    protected void show(MachineInput input) {
        super.show(input);
        setHeader(StackRows.header(input, numberFormat()));
    }

    @Override
    protected void formatChanged() {
        super.formatChanged();
        setHeader(StackRows.header(getInput(), numberFormat()));
    }

    @Override
    protected String emptyMessage() {
        return "No WebAssembly machine is suspended.\n\nDebug a .wat or .wasm module (Debug As \u203a WebAssembly) and suspend it: "
                + "this view then shows its operand stack, top first, grouped by frame and label.";
    }
}
