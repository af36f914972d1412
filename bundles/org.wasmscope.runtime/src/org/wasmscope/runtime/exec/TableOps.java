package org.wasmscope.runtime.exec;

import java.util.Arrays;

import org.wasmscope.runtime.store.ElemInst;
import org.wasmscope.runtime.store.FuncInst;
import org.wasmscope.runtime.store.ModuleInst;
import org.wasmscope.runtime.store.Store;
import org.wasmscope.runtime.store.TableInst;
import org.wasmscope.runtime.syntax.DefType;

/**
 * Table instructions (spec 4.4.6) and the table lookup of {@code call_indirect} (4.4.8). Indices and
 * counts are unsigned: an i32 zero-extended, or an i64 for a 64-bit table; the bulk instructions check
 * their whole ranges before writing.
 */
final class TableOps {
    private TableOps() {
    }

    /** Traps unless {@code [start, start + n)} lies within {@code length} elements. */
    private static void checkRange(int length, long start, long n) {
        if (Long.compareUnsigned(start, length) > 0 || Long.compareUnsigned(n, length - start) > 0) {
            throw Traps.tableOutOfBounds();
        }
    }

    static long get(TableInst t, long i) {
        checkRange(t.size(), i, 1);
        return t.get((int) i);
    }

    static void set(TableInst t, long i, long ref) {
        checkRange(t.size(), i, 1);
        t.set((int) i, ref);
    }

    /** table.grow: the old size, or -1. */
    static long grow(TableInst t, long init, long n) {
        return t.grow(n, init);
    }

    /** table.fill i val n. */
    static void fill(TableInst t, long i, long ref, long n) {
        checkRange(t.size(), i, n);
        Arrays.fill(t.elements(), (int) i, (int) (i + n), ref);
    }

    /** table.copy d s n: overlapping ranges copy as if through a temporary buffer. */
    static void copy(TableInst dst, TableInst src, long d, long s, long n) {
        checkRange(dst.size(), d, n);
        checkRange(src.size(), s, n);
        System.arraycopy(src.elements(), (int) s, dst.elements(), (int) d, (int) n);
    }

    /** table.init d s n: from element segment {@code elem} (empty once dropped). */
    static void init(TableInst t, ElemInst elem, long d, long s, long n) {
        long[] refs = elem.refs();
        checkRange(t.size(), d, n);
        checkRange(refs.length, s, n);
        System.arraycopy(refs, (int) s, t.elements(), (int) d, (int) n);
    }

    /**
     * The function {@code call_indirect typeIndex tableIndex} calls for table entry {@code i}: traps if the
     * entry is outside the table, null, or a function whose type does not match (canonical types: identity
     * first, then the declared supertypes).
     */
    static FuncInst callTarget(Store store, ModuleInst module, int typeIndex, int tableIndex, int i) {
        return callTarget(store, module, typeIndex, tableIndex, i & 0xFFFF_FFFFL);
    }

    /** {@link #callTarget} for an unsigned index of either address type. */
    static FuncInst callTarget(Store store, ModuleInst module, int typeIndex, int tableIndex, long i) {
        TableInst t = module.tables[tableIndex];
        if (Long.compareUnsigned(i, t.size()) >= 0) {
            throw Traps.undefinedElement(i);
        }
        long ref = t.get((int) i);
        if (ref == org.wasmscope.runtime.Value.NULL_REF) {
            throw Traps.uninitializedElement(i);
        }
        FuncInst f = store.func(ref);
        DefType expected = module.types[typeIndex];
        if (f.defType != expected && !f.defType.isSubtypeOf(expected)) {
            throw Traps.indirectCallTypeMismatch();
        }
        return f;
    }
}
