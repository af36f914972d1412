package org.wasmscope.runtime;

/** Instantiation failed to match imports: "unknown import", "incompatible import type". */
public class LinkException extends WasmException {
    private static final long serialVersionUID = 1L;

    public LinkException(String message) {
        super(message, -1, 0, 0);
    }
}
