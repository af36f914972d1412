package org.wasmscope.runtime;

/** Instantiation failed to match imports: "unknown import", "incompatible import type". */
public class LinkException extends WasmException {
    private static final long serialVersionUID = 1L;

    /** The name the testsuite's assertions give this class of error. */
    public static final String ERROR_CLASS = "unlinkable";

    public LinkException(String message) {
        super(message, -1, 0, 0);
    }

    @Override
    public String errorClass() {
        return ERROR_CLASS;
    }
}
