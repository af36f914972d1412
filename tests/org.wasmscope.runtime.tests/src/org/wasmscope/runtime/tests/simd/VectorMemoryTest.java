package org.wasmscope.runtime.tests.simd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.wasmscope.runtime.tests.simd.SimdRunner.i16x8;
import static org.wasmscope.runtime.tests.simd.SimdRunner.i32x4;
import static org.wasmscope.runtime.tests.simd.SimdRunner.i64x2;
import static org.wasmscope.runtime.tests.simd.SimdRunner.i8x16;
import static org.wasmscope.runtime.tests.simd.SimdRunner.memarg;
import static org.wasmscope.runtime.tests.simd.SimdRunner.run;
import static org.wasmscope.runtime.tests.simd.SimdRunner.scalar;
import static org.wasmscope.runtime.tests.simd.SimdRunner.slots;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wasmscope.runtime.Trap;
import org.wasmscope.runtime.store.MemInst;
import org.wasmscope.runtime.store.Store;
import org.wasmscope.runtime.syntax.Instr;
import org.wasmscope.runtime.syntax.Limits;
import org.wasmscope.runtime.syntax.MemType;
import org.wasmscope.runtime.syntax.Opcode;

/** The vector loads and stores: little endian, memarg offsets, lanes, and bounds checks. */
class VectorMemoryTest {
    private MemInst memory;
    private byte[] bytes;

    @BeforeEach
    void oneZeroedPageWithBytes0To31() {
        memory = new Store().allocMemory(new MemType(new Limits(1, 1)));
        bytes = memory.bytes();
        for (int i = 0; i < 32; i++) {
            bytes[i] = (byte) (i == 0 ? 0x80 : i);
        }
        bytes[65535] = (byte) 0xEE;
    }

    private long[] exec(Instr instr, long... slots) {
        return run(instr, memory, slots);
    }

    @Test
    void loadAndStoreAreLittleEndianWithOffset() {
        assertArrayEquals(new long[] { 0x0807060504030201L, 0x100F0E0D0C0B0A09L },
                exec(memarg(Opcode.V128_LOAD, 1), 0));
        assertArrayEquals(slots(scalar(5), i64x2(0x0807060504030201L, 0x100F0E0D0C0B0A09L)),
                exec(memarg(Opcode.V128_LOAD, 0), 5, 1));
        assertArrayEquals(new long[0], exec(memarg(Opcode.V128_STORE, 16), slots(scalar(100), i8x16(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16))));
        for (int i = 0; i < 16; i++) {
            assertEquals(i + 1, bytes[116 + i]);
        }
        assertEquals(0, bytes[132]);
    }

    @Test
    void extendingLoads() {
        assertArrayEquals(i16x8(-128, 1, 2, 3, 4, 5, 6, 7), exec(memarg(Opcode.V128_LOAD8X8_S, 0), 0));
        assertArrayEquals(i16x8(128, 1, 2, 3, 4, 5, 6, 7), exec(memarg(Opcode.V128_LOAD8X8_U, 0), 0));
        assertArrayEquals(i32x4(0x0180, 0x0302, 0x0504, 0x0706), exec(memarg(Opcode.V128_LOAD16X4_U, 0), 0));
        bytes[41] = (byte) 0xFF;
        assertArrayEquals(i32x4(0xFFFFFF00, 0, 0, 0), exec(memarg(Opcode.V128_LOAD16X4_S, 0), 40));
        bytes[43] = (byte) 0x80;
        assertArrayEquals(i64x2(0xFFFFFFFF8000FF00L, 0), exec(memarg(Opcode.V128_LOAD32X2_S, 40), 0));
        assertArrayEquals(i64x2(0x8000FF00L, 0), exec(memarg(Opcode.V128_LOAD32X2_U, 40), 0));
    }

    @Test
    void splatAndZeroLoads() {
        assertArrayEquals(i8x16(3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3), exec(memarg(Opcode.V128_LOAD8_SPLAT, 1), 2));
        assertArrayEquals(i16x8(0x0180, 0x0180, 0x0180, 0x0180, 0x0180, 0x0180, 0x0180, 0x0180), exec(memarg(Opcode.V128_LOAD16_SPLAT, 0), 0));
        assertArrayEquals(i32x4(0x04030201, 0x04030201, 0x04030201, 0x04030201), exec(memarg(Opcode.V128_LOAD32_SPLAT, 0), 1));
        assertArrayEquals(i64x2(0x0807060504030201L, 0x0807060504030201L), exec(memarg(Opcode.V128_LOAD64_SPLAT, 0), 1));
        assertArrayEquals(i32x4(0x04030201, 0, 0, 0), exec(memarg(Opcode.V128_LOAD32_ZERO, 0), 1));
        assertArrayEquals(i64x2(0x0807060504030201L, 0), exec(memarg(Opcode.V128_LOAD64_ZERO, 0), 1));
    }

    private static Instr laneOp(Opcode op, long offset, int lane) {
        Instr i = memarg(op, offset);
        i.lane = lane;
        return i;
    }

    @Test
    void laneLoadsReplaceOneLane() {
        long[] v = i64x2(-1, -1);
        assertArrayEquals(i8x16(0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x80, 0xFF, 0xFF),
                exec(laneOp(Opcode.V128_LOAD8_LANE, 0, 13), slots(scalar(0), v)));
        assertArrayEquals(i16x8(-1, -1, 0x0302, -1, -1, -1, -1, -1), exec(laneOp(Opcode.V128_LOAD16_LANE, 1, 2), slots(scalar(1), v)));
        assertArrayEquals(i32x4(-1, -1, -1, 0x04030201), exec(laneOp(Opcode.V128_LOAD32_LANE, 0, 3), slots(scalar(1), v)));
        assertArrayEquals(i64x2(0x0807060504030201L, -1), exec(laneOp(Opcode.V128_LOAD64_LANE, 0, 0), slots(scalar(1), v)));
        assertArrayEquals(slots(scalar(9), i64x2(-1, 0x0908070605040302L)),
                exec(laneOp(Opcode.V128_LOAD64_LANE, 0, 1), slots(scalar(9), scalar(2), v)));
    }

    @Test
    void laneStoresWriteOneLane() {
        long[] v = i8x16(0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1A, 0x1B, 0x1C, 0x1D, 0x1E, 0x1F);
        assertArrayEquals(new long[0], exec(laneOp(Opcode.V128_STORE8_LANE, 0, 9), slots(scalar(200), v)));
        assertEquals(0x19, bytes[200]);
        assertEquals(0, bytes[201]);
        exec(laneOp(Opcode.V128_STORE16_LANE, 10, 7), slots(scalar(200), v));
        assertEquals(0x1E, bytes[210]);
        assertEquals(0x1F, bytes[211]);
        exec(laneOp(Opcode.V128_STORE32_LANE, 0, 1), slots(scalar(300), v));
        assertArrayEquals(new byte[] { 0x14, 0x15, 0x16, 0x17, 0 }, java.util.Arrays.copyOfRange(bytes, 300, 305));
        assertArrayEquals(slots(scalar(7)), exec(laneOp(Opcode.V128_STORE64_LANE, 0, 1), slots(scalar(7), scalar(400), v)));
        assertArrayEquals(new byte[] { 0x18, 0x19, 0x1A, 0x1B, 0x1C, 0x1D, 0x1E, 0x1F, 0 },
                java.util.Arrays.copyOfRange(bytes, 400, 409));
    }

    @Test
    void accessesTrapWhenAnyByteIsOutOfBounds() {
        assertArrayEquals(i64x2(0xEEEEEEEEEEEEEEEEL, 0xEEEEEEEEEEEEEEEEL), exec(memarg(Opcode.V128_LOAD8_SPLAT, 0), 65535));
        assertArrayEquals(i64x2(0xEE00000000000000L, 0), exec(memarg(Opcode.V128_LOAD64_ZERO, 0), 65528));
        Trap t = assertThrows(Trap.class, () -> exec(memarg(Opcode.V128_LOAD, 0), 65521));
        assertEquals("out of bounds memory access", t.getMessage());
        assertThrows(Trap.class, () -> exec(memarg(Opcode.V128_LOAD, 1), 65520));
        assertThrows(Trap.class, () -> exec(memarg(Opcode.V128_LOAD, 0xFFFFFFFFL), 1));
        assertThrows(Trap.class, () -> exec(memarg(Opcode.V128_LOAD, 0), -1));
        assertThrows(Trap.class, () -> exec(memarg(Opcode.V128_LOAD8X8_S, 0), 65529));
        assertThrows(Trap.class, () -> exec(memarg(Opcode.V128_LOAD32_SPLAT, 0), 65533));
        assertThrows(Trap.class, () -> exec(laneOp(Opcode.V128_LOAD16_LANE, 0, 0), slots(scalar(65535), i64x2(0, 0))));
        assertThrows(Trap.class, () -> exec(laneOp(Opcode.V128_STORE32_LANE, 0, 0), slots(scalar(65533), i64x2(0, 0))));
        assertThrows(Trap.class, () -> exec(memarg(Opcode.V128_STORE, 0), slots(scalar(65536 - 15), i64x2(1, 1))));
        assertEquals(0, bytes[65521]); // a trapping store writes nothing
    }
}
