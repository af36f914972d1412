package org.wasmscope.runtime.valid;

import org.wasmscope.runtime.syntax.Instr;
import org.wasmscope.runtime.syntax.ValType;

/** Reference instructions (spec 3.3.3) and table instructions (spec 3.3.6). */
final class TableRules {
    private TableRules() {
    }

    static void apply(ModuleContext c, TypeStack s, Instr in) {
        switch (in.op) {
            case REF_NULL -> s.push(in.types[0]);
            case REF_IS_NULL -> {
                ValType t = s.pop();
                if (t != null && !t.isRef()) {
                    throw TypeStack.mismatch("ref.is_null expects a reference but found " + t);
                }
                s.push(ValType.I32);
            }
            case REF_FUNC -> {
                c.declaredRef(in.x);
                s.push(ValType.FUNCREF);
            }
            case TABLE_GET -> {
                ValType t = c.table(in.x).elemType();
                s.pop(ValType.I32);
                s.push(t);
            }
            case TABLE_SET -> {
                ValType t = c.table(in.x).elemType();
                s.pop(t);
                s.pop(ValType.I32);
            }
            case TABLE_SIZE -> {
                c.table(in.x);
                s.push(ValType.I32);
            }
            case TABLE_GROW -> {
                ValType t = c.table(in.x).elemType();
                s.pop(ValType.I32);
                s.pop(t);
                s.push(ValType.I32);
            }
            case TABLE_FILL -> {
                ValType t = c.table(in.x).elemType();
                s.pop(ValType.I32);
                s.pop(t);
                s.pop(ValType.I32);
            }
            case TABLE_COPY -> {
                ValType dst = c.table(in.x).elemType();
                ValType src = c.table(in.y).elemType();
                if (dst != src) {
                    throw TypeStack.mismatch("table.copy from a table of " + src + " to a table of " + dst);
                }
                MemoryRules.popI32(s, 3);
            }
            case TABLE_INIT -> {
                ValType table = c.table(in.y).elemType();
                ValType elem = c.elem(in.x);
                if (table != elem) {
                    throw TypeStack.mismatch("table.init of a table of " + table + " from a segment of " + elem);
                }
                MemoryRules.popI32(s, 3);
            }
            case ELEM_DROP -> c.elem(in.x);
            default -> throw new IllegalArgumentException(in.op.text);
        }
    }
}
