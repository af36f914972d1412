package org.wasmscope.runtime.store;

import org.wasmscope.runtime.syntax.FuncType;

/**
 * A tag instance (spec 4.2.12, 3.0): the identity exceptions are caught by, with the type of their
 * payload (the function type's parameters). Two tags with the same type are still different tags.
 */
public final class TagInst {
    public final int address;
    public final FuncType type;

    TagInst(int address, FuncType type) {
        this.address = address;
        this.type = type;
    }

    @Override
    public String toString() {
        return "tag[" + address + "] " + type;
    }
}
