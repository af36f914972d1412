package org.wasmscope.views.stack;

import java.util.ArrayList;
import java.util.List;

import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.debug.Frame;
import org.wasmscope.runtime.debug.Label;
import org.wasmscope.runtime.debug.Session;
import org.wasmscope.runtime.debug.Snapshot;
import org.wasmscope.runtime.debug.StackEntry;
import org.wasmscope.runtime.debug.StoreView;
import org.wasmscope.runtime.text.ValueParser;
import org.wasmscope.views.common.EditableRow;
import org.wasmscope.views.common.MachineInput;
import org.wasmscope.views.common.NumberFormat;
import org.wasmscope.views.common.ObjectRows;
import org.wasmscope.views.common.OlderFrames;
import org.wasmscope.views.common.Row;
import org.wasmscope.views.common.SuspensionText;
import org.wasmscope.views.common.ValueRow;

/** The operand stack view's rows: frames (top first), their labels (innermost first) and values (top first). */
final class StackRows {
    private StackRows() {
    }

    static String header(MachineInput input, NumberFormat format) {
        Snapshot s = input.snapshot();
        String why = SuspensionText.of(input.session(), format);
        if (s.frames().isEmpty()) {
            return why.isEmpty() ? "No frames" : "No frames: " + why;
        }
        int n = s.stack().size();
        return n + (n == 1 ? " value" : " values") + " in " + s.frames().size()
                + (s.frames().size() == 1 ? " frame" : " frames") + "; top first" + (why.isEmpty() ? "" : "; " + why);
    }

    static List<Row> of(Session session, Snapshot s) {
        List<Row> frames = new ArrayList<>();
        for (int k = s.frames().size() - 1; k >= 0; k--) {
            frames.add(new FrameRow(session, s, s.frames().get(k)));
        }
        return OlderFrames.group(frames);
    }

    /** A frame and the values above its start, by label. */
    record FrameRow(Session session, Snapshot snapshot, Frame frame) implements Row {
        @Override
        public String text(int column, NumberFormat format) {
            return switch (column) {
                case 0 -> "frame " + frame.index() + " " + frame.displayName();
                case 2 -> frame.stackSize() == 0 ? "(no operands)" : "";
                default -> "";
            };
        }

        @Override
        public Object key() {
            return List.of("frame", frame.index(), frame.function().address);
        }

        @Override
        public String tooltip() {
            return "Frame " + frame.index() + " (spec 4.2.15: activation of " + frame.displayName()
                    + "): its operands, above the operands of the frames below";
        }

        @Override
        public boolean hasChildren() {
            return frame.stackSize() > 0;
        }

        @Override
        public boolean openInitially() {
            return true;
        }

        @Override
        public List<? extends Row> children() {
            List<StackEntry> entries = snapshot.stackOf(frame.index());
            List<Row> labels = new ArrayList<>();
            // Entries are ordered bottom to top, so label depths only fall; walk from the top.
            int i = entries.size() - 1;
            while (i >= 0) {
                int depth = entries.get(i).labelDepth();
                List<StackEntry> group = new ArrayList<>();
                while (i >= 0 && entries.get(i).labelDepth() == depth) {
                    group.add(entries.get(i));
                    i--;
                }
                labels.add(new LabelRow(session, snapshot, frame, frame.label(depth), group));
            }
            return labels;
        }
    }

    /** A label of a frame and the values (top first) pushed since it was entered. */
    record LabelRow(Session session, Snapshot snapshot, Frame frame, Label label, List<StackEntry> entries) implements Row {
        @Override
        public String text(int column, NumberFormat format) {
            return column == 0 ? "label " + label.depth() + " " + label.displayName() : "";
        }

        @Override
        public Object key() {
            return List.of("label", frame.index(), frame.function().address, label.opener());
        }

        @Override
        public String tooltip() {
            return "Label " + label.depth() + " (spec 4.2.14): the values pushed inside this "
                    + label.kind().name().toLowerCase() + " since it was entered";
        }

        @Override
        public boolean hasChildren() {
            return true;
        }

        @Override
        public boolean openInitially() {
            return true;
        }

        @Override
        public List<? extends Row> children() {
            List<Row> rows = new ArrayList<>();
            for (StackEntry e : entries) {
                rows.add(new EntryRow(session, e, snapshot.changes().stackEntry(e.index())));
            }
            return rows;
        }
    }

    /** One value; its value can be changed while suspended. */
    record EntryRow(Session session, StackEntry entry, boolean changed) implements EditableRow, ValueRow {
        @Override
        public StoreView store() {
            return session.store();
        }

        @Override
        public Value value() {
            return entry.value();
        }

        @Override
        public boolean canEdit(int column) {
            return column == 2;
        }

        @Override
        public void write(int column, String text) {
            session.setStackEntry(entry.index(), ValueParser.parse(entry.value().type(), text));
        }

        @Override
        public String text(int column, NumberFormat format) {
            return switch (column) {
                case 0 -> Integer.toString(entry.index());
                case 1 -> ObjectRows.typeText(session.store(), entry.value().type());
                default -> ObjectRows.text(session.store(), entry.value(), format);
            };
        }

        @Override
        public Object key() {
            return List.of("value", entry.index());
        }

        @Override
        public String tooltip() {
            return "Operand " + entry.index() + " from the bottom of the stack; " + entry.height()
                    + " from the bottom of its frame's operands" + (changed ? "; pushed or changed by the last step" : "");
        }
    }
}
