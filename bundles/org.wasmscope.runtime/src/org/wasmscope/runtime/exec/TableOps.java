package org.wasmscope.runtime.exec;

import java.util.Arrays;

import org.wasmscope.runtime.store.ElemInst;
import org.wasmscope.runtime.store.FuncInst;
import org.wasmscope.runtime.store.ModuleInst;
import org.wasmscope.runtime.store.Store;
import org.wasmscope.runtime.store.TableInst;
import org.wasmscope.runtime.syntax.FuncType;

/**
 * Table instructions (spec 4.4.6) and the table lookup of {@code call_indirect} (4.4.8). Indices and
 * counts are i32 read as unsigned; the bulk instructions check their whole ranges before writing.
 */
final class TableOps {
    private TableOps() {
    }

    private static void checkRange(int length, int start, int n) {
        if ((start & 0xFFFF_FFFFL) + (n & 0xFFFF_FFFFL) > length) {
            throw Traps.tableOutOfBounds();
        }
    }

    static long get(TableInst t, int i) {
        checkRange(t.size(), i, 1);
        return t.get(i);
    }

    static void set(TableInst t, int i, long ref) {
        checkRange(t.size(), i, 1);
        t.set(i, ref);
    }

    /** table.grow: the old size, or -1. */
    static int grow(TableInst t, long init, int n) {
        return t.grow(n & 0xFFFF_FFFFL, init);
    }

    /** table.fill i val n. */
    static void fill(TableInst t, int i, long ref, int n) {
        checkRange(t.size(), i, n);
        Arrays.fill(t.elements(), i, i + n, ref);
    }

    /** table.copy d s n: overlapping ranges copy as if through a temporary buffer. */
    static void copy(TableInst dst, TableInst src, int d, int s, int n) {
        checkRange(dst.size(), d, n);
        checkRange(src.size(), s, n);
        System.arraycopy(src.elements(), s, dst.elements(), d, n);
    }

    /** table.init d s n: from element segment {@code elem} (empty once dropped). */
    static void init(TableInst t, ElemInst elem, int d, int s, int n) {
        long[] refs = elem.refs();
        checkRange(t.size(), d, n);
        checkRange(refs.length, s, n);
        System.arraycopy(refs, s, t.elements(), d, n);
    }

    /**
     * The function {@code call_indirect typeIndex tableIndex} calls for table entry {@code i}: traps if the
     * entry is outside the table, null, or a function of another type (types match structurally).
     */
    static FuncInst callTarget(Store store, ModuleInst module, int typeIndex, int tableIndex, int i) {
        TableInst t = module.tables[tableIndex];
        if ((i & 0xFFFF_FFFFL) >= t.size()) {
            throw Traps.undefinedElement(i);
        }
        long ref = t.get(i);
        if (ref == org.wasmscope.runtime.Value.NULL_REF) {
            throw Traps.uninitializedElement(i);
        }
        FuncInst f = store.func(ref);
        FuncType expected = module.types[typeIndex];
        if (f.type != expected && !f.type.equals(expected)) {
            throw Traps.indirectCallTypeMismatch();
        }
        return f;
    }
}
