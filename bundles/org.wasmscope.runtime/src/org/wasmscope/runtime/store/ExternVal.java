package org.wasmscope.runtime.store;

import org.wasmscope.runtime.syntax.ExternKind;

/**
 * An external value (spec 4.2.11): what an export provides and an import needs; exactly the field of
 * its kind is set.
 */
public record ExternVal(ExternKind kind, FuncInst func, TableInst table, MemInst memory, GlobalInst global,
        TagInst tag) {
    public static ExternVal of(FuncInst f) {
        return new ExternVal(ExternKind.FUNC, f, null, null, null, null);
    }

    public static ExternVal of(TableInst t) {
        return new ExternVal(ExternKind.TABLE, null, t, null, null, null);
    }

    public static ExternVal of(MemInst m) {
        return new ExternVal(ExternKind.MEMORY, null, null, m, null, null);
    }

    public static ExternVal of(GlobalInst g) {
        return new ExternVal(ExternKind.GLOBAL, null, null, null, g, null);
    }

    public static ExternVal of(TagInst t) {
        return new ExternVal(ExternKind.TAG, null, null, null, null, t);
    }
}
