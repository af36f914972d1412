package org.wasmscope.runtime.dwarf;

/**
 * One row of a DWARF line table (DWARF 5 §6.2.2): the source position of the code from {@code address}
 * up to the next row's address.
 *
 * @param address     code address: offset from the start of the code section's contents
 * @param file        the source file's path as the table gives it (joined with its directory)
 * @param line        1-based; 0 for code that belongs to no line
 * @param column      1-based; 0 for "the whole line"
 * @param isStmt      a recommended breakpoint location (the start of a statement)
 * @param prologueEnd where a function's prologue ends: a breakpoint on the function stops here
 * @param endSequence the first address after a sequence of rows, not itself code of a line
 */
public record LineRow(long address, String file, int line, int column, boolean isStmt, boolean prologueEnd,
        boolean endSequence) {
    /** {@code file:line:column}. */
    public String position() {
        return file + ":" + line + ":" + column;
    }

    /** {@code fib.c:12:5}: the file's name without its directories, line, column. */
    public String shortPosition() {
        return file.substring(file.lastIndexOf('/') + 1) + ":" + line + ":" + column;
    }
}
