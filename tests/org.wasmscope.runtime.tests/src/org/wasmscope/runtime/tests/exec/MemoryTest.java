package org.wasmscope.runtime.tests.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.wasmscope.runtime.syntax.Opcode.*;
import static org.wasmscope.tests.support.ModuleBuilder.*;

import org.junit.jupiter.api.Test;
import org.wasmscope.runtime.Trap;
import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.syntax.Data;
import org.wasmscope.runtime.syntax.Instr;
import org.wasmscope.runtime.syntax.SegmentMode;
import org.wasmscope.tests.support.ModuleBuilder;

/** Memory instructions (spec 4.4.7): widths, sign extension, bounds, growing and bulk operations. */
class MemoryTest {
    static ModuleBuilder memoryModule() {
        ModuleBuilder a = new ModuleBuilder();
        a.memory(1, 3);
        a.func("store64", types(I32, I64), types(), get(0), get(1), mem(I64_STORE));
        a.func("load8s", types(I32), types(I32), get(0), mem(I32_LOAD8_S));
        a.func("load8u", types(I32), types(I32), get(0), mem(I32_LOAD8_U));
        a.func("load16s64", types(I32), types(I64), get(0), mem(I64_LOAD16_S));
        a.func("load32u64", types(I32), types(I64), get(0), mem(I64_LOAD32_U));
        a.func("load32", types(I32), types(I32), get(0), mem(I32_LOAD));
        a.func("loadOff", types(I32), types(I32), get(0), memAt(I32_LOAD, 0xFFFF_FFFFL));
        a.func("store8", types(I32, I32), types(), get(0), get(1), mem(I32_STORE8));
        a.func("f64rt", types(I32, F64), types(F64), get(0), get(1), mem(F64_STORE), get(0), mem(F64_LOAD));
        a.func("size", types(), types(I32), op(MEMORY_SIZE, 0));
        a.func("grow", types(I32), types(I32), get(0), op(MEMORY_GROW, 0));
        a.func("fill", types(I32, I32, I32), types(), get(0), get(1), get(2), op(MEMORY_FILL, 0));
        a.func("copy", types(I32, I32, I32), types(), get(0), get(1), get(2), op(MEMORY_COPY, 0, 0));
        a.func("init", types(I32, I32, I32), types(), get(0), get(1), get(2), op(MEMORY_INIT, 0, 0));
        a.func("drop", types(), types(), op(DATA_DROP, 0));
        a.module.datas.add(new Data(new byte[] {1, 2, 3, 4, 5}, SegmentMode.PASSIVE, 0, null));
        a.module.datas.add(new Data(new byte[] {(byte) 0xAA}, SegmentMode.ACTIVE, 0, new Instr[] {i32(100), end()}));
        a.module.dataCount = 2;
        return a;
    }

    @Test
    void loadsAndStoresAreLittleEndianWithSignOrZeroExtension() {
        ModuleBuilder a = memoryModule();
        a.invoke("store64", Value.i32(8), Value.i64(0x8877665544332211L));
        assertEquals(Value.i32(0x44332211), a.call("load32", Value.i32(8)));
        assertEquals(Value.i32((byte) 0x88), a.call("load8s", Value.i32(15)));
        assertEquals(Value.i32(0x88), a.call("load8u", Value.i32(15)));
        assertEquals(Value.i64((short) 0x8877), a.call("load16s64", Value.i32(14)));
        assertEquals(Value.i64(0x88776655L), a.call("load32u64", Value.i32(12)));
        assertEquals(Value.f64(-2.5), a.call("f64rt", Value.i32(3), Value.f64(-2.5)));
        assertEquals(Value.i32(0xAA), a.call("load8u", Value.i32(100)), "active data segment");
    }

    @Test
    void outOfBoundsAccessesTrapWith33BitAddresses() {
        ModuleBuilder a = memoryModule();
        assertEquals(Value.i32(0), a.call("load32", Value.i32(65532)));
        String oob = "out of bounds memory access";
        assertEquals(oob, assertThrows(Trap.class, () -> a.call("load32", Value.i32(65533))).getMessage());
        assertEquals(oob, assertThrows(Trap.class, () -> a.call("load32", Value.i32(-1))).getMessage());
        // offset 2^32-1 plus address 1 is 2^32, not 0
        assertEquals(oob, assertThrows(Trap.class, () -> a.call("loadOff", Value.i32(1))).getMessage());
        assertEquals(oob, assertThrows(Trap.class, () -> a.invoke("store8", Value.i32(65536), Value.i32(1))).getMessage());
    }

    @Test
    void growReturnsOldSizeOrMinusOne() {
        ModuleBuilder a = memoryModule();
        assertEquals(Value.i32(1), a.call("size"));
        assertEquals(Value.i32(1), a.call("grow", Value.i32(1)));
        assertEquals(Value.i32(2), a.call("size"));
        a.invoke("store8", Value.i32(2 * 65536 - 1), Value.i32(7));
        assertEquals(Value.i32(7), a.call("load8u", Value.i32(2 * 65536 - 1)));
        assertEquals(Value.i32(-1), a.call("grow", Value.i32(2)), "beyond the maximum of 3");
        assertEquals(Value.i32(-1), a.call("grow", Value.i32(-1)), "the count is unsigned");
        assertEquals(Value.i32(2), a.call("grow", Value.i32(0)));
    }

    @Test
    void bulkFillCopyInitAndDrop() {
        ModuleBuilder a = memoryModule();
        a.invoke("fill", Value.i32(10), Value.i32(0x1FF), Value.i32(4));
        assertEquals(Value.i32(0xFFFFFFFF), a.call("load32", Value.i32(10)));
        a.invoke("init", Value.i32(20), Value.i32(1), Value.i32(3));
        assertEquals(Value.i32(0x00040302), a.call("load32", Value.i32(20)));
        a.invoke("copy", Value.i32(21), Value.i32(20), Value.i32(3)); // overlapping, forwards
        assertEquals(Value.i32(0x04030202), a.call("load32", Value.i32(20)));
        String oob = "out of bounds memory access";
        assertEquals(oob, assertThrows(Trap.class,
                () -> a.invoke("fill", Value.i32(65530), Value.i32(0), Value.i32(7))).getMessage());
        assertEquals(Value.i32(0), a.call("load8u", Value.i32(65530)), "nothing written before the trap");
        assertEquals(oob, assertThrows(Trap.class,
                () -> a.invoke("init", Value.i32(0), Value.i32(3), Value.i32(3))).getMessage());
        a.invoke("copy", Value.i32(65536), Value.i32(0), Value.i32(0)); // empty at the very end: fine
        a.invoke("drop");
        a.invoke("init", Value.i32(0), Value.i32(0), Value.i32(0));
        assertEquals(oob, assertThrows(Trap.class,
                () -> a.invoke("init", Value.i32(0), Value.i32(0), Value.i32(1))).getMessage());
    }
}
