package org.wasmscope.runtime;

/**
 * A trap (spec 4.4.1): execution aborted, e.g. "integer divide by zero", "out of bounds memory access",
 * "unreachable". Its position is the byte offset or source line of the trapping instruction, if known.
 */
public class Trap extends WasmException {
    private static final long serialVersionUID = 1L;

    /** The name the testsuite's assertions give this class of error. */
    public static final String ERROR_CLASS = "trap";

    public Trap(String message) {
        super(message, -1, 0, 0);
    }

    public Trap(String message, int offset, int line, int column) {
        super(message, offset, line, column);
    }

    @Override
    public String errorClass() {
        return ERROR_CLASS;
    }
}
