package org.wasmscope.runtime.tests.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.wasmscope.runtime.Exhaustion;
import org.wasmscope.runtime.Trap;
import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.embedding.Wasm;
import org.wasmscope.runtime.store.Imports;
import org.wasmscope.runtime.store.MemInst;
import org.wasmscope.runtime.store.ModuleInst;
import org.wasmscope.runtime.store.Store;
import org.wasmscope.runtime.store.TableInst;
import org.wasmscope.runtime.syntax.AddrType;

/**
 * memory64, table64 and multi-memory beyond the testsuite: addresses at and beyond 2^32 (where a 32-bit
 * memory would wrap or a 33-bit sum would fit), address plus offset beyond 2^64, and growing beyond what
 * one Java array holds.
 */
class Memory64Test {
    private static final String MODULE = """
            (module
              (memory $m32 1)
              (memory $m64 i64 1)
              (table $t64 i64 2 funcref)
              (func $f (result i32) (i32.const 42))
              (elem (table $t64) (i64.const 1) func $f)
              (func (export "load") (param i64) (result i32) (i32.load8_u $m64 (local.get 0)))
              (func (export "load_far") (param i64) (result i32) (i32.load8_u $m64 offset=0xffff_ffff_ffff_fff0 (local.get 0)))
              (func (export "store") (param i64 i32) (i32.store8 $m64 (local.get 0) (local.get 1)))
              (func (export "size") (result i64) (memory.size $m64))
              (func (export "grow") (param i64) (result i64) (memory.grow $m64 (local.get 0)))
              (func (export "grow32") (param i32) (result i32) (memory.grow $m32 (local.get 0)))
              (func (export "fill") (param i64 i32 i64) (memory.fill $m64 (local.get 0) (local.get 1) (local.get 2)))
              (func (export "copy_to_32") (param i32 i64 i32) (memory.copy $m32 $m64 (local.get 0) (local.get 1) (local.get 2)))
              (func (export "load32") (param i32) (result i32) (i32.load8_u $m32 (local.get 0)))
              (func (export "call") (param i64) (result i32) (call_indirect $t64 (result i32) (local.get 0)))
              (func (export "table_grow") (param i64) (result i64) (table.grow $t64 (ref.null func) (local.get 0))))
            """;

    private final Store store = new Store();
    private final ModuleInst inst;

    Memory64Test() {
        inst = Wasm.instantiate(store, Wasm.load(MODULE.getBytes(StandardCharsets.UTF_8)), Imports.NONE, "m");
    }

    private Value[] invoke(String name, Value... args) {
        return Wasm.invoke(store, inst, name, args);
    }

    private long one(String name, Value... args) {
        return invoke(name, args)[0].bits();
    }

    private void traps(String message, String name, Value... args) {
        assertEquals(message, assertThrows(Trap.class, () -> invoke(name, args)).getMessage());
    }

    @Test
    void theMemoryHas64BitAddresses() {
        assertEquals(AddrType.I64, inst.memories[1].addrType());
        assertEquals(AddrType.I32, inst.memories[0].addrType());
        assertEquals(1, one("size"));
    }

    @Test
    void accessesAtAndBeyond2To32Trap() {
        invoke("store", Value.i64(65535), Value.i32(7));
        assertEquals(7, one("load", Value.i64(65535)));
        // a 32-bit memory would read address 2^32 + 65535 as 65535
        traps("out of bounds memory access", "load", Value.i64((1L << 32) + 65535));
        traps("out of bounds memory access", "load", Value.i64(1L << 32));
        traps("out of bounds memory access", "store", Value.i64(1L << 32), Value.i32(1));
        traps("out of bounds memory access", "load", Value.i64(-1));
        traps("out of bounds memory access", "load", Value.i64(Long.MIN_VALUE));
    }

    @Test
    void addressPlusOffsetBeyond2To64Traps() {
        // 0x10 + 0xffff_ffff_ffff_fff0 wraps to 0 in 64 bits: it must trap, not read byte 0
        invoke("store", Value.i64(0), Value.i32(9));
        traps("out of bounds memory access", "load_far", Value.i64(0x10));
        traps("out of bounds memory access", "load_far", Value.i64(0x20));
        traps("out of bounds memory access", "load_far", Value.i64(0));
    }

    @Test
    void bulkRangesAreU64() {
        invoke("fill", Value.i64(100), Value.i32(5), Value.i64(3));
        assertEquals(5, one("load", Value.i64(102)));
        traps("out of bounds memory access", "fill", Value.i64(1L << 32), Value.i32(5), Value.i64(0));
        traps("out of bounds memory access", "fill", Value.i64(1), Value.i32(5), Value.i64(-1));
        // between a 64-bit and a 32-bit memory the length is an i32
        invoke("copy_to_32", Value.i32(10), Value.i64(100), Value.i32(3));
        assertEquals(5, one("load32", Value.i32(12)));
    }

    @Test
    void growingBeyondTheImplementationsLimitFailsWithMinusOne() {
        assertEquals(-1, one("grow", Value.i64(MemInst.IMPLEMENTATION_MAX_PAGES)));
        assertEquals(-1, one("grow", Value.i64(1L << 48)));
        assertEquals(-1, one("grow", Value.i64(-1)));
        assertEquals(-1, (int) one("grow32", Value.i32(65536)));
        assertEquals(1, one("grow", Value.i64(2)));
        assertEquals(3, one("size"));
        assertEquals(0, one("load", Value.i64(3 * 65536 - 1)));
    }

    @Test
    void aMinimumBeyondTheImplementationsLimitIsExhaustion() {
        byte[] big = "(module (memory i64 0x1_0000_0000))".getBytes(StandardCharsets.UTF_8);
        assertThrows(Exhaustion.class, () -> Wasm.instantiate(store, Wasm.load(big), Imports.NONE, "big"));
    }

    @Test
    void tablesWith64BitIndices() {
        assertEquals(42, one("call", Value.i64(1)));
        assertEquals("uninitialized element 0", assertThrows(Trap.class, () -> invoke("call", Value.i64(0))).getMessage());
        assertEquals("undefined element 4294967297",
                assertThrows(Trap.class, () -> invoke("call", Value.i64((1L << 32) + 1))).getMessage());
        assertEquals(2, one("table_grow", Value.i64(3)));
        assertEquals(-1, one("table_grow", Value.i64(TableInst.IMPLEMENTATION_MAX_SIZE)));
        assertEquals(-1, one("table_grow", Value.i64(-1)));
    }
}
