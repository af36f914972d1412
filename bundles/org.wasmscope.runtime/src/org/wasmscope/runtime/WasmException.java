package org.wasmscope.runtime;

/**
 * Base of the errors the specification distinguishes: a malformed module, an invalid module, a link error
 * and a trap. {@link #getMessage()} is the spec's message (what the testsuite's assertions match by
 * prefix); {@link #describe()} adds where it happened.
 */
public abstract class WasmException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Byte offset in the binary module, or -1. */
    public final int offset;
    /** 1-based line and column in the text, or 0. */
    public final int line;
    public final int column;

    protected WasmException(String message, int offset, int line, int column) {
        this(message, null, offset, line, column);
    }

    /** With the Java exception that caused it (for an {@link InternalException}; its stack trace is the cause's). */
    protected WasmException(String message, Throwable cause, int offset, int line, int column) {
        super(message, cause, false, false); // no stack trace: these are expected outcomes, not bugs
        this.offset = offset;
        this.line = line;
        this.column = column;
    }

    /**
     * The name the testsuite's assertions give this class of error ({@code malformed}, {@code invalid},
     * {@code unlinkable}, {@code trap}, {@code exhaustion}).
     */
    public abstract String errorClass();

    /** The message with its position, e.g. {@code unexpected end at offset 0x1f} or {@code ... at 3:12}. */
    public String describe() {
        if (line > 0) {
            return getMessage() + " at " + line + ":" + column;
        }
        if (offset >= 0) {
            return getMessage() + " at offset 0x" + Integer.toHexString(offset);
        }
        return getMessage();
    }
}
