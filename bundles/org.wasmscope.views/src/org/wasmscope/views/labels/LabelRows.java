package org.wasmscope.views.labels;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.debug.CatchSite;
import org.wasmscope.runtime.debug.CatchView;
import org.wasmscope.runtime.debug.Frame;
import org.wasmscope.runtime.debug.Label;
import org.wasmscope.runtime.debug.StackEntry;
import org.wasmscope.runtime.debug.StoreView;
import org.wasmscope.runtime.syntax.AbsHeap;
import org.wasmscope.runtime.syntax.BlockType;
import org.wasmscope.runtime.syntax.Instr;
import org.wasmscope.runtime.syntax.ValType;
import org.wasmscope.views.common.MachineInput;
import org.wasmscope.views.common.NumberFormat;
import org.wasmscope.views.common.ObjectRows;
import org.wasmscope.views.common.Row;
import org.wasmscope.views.common.TypeText;

/** The control labels view's rows: the selected frame's labels, innermost first, each try_table's handler right after its label. */
final class LabelRows {
    private LabelRows() {
    }

    static List<Row> of(MachineInput input) {
        Frame frame = input.selectedFrame();
        if (frame == null) {
            return List.of();
        }
        int target = branchTarget(input, frame);
        CatchSite site = input.session().catchSite();
        StoreView store = input.session().store();
        List<Row> rows = new ArrayList<>();
        for (int depth = 0; depth < frame.labels().size(); depth++) {
            Label label = frame.label(depth);
            rows.add(new LabelRow(frame, label, blockType(store, frame, label), depth == target));
            if (label.kind() == Label.Kind.TRY_TABLE) { // the spec's handler frame sits right around its label
                boolean catching = site != null && site.frame() == frame.index() && site.labelDepth() == depth;
                rows.add(new HandlerRow(frame, label, catchRows(input, frame, label, catching ? site.clause() : -1)));
            }
        }
        return rows;
    }

    private static List<CatchRow> catchRows(MachineInput input, Frame frame, Label tryTable, int catching) {
        List<CatchRow> rows = new ArrayList<>();
        for (int i = 0; i < tryTable.catches().size(); i++) {
            CatchView c = tryTable.catches().get(i);
            String tag = c.tag() < 0 ? null
                    : c.tagName() != null ? "$" + c.tagName() : input.session().store().tagName(frame.module().tags[c.tag()].address);
            ValType[] payload = c.tag() < 0 ? new ValType[0] : frame.module().tags[c.tag()].type.params;
            ValType[] passed = passed(c, payload);
            rows.add(new CatchRow(frame, tryTable, i, c, tag, typeList(input.session().store(), passed), passed.length,
                    frame.label(c.targetDepth()), i == catching));
        }
        return rows;
    }

    /**
     * A label's block type as a function type whose defined types go by their names, as the other views write
     * types ({@code [] → [(ref null $point)]}); after the type the block names, when it names one
     * ({@code (type $sig) [i32] → [i32]}).
     */
    static String blockType(StoreView store, Frame frame, Label label) {
        String type = TypeText.of(label.blockType(), t -> ObjectRows.typeText(store, t));
        BlockType written = label.opener() < 0 ? null : frame.function().func.body[label.opener()].blockType;
        if (written == null || !written.isIndex()) {
            return type;
        }
        return "(type " + store.format().typeName(frame.module().types[written.typeIndex()]) + ") " + type;
    }

    /** A result type {@code [t*]} with defined types by their names. */
    private static String typeList(StoreView store, ValType[] types) {
        return TypeText.list(types, t -> ObjectRows.typeText(store, t));
    }

    /** What a catch clause passes to its label: the payload, then an exnref for catch_ref and catch_all_ref. */
    private static ValType[] passed(CatchView clause, ValType[] payload) {
        if (!clause.kind().passesRef()) {
            return payload;
        }
        ValType[] out = Arrays.copyOf(payload, payload.length + 1);
        out[payload.length] = ValType.ref(false, AbsHeap.EXN);
        return out;
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

    record LabelRow(Frame frame, Label label, String blockType, boolean emphasized) implements Row {
        @Override
        public String text(int column, NumberFormat format) {
            return switch (column) {
                case 0 -> label.depth() + " " + label.displayName();
                case 1 -> label.kind().name().toLowerCase();
                case 2 -> blockType;
                case 3 -> Integer.toString(label.arity());
                case 4 -> continuation(label);
                case 5 -> Integer.toString(label.height());
                case 6 -> label.openerPos().toString();
                default -> "";
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
                    + label.height() + " and continues " + continuation(label);
            return emphasized ? t + ". The branch at the current instruction takes this label." : t;
        }
    }

    /** Where a branch to {@code label} continues, e.g. {@code after end #13 (9:64)}. */
    static String continuation(Label label) {
        String where = "#" + label.continuation() + " (" + label.continuationPos() + ")";
        return switch (label.kind()) {
            case LOOP -> "start " + where;
            case FUNCTION -> "return (end #" + label.continuation() + ")";
            default -> "after end " + where;
        };
    }

    /**
     * The handler of a try_table (spec 4.2.14, 4.4.8: {@code handler{catch*}} around the try_table's label,
     * so not a label itself and without an index), with its catch clauses beneath; emphasized when the
     * exception thrown at the current instruction will be caught by it.
     */
    record HandlerRow(Frame frame, Label tryTable, List<CatchRow> clauses) implements Row {
        @Override
        public String text(int column, NumberFormat format) {
            return switch (column) {
                case 0 -> "handler of " + tryTable.displayName();
                case 1 -> "handler";
                case 4 -> clauses.size() + (clauses.size() == 1 ? " catch clause" : " catch clauses");
                default -> "";
            };
        }

        @Override
        public boolean emphasized() {
            return clauses.stream().anyMatch(CatchRow::emphasized);
        }

        @Override
        public Object key() {
            return List.of(frame.index(), frame.function().address, tryTable.opener(), "handler");
        }

        @Override
        public String tooltip() {
            String t = "The exception handler of the try_table at #" + tryTable.opener() + " (spec 4.4.8): while its body runs,"
                    + " an exception thrown inside it is caught by the first clause that matches its tag, which branches"
                    + " to that clause's label with the payload";
            return emphasized() ? t + ". The exception thrown at the current instruction will be caught here." : t;
        }

        @Override
        public boolean hasChildren() {
            return !clauses.isEmpty();
        }

        @Override
        public boolean openInitially() {
            return true;
        }

        @Override
        public List<? extends Row> children() {
            return clauses;
        }
    }

    /**
     * One catch clause: what it catches (a tag, or any with catch_all), its kind, the values it passes (the
     * payload, then for the _ref kinds the exnref: {@code passed}, {@code arity} of them) and the label it branches to.
     */
    record CatchRow(Frame frame, Label tryTable, int index, CatchView clause, String tag, String passed, int arity,
            Label target, boolean emphasized) implements Row {
        @Override
        public String text(int column, NumberFormat format) {
            return switch (column) {
                case 0 -> clause.kind().text + (tag == null ? "" : " " + tag);
                case 1 -> clause.kind().text;
                case 2 -> passed;
                case 3 -> Integer.toString(arity);
                case 4 -> "br " + target.depth() + " " + target.displayName() + ": " + continuation(target);
                default -> "";
            };
        }

        @Override
        public Object key() {
            return List.of(frame.index(), frame.function().address, tryTable.opener(), "catch", index);
        }

        @Override
        public String tooltip() {
            String t = "Catch clause " + index + " (spec 2.4.8): " + (tag == null ? "catches every exception" : "catches exceptions of tag " + tag)
                    + " and branches to label " + target.depth() + " (counted inside the try_table) with " + passed;
            return emphasized ? t + ". It catches the exception thrown at the current instruction." : t;
        }
    }
}
