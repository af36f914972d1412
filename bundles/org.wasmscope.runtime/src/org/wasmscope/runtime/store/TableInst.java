package org.wasmscope.runtime.store;

import java.util.Arrays;

import org.wasmscope.runtime.Exhaustion;
import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.syntax.AddrType;
import org.wasmscope.runtime.syntax.TableType;

/**
 * A table instance (spec 4.2.8): a vector of references (function addresses or extern references, or
 * {@link Value#NULL_REF}) and its maximum size. Tables of 32-bit and 64-bit indices alike hold at most
 * {@value #IMPLEMENTATION_MAX_SIZE} elements here: growing beyond fails with -1, a larger minimum fails
 * instantiation.
 */
public final class TableInst {
    /** The most elements a table can have in this implementation. */
    public static final int IMPLEMENTATION_MAX_SIZE = 10_000_000;

    public final int address;
    private final Store store;
    private TableType type;
    private long[] elements;

    /** @throws Exhaustion if the minimum exceeds {@link #IMPLEMENTATION_MAX_SIZE} or the store's limit */
    TableInst(Store store, int address, TableType type, long initial) {
        long min = type.limits().min();
        if (Long.compareUnsigned(min, IMPLEMENTATION_MAX_SIZE) > 0) {
            throw new Exhaustion("table of " + Long.toUnsignedString(min) + " elements exceeds the implementation's limit of "
                    + IMPLEMENTATION_MAX_SIZE);
        }
        if (!store.reserveTableElements(min)) {
            throw new Exhaustion("table of " + min + " elements exceeds the limit of " + store.limits().maxTableElements()
                    + " elements for all tables");
        }
        this.store = store;
        this.address = address;
        this.type = type;
        this.elements = new long[(int) min];
        Arrays.fill(elements, initial);
    }

    /** The current type: its minimum is the current size (spec 4.5.3.3, growing updates it). */
    public TableType type() {
        return type;
    }

    public AddrType addrType() {
        return type.addrType();
    }

    /** The size; at most {@link #IMPLEMENTATION_MAX_SIZE}. */
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
     * Grows by {@code n} entries, unsigned, filled with {@code init} (spec 4.5.3.3); returns the old size, or
     * -1 if the maximum, the address type's range, the implementation's limit or the store's would be exceeded.
     */
    public long grow(long n, long init) {
        int old = elements.length;
        long max = type.limits().maxAtMost(IMPLEMENTATION_MAX_SIZE); // below either address type's range
        if (Long.compareUnsigned(n, max - old) > 0 || !store.reserveTableElements(n)) {
            return -1;
        }
        int len = old + (int) n;
        elements = Arrays.copyOf(elements, len);
        Arrays.fill(elements, old, len, init);
        type = type.withMin(len);
        return old;
    }
}
