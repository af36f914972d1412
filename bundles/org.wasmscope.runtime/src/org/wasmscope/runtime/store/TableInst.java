package org.wasmscope.runtime.store;

import java.util.Arrays;

import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.syntax.Limits;
import org.wasmscope.runtime.syntax.TableType;

/**
 * A table instance (spec 4.2.8): a vector of references (function addresses or extern references, or
 * {@link Value#NULL_REF}) and its maximum size.
 */
public final class TableInst {
    public final int address;
    private TableType type;
    private long[] elements;

    TableInst(int address, TableType type, long initial) {
        this.address = address;
        this.type = type;
        this.elements = new long[(int) type.limits().min()];
        Arrays.fill(elements, initial);
    }

    /** The current type: its minimum is the current size (spec 4.5.3.3, growing updates it). */
    public TableType type() {
        return type;
    }

    public int size() {
        return elements.length;
    }

    /** Direct access for the interpreter; do not keep across a {@link #grow}. */
    public long[] elements() {
        return elements;
    }

    public long get(int i) {
        return elements[i];
    }

    public void set(int i, long ref) {
        elements[i] = ref;
    }

    /**
     * Grows by {@code n} entries filled with {@code init} (spec 4.5.3.3); returns the old size, or -1 if
     * the maximum (or the implementation's limit) would be exceeded.
     */
    public int grow(long n, long init) {
        int old = elements.length;
        long len = old + n;
        long max = type.limits().hasMax() ? type.limits().max() : 0xFFFF_FFFFL;
        if (n < 0 || len > max || len > 10_000_000) {
            return -1;
        }
        elements = Arrays.copyOf(elements, (int) len);
        Arrays.fill(elements, old, (int) len, init);
        type = new TableType(new Limits(len, type.limits().max()), type.elemType());
        return old;
    }
}
