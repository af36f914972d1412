package org.wasmscope.runtime.syntax;

/** A global type: a value type and whether the global is mutable (spec 2.3.11). */
public record GlobalType(ValType type, boolean mutable) {
    @Override
    public String toString() {
        return mutable ? "(mut " + type + ")" : type.toString();
    }
}
