package org.wasmscope.runtime.syntax;

/** A table type: limits and a reference type (spec 2.3.10). */
public record TableType(Limits limits, ValType elemType) {
    @Override
    public String toString() {
        return limits + " " + elemType;
    }
}
