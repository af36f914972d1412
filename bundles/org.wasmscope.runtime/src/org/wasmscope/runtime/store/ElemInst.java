package org.wasmscope.runtime.store;

import org.wasmscope.runtime.syntax.ValType;

/** An element instance (spec 4.2.12): a segment's references, empty once dropped. */
public final class ElemInst {
    private static final long[] EMPTY = new long[0];

    public final int address;
    public final ValType type;
    private long[] refs;
    private boolean dropped;

    ElemInst(int address, ValType type, long[] refs) {
        this.address = address;
        this.type = type;
        this.refs = refs;
    }

    public long[] refs() {
        return refs;
    }

    public boolean dropped() {
        return dropped;
    }

    /** elem.drop, and what instantiation does to active and declarative segments. */
    public void drop() {
        refs = EMPTY;
        dropped = true;
    }
}
