package org.wasmscope.runtime.store;

import org.wasmscope.runtime.syntax.DefType;
import org.wasmscope.runtime.syntax.FuncType;

/**
 * A tag instance (spec 4.2.12, 3.0): the identity exceptions are caught by, with the type of their
 * payload (the function type's parameters). Two tags with the same type are still different tags.
 */
public final class TagInst {
    public final int address;
    /** The tag's canonical type, which import matching compares; {@link #type} is its function type. */
    public final DefType defType;
    public final FuncType type;

    TagInst(int address, DefType defType) {
        this.address = address;
        this.defType = defType;
        this.type = defType.func();
    }

    @Override
    public String toString() {
        return "tag[" + address + "] " + type;
    }
}
