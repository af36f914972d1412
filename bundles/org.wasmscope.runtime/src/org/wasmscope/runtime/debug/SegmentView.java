package org.wasmscope.runtime.debug;

import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.store.DataInst;
import org.wasmscope.runtime.store.ElemInst;
import org.wasmscope.runtime.syntax.ValType;

/**
 * An element instance (spec 4.2.12) or data instance (4.2.13), live: its contents, empty once dropped
 * ({@code elem.drop}, {@code data.drop}, or by instantiation for active and declarative segments).
 */
public final class SegmentView {
    private final int address;
    private final ElemInst elem;
    private final DataInst data;

    private SegmentView(int address, ElemInst elem, DataInst data) {
        this.address = address;
        this.elem = elem;
        this.data = data;
    }

    static SegmentView of(ElemInst e) {
        return new SegmentView(e.address, e, null);
    }

    static SegmentView of(DataInst d) {
        return new SegmentView(d.address, null, d);
    }

    public int address() {
        return address;
    }

    public boolean isElem() {
        return elem != null;
    }

    public boolean dropped() {
        return elem != null ? elem.dropped() : data.dropped();
    }

    /** Elements (references) or bytes. */
    public int size() {
        return elem != null ? elem.refs().length : data.bytes().length;
    }

    /** An element segment's reference type; null for data. */
    public ValType elemType() {
        return elem != null ? elem.type : null;
    }

    /** Element {@code i} of an element segment. */
    public Value element(int i) {
        return Value.ref(elem.type, elem.refs()[i]);
    }

    /** Copies {@code len} bytes from {@code from} of a data segment into {@code dst} at {@code at}. */
    public void read(int from, byte[] dst, int at, int len) {
        System.arraycopy(data.bytes(), from, dst, at, len);
    }
}
