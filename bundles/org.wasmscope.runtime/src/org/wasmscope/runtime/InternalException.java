package org.wasmscope.runtime;

/**
 * A failure of the runtime itself, not of the module: an unexpected Java exception (a bug) or the JVM
 * running out of stack or heap, caught where it left the runtime's API so that no Java exception
 * escapes to the embedder. It carries the module position it happened at, when known (the instruction's
 * offset or line and the index of its function), and the cause.
 */
public class InternalException extends WasmException {
    private static final long serialVersionUID = 1L;

    /** The name this class of error goes by (no spec assertion expects it). */
    public static final String ERROR_CLASS = "internal error";

    /** The index of the function in its module whose instruction failed, or -1. */
    public final int function;

    /** A failure of the runtime at no known position. */
    public InternalException(Throwable cause) {
        this(cause, -1, -1, 0, 0);
    }

    /** A failure at an instruction of function {@code function} (-1: none of a module's, or not known). */
    public InternalException(Throwable cause, int function, int offset, int line, int column) {
        super(cause.getClass().getSimpleName() + (cause.getMessage() != null ? ": " + cause.getMessage() : ""),
                cause, offset, line, column);
        this.function = function;
    }

    /** The message with its position and function, e.g. {@code ... at 8:5 in func 1}. */
    @Override
    public String describe() {
        return super.describe() + (function >= 0 ? " in func " + function : "");
    }

    @Override
    public String errorClass() {
        return ERROR_CLASS;
    }
}
