package org.wasmscope.runtime.debug;

import java.util.List;

import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.store.ExnInst;

/**
 * An exception instance (3.0, spec 4.2.13): its serial number (its identity for people: the heap numbers its
 * objects in allocation order from 1), the address of its tag and its payload.
 */
public record ExceptionView(long serial, int tag, List<Value> payload) {
    public ExceptionView {
        payload = List.copyOf(payload);
    }

    static ExceptionView of(ExnInst e) {
        return new ExceptionView(e.serial, e.tag.address, List.of(e.payload()));
    }
}
