package org.wasmscope.runtime.tests.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.wasmscope.runtime.syntax.Opcode.*;
import static org.wasmscope.tests.support.ModuleBuilder.*;

import org.junit.jupiter.api.Test;
import org.wasmscope.runtime.Trap;
import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.syntax.Elem;
import org.wasmscope.runtime.syntax.Instr;
import org.wasmscope.runtime.syntax.SegmentMode;
import org.wasmscope.tests.support.ModuleBuilder;

/** Table and reference instructions (spec 4.4.6, 4.4.2). */
class TableTest {
    static ModuleBuilder tableModule() {
        ModuleBuilder a = new ModuleBuilder();
        a.table(2, 10, FUNCREF);
        a.table(0, -1, EXTERNREF);
        int f = a.func("f", types(), types(I32), i32(11));
        a.func("size", types(), types(I32), op(TABLE_SIZE, 0));
        a.func("grow", types(I32), types(I32), op(REF_FUNC, f), get(0), op(TABLE_GROW, 0));
        a.func("isnull", types(I32), types(I32), get(0), op(TABLE_GET, 0), op(REF_IS_NULL));
        a.func("clear", types(I32), types(), get(0), refNull(FUNCREF), op(TABLE_SET, 0));
        a.func("fill", types(I32, I32), types(), get(0), op(REF_FUNC, f), get(1), op(TABLE_FILL, 0));
        a.func("copy", types(I32, I32, I32), types(), get(0), get(1), get(2), op(TABLE_COPY, 0, 0));
        a.func("init", types(I32, I32, I32), types(), get(0), get(1), get(2), op(TABLE_INIT, 0, 0));
        a.func("edrop", types(), types(), op(ELEM_DROP, 0));
        a.func("growExtern", types(I32), types(I32), refNull(EXTERNREF), get(0), op(TABLE_GROW, 1));
        a.module.elems.add(new Elem(FUNCREF, new Instr[][] {{refNull(FUNCREF), end()}, {op(REF_FUNC, f), end()}},
                SegmentMode.PASSIVE, 0, null));
        return a;
    }

    @Test
    void getSetGrowAndFill() {
        ModuleBuilder a = tableModule();
        assertEquals(Value.i32(2), a.call("size"));
        assertEquals(Value.i32(1), a.call("isnull", Value.i32(0)));
        assertEquals(Value.i32(2), a.call("grow", Value.i32(3)));
        assertEquals(Value.i32(5), a.call("size"));
        assertEquals(Value.i32(0), a.call("isnull", Value.i32(4)), "grown entries hold the init value");
        assertEquals(Value.i32(-1), a.call("grow", Value.i32(6)));
        a.invoke("clear", Value.i32(4));
        assertEquals(Value.i32(1), a.call("isnull", Value.i32(4)));
        a.invoke("fill", Value.i32(0), Value.i32(2));
        assertEquals(Value.i32(0), a.call("isnull", Value.i32(1)));
        String oob = "out of bounds table access";
        assertEquals(oob, assertThrows(Trap.class, () -> a.call("isnull", Value.i32(5))).getMessage());
        assertEquals(oob, assertThrows(Trap.class, () -> a.invoke("fill", Value.i32(4), Value.i32(2))).getMessage());
        assertEquals(Value.i32(1), a.call("isnull", Value.i32(4)), "nothing written before the trap");
        assertEquals(Value.i32(0), a.call("growExtern", Value.i32(1)));
    }

    @Test
    void copyInitAndElemDrop() {
        ModuleBuilder a = tableModule();
        a.invoke("init", Value.i32(0), Value.i32(0), Value.i32(2)); // null, f
        assertEquals(Value.i32(1), a.call("isnull", Value.i32(0)));
        assertEquals(Value.i32(0), a.call("isnull", Value.i32(1)));
        a.invoke("copy", Value.i32(0), Value.i32(1), Value.i32(1));
        assertEquals(Value.i32(0), a.call("isnull", Value.i32(0)));
        String oob = "out of bounds table access";
        assertEquals(oob, assertThrows(Trap.class, () -> a.invoke("init", Value.i32(1), Value.i32(0), Value.i32(2))).getMessage());
        assertEquals(oob, assertThrows(Trap.class, () -> a.invoke("copy", Value.i32(0), Value.i32(1), Value.i32(2))).getMessage());
        a.invoke("edrop");
        a.invoke("init", Value.i32(2), Value.i32(0), Value.i32(0));
        assertEquals(oob, assertThrows(Trap.class, () -> a.invoke("init", Value.i32(0), Value.i32(0), Value.i32(1))).getMessage());
    }
}
