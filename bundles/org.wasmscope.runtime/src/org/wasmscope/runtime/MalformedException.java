package org.wasmscope.runtime;

/**
 * A module that is not well-formed: bytes the binary format does not allow (with their byte offset), or
 * text the text format does not allow (with its line and column). The testsuite's assert_malformed.
 */
public class MalformedException extends WasmException {
    private static final long serialVersionUID = 1L;

    /** The name the testsuite's assertions give this class of error. */
    public static final String ERROR_CLASS = "malformed";

    public MalformedException(String message, int offset) {
        super(message, offset, 0, 0);
    }

    public MalformedException(String message, int line, int column) {
        super(message, -1, line, column);
    }

    @Override
    public String errorClass() {
        return ERROR_CLASS;
    }
}
