package org.wasmscope.runtime.valid;

import org.wasmscope.runtime.syntax.ValType;

/**
 * The type an instruction has where it is used (spec 3.3: an instruction type [t1*] -> [t2*], here
 * instantiated by validation): the operand types it consumes and those it produces, bottom first. In
 * unreachable code an operand may be unknown (null), the spec's bottom type.
 */
public record InstrType(ValType[] consumed, ValType[] produced) {

    /** As the spec writes it, e.g. {@code [i64 i64] -> [i32]}; an unknown operand is {@code bot}. */
    @Override
    public String toString() {
        return text(consumed) + " -> " + text(produced);
    }

    private static String text(ValType[] types) {
        StringBuilder b = new StringBuilder("[");
        for (ValType t : types) {
            b.append(b.length() > 1 ? " " : "").append(t == null ? "bot" : t.toString());
        }
        return b.append(']').toString();
    }
}
