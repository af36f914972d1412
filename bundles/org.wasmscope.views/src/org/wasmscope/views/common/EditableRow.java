package org.wasmscope.views.common;

/** A row with a value the user may change while the machine is suspended (a local, a mutable global). */
public interface EditableRow extends Row {
    /** Whether column {@code column} can be edited. */
    boolean canEdit(int column);

    /**
     * Writes the value typed into column {@code column} to the machine.
     *
     * @throws IllegalArgumentException if the text is no value of the right type
     * @throws IllegalStateException    if the machine is no longer suspended
     */
    void write(int column, String text);
}
