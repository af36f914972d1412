package org.wasmscope.runtime.syntax;

import java.util.Arrays;

/** A function type [t1*] -> [t2*] (spec 2.3.6). Immutable: do not write into its arrays. */
public final class FuncType {
    public static final FuncType EMPTY = new FuncType(new ValType[0], new ValType[0]);

    public final ValType[] params;
    public final ValType[] results;

    public FuncType(ValType[] params, ValType[] results) {
        this.params = params;
        this.results = results;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FuncType f && Arrays.equals(params, f.params) && Arrays.equals(results, f.results);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(params) * 31 + Arrays.hashCode(results);
    }

    /** The text format: {@code (param i32 i32) (result i64)}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("(func");
        if (params.length > 0) {
            b.append(" (param");
            for (ValType t : params) {
                b.append(' ').append(t);
            }
            b.append(')');
        }
        if (results.length > 0) {
            b.append(" (result");
            for (ValType t : results) {
                b.append(' ').append(t);
            }
            b.append(')');
        }
        return b.append(')').toString();
    }
}
