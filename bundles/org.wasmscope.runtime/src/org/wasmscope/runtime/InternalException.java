package org.wasmscope.runtime;

/**
 * A failure of the runtime itself, not of the module: an unexpected Java exception (a bug) or the JVM
 * running out of stack or heap, caught where it left the runtime's API so that no Java exception
 * escapes to the embedder. It carries the module position it happened at, when known, and the cause.
 */
public class InternalException extends WasmException {
    private static final long serialVersionUID = 1L;

    /** The name this class of error goes by (no spec assertion expects it). */
    public static final String ERROR_CLASS = "internal error";

    /** A failure of the runtime at no known position. */
    public InternalException(Throwable cause) {
        this(cause, -1, 0, 0);
    }

    public InternalException(Throwable cause, int offset, int line, int column) {
        super(cause.getClass().getSimpleName() + (cause.getMessage() != null ? ": " + cause.getMessage() : ""),
                cause, offset, line, column);
    }

    @Override
    public String errorClass() {
        return ERROR_CLASS;
    }
}
