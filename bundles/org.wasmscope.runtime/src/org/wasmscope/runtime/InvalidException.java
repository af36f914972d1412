package org.wasmscope.runtime;

/**
 * A well-formed module that does not validate (spec chapter 3), e.g. "type mismatch" or "unknown local".
 * The position is that of the offending instruction when there is one. The testsuite's assert_invalid.
 */
public class InvalidException extends WasmException {
    private static final long serialVersionUID = 1L;

    /** The name the testsuite's assertions give this class of error. */
    public static final String ERROR_CLASS = "invalid";

    public InvalidException(String message, int offset, int line, int column) {
        super(message, offset, line, column);
    }

    public InvalidException(String message) {
        super(message, -1, 0, 0);
    }

    @Override
    public String errorClass() {
        return ERROR_CLASS;
    }
}
