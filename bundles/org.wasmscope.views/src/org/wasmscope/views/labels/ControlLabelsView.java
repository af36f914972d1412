package org.wasmscope.views.labels;

import java.util.List;

import org.wasmscope.runtime.debug.CatchSite;
import org.wasmscope.runtime.debug.Frame;
import org.wasmscope.runtime.syntax.Opcode;
import org.wasmscope.views.common.Column;
import org.wasmscope.views.common.MachineInput;
import org.wasmscope.views.common.Row;
import org.wasmscope.views.common.RowTreeView;

/**
 * The control labels of the selected frame (spec 4.2.14: a label's arity and continuation), innermost
 * first, so that the row numbers are the label indices a branch names. The label that a {@code br},
 * {@code br_if}, {@code br_table} or {@code return} at the frame's current instruction would take is
 * emphasized. A try_table's handler (spec 4.4.8) follows its label, with its catch clauses; at a
 * {@code throw} or {@code throw_ref} the handler and clause that will catch the exception are emphasized.
 */
public class ControlLabelsView extends RowTreeView {
    public static final String ID = "org.wasmscope.views.labels";

    @Override
    protected List<Column> columns() {
        return List.of(
                new Column("Label", "The label index a branch uses here (0 the innermost) and the label's name (spec 2.5.1, 4.2.14); a try_table's handler and its catch clauses", 20),
                new Column("Kind", "The structured instruction that made the label: block, loop, if, else (the else branch of an if), try_table, the handler around a try_table's label, a catch clause, or the function body", 8),
                new Column("Block type", "The block type as a function type [params] \u2192 [results] (spec 2.4.8)", 18),
                new Column("Arity", "How many values a branch to the label carries: a loop's parameters, otherwise its results (spec 4.2.14)", 5),
                new Column("Continuation", "Where a branch to the label continues (spec 4.2.14): after the end of a block or if, at the start of a loop; for the function body, its return", 22),
                new Column("Height", "Operand stack height (of this frame's operands) when the label was entered, below its parameters", 6),
                new Column("Opened at", "Source position of the block, loop or if instruction (line:column, or @byte offset)", 10));
    }

    @Override
    protected List<? extends Row> rows(MachineInput input) {
        return LabelRows.of(input);
    }

    @Override
    protected void show(MachineInput input) {
        super.show(input);
        Frame f = input.selectedFrame();
        setHeader(f == null ? "No frame: the invocation returned"
                : "Frame " + f.index() + " " + f.displayName() + " at #" + f.instrIndex() + " " + f.instr() + " ("
                        + f.pos() + "); innermost label first" + catching(input));
    }

    /** At a throw: which handler will catch the exception, since it may be in another frame than the one shown. */
    private static String catching(MachineInput input) {
        Frame top = input.snapshot().top();
        if (top == null || top.instr() == null || top.instr().op != Opcode.THROW && top.instr().op != Opcode.THROW_REF) {
            return "";
        }
        CatchSite site = input.session().catchSite();
        String thrower = "the throw in frame " + top.index();
        if (site == null) {
            return "; no handler catches " + thrower;
        }
        Frame f = input.snapshot().frames().get(site.frame());
        return "; " + thrower + " is caught by the handler of " + f.label(site.labelDepth()).displayName() + " in frame "
                + f.index() + " " + f.displayName();
    }

    @Override
    protected String emptyMessage() {
        return "No WebAssembly machine is suspended.\n\nDebug a .wat or .wasm module and suspend it: this view then shows "
                + "the control labels of the selected frame (block, loop, if, else, function body), innermost first.";
    }
}
