package org.wasmscope.runtime.debug;

import java.util.List;

import org.wasmscope.runtime.Value;

/**
 * An exception instance (3.0, spec 4.2.13): its address (what an exnref to it holds), the address of its
 * tag and its payload.
 */
public record ExceptionView(int address, int tag, List<Value> payload) {
    public ExceptionView {
        payload = List.copyOf(payload);
    }
}
