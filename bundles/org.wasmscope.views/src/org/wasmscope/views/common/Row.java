package org.wasmscope.views.common;

import java.util.List;

/**
 * One line of a machine view, built from a snapshot: its columns' text (formatted when drawn, so the
 * number format toggle needs no new snapshot), whether the last step changed it, a tooltip in the
 * specification's terms, and the rows beneath it.
 */
public interface Row {
    /** The text of column {@code column} (0-based); empty when the row has nothing there. */
    String text(int column, NumberFormat format);

    /**
     * What stays the same for "this" row from one suspension to the next (a frame's depth and a local's
     * index, an address in the store), so that expansion and selection survive a step.
     */
    Object key();

    /** Whether the last step wrote what this row shows; drawn highlighted. */
    default boolean changed() {
        return false;
    }

    /** Whether the row is the one to notice (the label a branch at the current instruction takes). */
    default boolean emphasized() {
        return false;
    }

    /** A tooltip that names the specification's term for what the row shows, or null. */
    default String tooltip() {
        return null;
    }

    /** Whether {@link #children()} may be non-empty; cheap, so large tables are not paged until opened. */
    default boolean hasChildren() {
        return false;
    }

    /** Whether the row is shown open until the user closes it. */
    default boolean openInitially() {
        return false;
    }

    /** The rows beneath this one, computed when the tree opens it. */
    default List<? extends Row> children() {
        return List.of();
    }
}
