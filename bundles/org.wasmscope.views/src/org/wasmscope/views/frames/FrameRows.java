package org.wasmscope.views.frames;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.TreeItem;
import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.debug.Frame;
import org.wasmscope.runtime.debug.Local;
import org.wasmscope.runtime.debug.Session;
import org.wasmscope.runtime.debug.Snapshot;
import org.wasmscope.runtime.debug.StoreView;
import org.wasmscope.runtime.dwarf.DebugInfo;
import org.wasmscope.runtime.text.ValueParser;
import org.wasmscope.views.common.EditableRow;
import org.wasmscope.views.common.MachineInput;
import org.wasmscope.views.common.NumberFormat;
import org.wasmscope.views.common.ObjectRows;
import org.wasmscope.views.common.OlderFrames;
import org.wasmscope.views.common.Row;
import org.wasmscope.views.common.RowTree;
import org.wasmscope.views.common.TypeText;
import org.wasmscope.views.common.ValueRow;

/** The call frames view's rows: frames top first, each with its locals. */
final class FrameRows {
    private FrameRows() {
    }

    static List<Row> of(MachineInput input) {
        Snapshot s = input.snapshot();
        List<Row> rows = new ArrayList<>();
        for (int k = s.frames().size() - 1; k >= 0; k--) {
            rows.add(new FrameRow(input.session(), s, s.frames().get(k)));
        }
        return OlderFrames.group(rows);
    }

    /** The row shown for frame {@code k}, or null. */
    static Row frameRow(RowTree tree, int k) {
        for (TreeItem item : tree.viewer().getTree().getItems()) {
            if (item.getData() instanceof FrameRow row && row.frame().index() == k) {
                return row;
            }
        }
        return null;
    }

    record FrameRow(Session session, Snapshot snapshot, Frame frame) implements Row {
        @Override
        public String text(int column, NumberFormat format) {
            return switch (column) {
                case 0 -> frame.index() + " " + frame.displayName() + (frame.tailCalled() ? " (return_call)" : "");
                case 1 -> TypeText.of(frame.function().type, t -> ObjectRows.typeText(session.store(), t));
                case 2 -> frame.tailCalled() ? "caller's frame gone" : "";
                case 3 -> "#" + frame.instrIndex() + " " + frame.instr();
                case 4 -> frame.pos() + sourcePosition();
                case 5 -> frame.module().name == null ? "(unnamed)" : frame.module().name;
                default -> "";
            };
        }

        /** The C position beside the instruction's, where the module has a DWARF line table: {@code " fib.c:12:5"}. */
        private String sourcePosition() {
            String p = DebugInfo.of(frame.module().module).positionOf(frame.instr());
            return p == null ? "" : " " + p;
        }

        @Override
        public boolean changed() {
            return snapshot.changes().frameNew(frame.index());
        }

        @Override
        public Object key() {
            return List.of("frame", frame.index(), frame.function().address);
        }

        @Override
        public String tooltip() {
            return "Frame " + frame.index() + " (spec 4.2.15): activation of " + frame.displayName() + ", return arity "
                    + frame.returnArity() + (frame.tailCalled() ? "; a tail call (return_call, return_call_indirect or"
                            + " return_call_ref, spec 4.4.8) replaced the calling function's frame with this one, so it"
                            + " returns to the frame below" : "")
                    + (changed() ? "; new since the last suspension" : "");
        }

        @Override
        public boolean hasChildren() {
            return !frame.locals().isEmpty();
        }

        @Override
        public boolean openInitially() {
            return true;
        }

        @Override
        public List<? extends Row> children() {
            int params = frame.function().type.params.length;
            List<Row> rows = new ArrayList<>();
            for (Local l : frame.locals()) {
                rows.add(new LocalRow(session, frame, l, l.index() < params,
                        snapshot.changes().local(frame.index(), l.index())));
            }
            return rows;
        }
    }

    record LocalRow(Session session, Frame frame, Local local, boolean param, boolean changed) implements EditableRow, ValueRow {
        @Override
        public StoreView store() {
            return session.store();
        }

        @Override
        public Value value() {
            return local.value();
        }

        @Override
        public String text(int column, NumberFormat format) {
            return switch (column) {
                case 0 -> local.displayName() + (param ? " (param " : " (local ") + local.index() + ")";
                case 1 -> ObjectRows.typeText(session.store(), local.type());
                case 2 -> ObjectRows.text(session.store(), local.value(), format);
                default -> "";
            };
        }

        @Override
        public Object key() {
            return List.of("local", frame.index(), frame.function().address, local.index());
        }

        @Override
        public String tooltip() {
            return (param ? "Parameter " : "Local ") + local.index() + " of frame " + frame.index()
                    + " (spec 4.2.15: the frame's locals, parameters first)" + (changed ? "; changed by the last step" : "");
        }

        @Override
        public boolean canEdit(int column) {
            return column == 2;
        }

        @Override
        public void write(int column, String text) {
            session.setLocal(frame.index(), local.index(), ValueParser.parse(local.type(), text));
        }
    }
}
