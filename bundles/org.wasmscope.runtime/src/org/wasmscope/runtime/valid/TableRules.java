package org.wasmscope.runtime.valid;

import org.wasmscope.runtime.syntax.Instr;
import org.wasmscope.runtime.syntax.TableType;
import org.wasmscope.runtime.syntax.ValType;

/**
 * Reference instructions (spec 3.3.3) and table instructions (spec 3.3.6): indices, sizes and deltas have the
 * table's address type.
 */
final class TableRules {
    private TableRules() {
    }

    static void apply(ModuleContext c, TypeStack s, Instr in) {
        switch (in.op) {
            case REF_NULL -> s.push(c.resolve(in.types[0]));
            case REF_IS_NULL -> {
                s.popRef("ref.is_null");
                s.push(ValType.I32);
            }
            case REF_FUNC -> {
                c.declaredRef(in.x);
                s.push(c.funcDef(in.x).ref);
            }
            case TABLE_GET -> {
                TableType t = c.table(in.x);
                s.pop(t.addrType().valType());
                s.push(t.elemType());
            }
            case TABLE_SET -> {
                TableType t = c.table(in.x);
                s.pop(t.elemType());
                s.pop(t.addrType().valType());
            }
            case TABLE_SIZE -> s.push(c.table(in.x).addrType().valType());
            case TABLE_GROW -> {
                TableType t = c.table(in.x);
                s.pop(t.addrType().valType());
                s.pop(t.elemType());
                s.push(t.addrType().valType());
            }
            case TABLE_FILL -> {
                TableType t = c.table(in.x);
                s.pop(t.addrType().valType());
                s.pop(t.elemType());
                s.pop(t.addrType().valType());
            }
            case TABLE_COPY -> {
                TableType dst = c.table(in.x);
                TableType src = c.table(in.y);
                if (!src.elemType().matches(dst.elemType())) {
                    throw TypeStack.mismatch("table.copy from a table of " + src.elemType() + " to a table of "
                            + dst.elemType());
                }
                MemoryRules.popCopyOperands(s, dst.addrType(), src.addrType());
            }
            case TABLE_INIT -> {
                TableType table = c.table(in.y);
                ValType elem = c.elem(in.x);
                if (!elem.matches(table.elemType())) {
                    throw TypeStack.mismatch("table.init of a table of " + table.elemType() + " from a segment of " + elem);
                }
                s.pop(ValType.I32);
                s.pop(ValType.I32);
                s.pop(table.addrType().valType());
            }
            case ELEM_DROP -> c.elem(in.x);
            default -> throw new IllegalArgumentException(in.op.text);
        }
    }
}
