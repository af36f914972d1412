package org.wasmscope.views.labels;

import java.util.ArrayList;
import java.util.List;

import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.debug.Frame;
import org.wasmscope.runtime.debug.Label;
import org.wasmscope.runtime.debug.StackEntry;
import org.wasmscope.runtime.syntax.Instr;
import org.wasmscope.runtime.syntax.ValType;
import org.wasmscope.views.common.MachineInput;
import org.wasmscope.views.common.NumberFormat;
import org.wasmscope.views.common.Row;
import org.wasmscope.views.common.TypeText;

/** The control labels view's rows: the selected frame's labels, innermost first. */
final class LabelRows {
    private LabelRows() {
    }

    static List<Row> of(MachineInput input) {
        Frame frame = input.selectedFrame();
        if (frame == null) {
            return List.of();
        }
        int target = branchTarget(input, frame);
        List<Row> rows = new ArrayList<>();
        for (int depth = 0; depth < frame.labels().size(); depth++) {
            rows.add(new LabelRow(frame, frame.label(depth), depth == target));
        }
        return rows;
    }

    /**
     * The label index a branch at the frame's current instruction takes, or -1: {@code br l}, {@code br_if l},
     * {@code br_on_null l} and {@code br_on_non_null l} name it (whether or not they will branch),
     * {@code br_table} picks it with the i32 on top of the stack (the last label when out of range),
     * {@code return} leaves the function body.
     */
    static int branchTarget(MachineInput input, Frame frame) {
        Instr in = frame.instr();
        if (in == null) {
            return -1;
        }
        return switch (in.op) {
            case BR, BR_IF, BR_ON_NULL, BR_ON_NON_NULL -> in.x;
            case RETURN -> frame.labels().size() - 1;
            case BR_TABLE -> {
                List<StackEntry> operands = input.snapshot().stackOf(frame.index());
                if (operands.isEmpty()) {
                    yield -1;
                }
                Value top = operands.get(operands.size() - 1).value();
                if (top.type() != ValType.I32) {
                    yield -1;
                }
                long i = Integer.toUnsignedLong(top.asInt());
                yield in.labels[(int) Math.min(i, in.labels.length - 1)];
            }
            default -> -1;
        };
    }

    record LabelRow(Frame frame, Label label, boolean emphasized) implements Row {
        @Override
        public String text(int column, NumberFormat format) {
            return switch (column) {
                case 0 -> label.depth() + " " + label.displayName();
                case 1 -> label.kind().name().toLowerCase();
                case 2 -> TypeText.of(label.blockType());
                case 3 -> Integer.toString(label.arity());
                case 4 -> continuation();
                case 5 -> Integer.toString(label.height());
                case 6 -> label.openerPos().toString();
                default -> "";
            };
        }

        private String continuation() {
            String where = "#" + label.continuation() + " (" + label.continuationPos() + ")";
            return switch (label.kind()) {
                case LOOP -> "start " + where;
                case FUNCTION -> "return (end #" + label.continuation() + ")";
                default -> "after end " + where;
            };
        }

        @Override
        public Object key() {
            return List.of(frame.index(), frame.function().address, label.opener(), label.kind());
        }

        @Override
        public String tooltip() {
            String t = "Label " + label.depth() + ": a " + label.kind().name().toLowerCase() + " label of arity "
                    + label.arity() + "; a branch to it keeps " + label.arity() + " value(s) on top of height "
                    + label.height() + " and continues " + continuation();
            return emphasized ? t + ". The branch at the current instruction takes this label." : t;
        }
    }
}
