package org.wasmscope.runtime.syntax;

import java.util.Arrays;
import java.util.function.UnaryOperator;

/** A function type [t1*] -> [t2*] (spec 2.3.6). Immutable: do not write into its arrays. */
public final class FuncType implements CompType {
    public static final FuncType EMPTY = new FuncType(new ValType[0], new ValType[0]);

    public final ValType[] params;
    public final ValType[] results;

    public FuncType(ValType[] params, ValType[] results) {
        this.params = params;
        this.results = results;
    }

    @Override
    public FuncType map(UnaryOperator<HeapType> f) {
        return new FuncType(map(params, f), map(results, f));
    }

    static ValType[] map(ValType[] ts, UnaryOperator<HeapType> f) {
        ValType[] mapped = new ValType[ts.length];
        for (int i = 0; i < ts.length; i++) {
            mapped[i] = ts[i].map(f);
        }
        return mapped;
    }

    /** Parameters are contravariant, results covariant. */
    @Override
    public boolean matches(CompType sup) {
        return sup instanceof FuncType s && params.length == s.params.length && results.length == s.results.length
                && allMatch(s.params, params) && allMatch(results, s.results);
    }

    /** Each of {@code ts} matches the type at the same position of {@code sups} (the arrays have one length). */
    public static boolean allMatch(ValType[] ts, ValType[] sups) {
        for (int i = 0; i < ts.length; i++) {
            if (!ts[i].matches(sups[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public AbsHeap abstractType() {
        return AbsHeap.FUNC;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FuncType f && Arrays.equals(params, f.params) && Arrays.equals(results, f.results);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(params) * 31 + Arrays.hashCode(results);
    }

    /** The text format: {@code (func (param i32 i32) (result i64))}. */
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
