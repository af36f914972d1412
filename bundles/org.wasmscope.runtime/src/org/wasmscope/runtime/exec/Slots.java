package org.wasmscope.runtime.exec;

import org.wasmscope.runtime.syntax.ValType;

/** How many operand stack slots values take: a v128 two (low half, then high half), anything else one. */
final class Slots {
    private Slots() {
    }

    static int of(ValType t) {
        return t == ValType.V128 ? 2 : 1;
    }

    static int of(ValType[] types) {
        int n = 0;
        for (ValType t : types) {
            n += of(t);
        }
        return n;
    }
}
