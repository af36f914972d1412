package org.wasmscope.views.common;

import java.util.function.Function;

import org.wasmscope.runtime.syntax.FuncType;
import org.wasmscope.runtime.syntax.GlobalType;
import org.wasmscope.runtime.syntax.Limits;
import org.wasmscope.runtime.syntax.ValType;

/** Types in the specification's abstract notation, as its execution chapter writes them: {@code [i32 i32] → [i64]}. */
public final class TypeText {
    private TypeText() {
    }

    /** A function or block type: {@code [t1*] → [t2*]}. */
    public static String of(FuncType type) {
        return of(type.params, type.results);
    }

    /** A function type with each value type as {@code name} writes it (a defined type by its name: {@code $node}). */
    public static String of(FuncType type, Function<ValType, String> name) {
        return list(type.params, name) + " \u2192 " + list(type.results, name);
    }

    public static String of(ValType[] params, ValType[] results) {
        return list(params) + " \u2192 " + list(results);
    }

    /** A result type {@code [t*]}. */
    public static String list(ValType[] types) {
        return list(types, ValType::toString);
    }

    /** A result type with each value type as {@code name} writes it. */
    public static String list(ValType[] types, Function<ValType, String> name) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < types.length; i++) {
            if (i > 0) {
                b.append(' ');
            }
            b.append(name.apply(types[i]));
        }
        return b.append(']').toString();
    }

    /** {@code mut i32} or {@code const i32}: the global type with its mutability spelled out. */
    public static String of(GlobalType type) {
        return of(type, ValType::toString);
    }

    /** A global type with its value type as {@code name} writes it. */
    public static String of(GlobalType type, Function<ValType, String> name) {
        return (type.mutable() ? "mut " : "const ") + name.apply(type.type());
    }

    /** Limits as {@code {min 1, max 2}} or {@code {min 1}}. */
    public static String of(Limits limits) {
        return limits.hasMax() ? "{min " + limits.min() + ", max " + limits.max() + "}" : "{min " + limits.min() + "}";
    }
}
