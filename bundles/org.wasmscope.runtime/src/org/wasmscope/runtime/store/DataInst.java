package org.wasmscope.runtime.store;

/** A data instance (spec 4.2.13): a segment's bytes, empty once dropped. */
public final class DataInst {
    private static final byte[] EMPTY = new byte[0];

    public final int address;
    private byte[] bytes;
    private boolean dropped;

    DataInst(int address, byte[] bytes) {
        this.address = address;
        this.bytes = bytes;
    }

    public byte[] bytes() {
        return bytes;
    }

    public boolean dropped() {
        return dropped;
    }

    /** data.drop, and what instantiation does to active segments. */
    public void drop() {
        bytes = EMPTY;
        dropped = true;
    }
}
