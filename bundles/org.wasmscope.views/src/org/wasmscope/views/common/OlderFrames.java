package org.wasmscope.views.common;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps deep recursion cheap to show: the {@value #SHOWN} frames nearest the top as they are, the older
 * ones under one closed row that builds them only when opened.
 */
public final class OlderFrames {
    /** How many frames, from the top, are shown directly. */
    public static final int SHOWN = 50;

    private OlderFrames() {
    }

    /** {@code frames} (top first), with those past the first {@value #SHOWN} moved under one row. */
    public static List<Row> group(List<Row> frames) {
        if (frames.size() <= SHOWN + 1) {
            return frames;
        }
        List<Row> rows = new ArrayList<>(frames.subList(0, SHOWN));
        rows.add(new Group(frames.subList(SHOWN, frames.size())));
        return rows;
    }

    private record Group(List<Row> frames) implements Row {
        @Override
        public String text(int column, NumberFormat format) {
            return column == 0 ? frames.size() + " older frames" : "";
        }

        @Override
        public Object key() {
            return "older frames";
        }

        @Override
        public String tooltip() {
            return "The frames below the " + SHOWN + " nearest the top (deep recursion); open to see them";
        }

        @Override
        public boolean hasChildren() {
            return true;
        }

        @Override
        public List<? extends Row> children() {
            return frames;
        }
    }
}
