package org.wasmscope.runtime.debug;

import org.wasmscope.runtime.syntax.Instr;

/**
 * Where an instruction came from: its byte offset in a binary module (-1 for a text module), or its line
 * and column in a text module (1-based; 0 for a binary module) and its characters there,
 * {@code [textStart, textEnd)} (-1 for a binary module), as {@link Instr} has them.
 */
public record SourcePos(int offset, int line, int column, int textStart, int textEnd) {
    /** No position known. */
    public static final SourcePos NONE = new SourcePos(-1, 0, 0, -1, -1);

    public static SourcePos of(Instr in) {
        return in == null ? NONE : new SourcePos(in.offset, in.line, in.column, in.textStart, in.textEnd);
    }

    public boolean hasLine() {
        return line > 0;
    }

    /** {@code line:column} for text, {@code @0x1f} for binary, {@code ?} if unknown. */
    @Override
    public String toString() {
        if (line > 0) {
            return line + ":" + column;
        }
        return offset >= 0 ? "@0x" + Integer.toHexString(offset) : "?";
    }
}
