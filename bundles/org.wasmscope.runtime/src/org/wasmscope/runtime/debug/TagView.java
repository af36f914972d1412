package org.wasmscope.runtime.debug;

import org.wasmscope.runtime.syntax.FuncType;

/**
 * A tag instance (3.0, spec 4.2.12): its address and type, whose parameters are the payload of the
 * exceptions thrown with it.
 */
public record TagView(int address, FuncType type) {
}
