package org.wasmscope.runtime.exec.simd;

import org.wasmscope.runtime.store.MemInst;
import org.wasmscope.runtime.syntax.Instr;
import org.wasmscope.runtime.syntax.Opcode;

/**
 * Executes the vector instructions (spec 4.4.3 and the vector loads and stores of 4.4.7): every 0xFD
 * opcode.
 *
 * <p>Operand stack: {@code stack[0 .. sp)}, top at {@code sp - 1}. A v128 takes two slots, the low 64 bits
 * (bytes 0..7, little endian) below the high 64 bits; an i32 or f32 is the low 32 bits of one slot (f32 as
 * raw bits), an i64 or f64 one slot. No lane straddles the two halves, so lane-wise operations apply one
 * function to each half ({@link LaneWise}); the others move lanes between the halves here. Nothing is
 * allocated while executing.
 */
public final class Simd {
    private Simd() {
    }

    /**
     * Executes the vector instruction {@code instr} on the operand stack and returns the new stack pointer.
     *
     * @param memory the memory a memory instruction accesses (its memarg's memory of the module), or null if
     *               the module has none (then validation admits no memory instruction)
     * @throws org.wasmscope.runtime.Trap "out of bounds memory access"
     */
    public static int execute(Instr instr, long[] stack, int sp, MemInst memory) {
        return switch (instr.op) {
            // ---- memory ----
            case V128_LOAD -> VectorMemory.load(instr, stack, sp, memory);
            case V128_LOAD8X8_S -> VectorMemory.loadExtend(instr, stack, sp, memory, 8, true);
            case V128_LOAD8X8_U -> VectorMemory.loadExtend(instr, stack, sp, memory, 8, false);
            case V128_LOAD16X4_S -> VectorMemory.loadExtend(instr, stack, sp, memory, 16, true);
            case V128_LOAD16X4_U -> VectorMemory.loadExtend(instr, stack, sp, memory, 16, false);
            case V128_LOAD32X2_S -> VectorMemory.loadExtend(instr, stack, sp, memory, 32, true);
            case V128_LOAD32X2_U -> VectorMemory.loadExtend(instr, stack, sp, memory, 32, false);
            case V128_LOAD8_SPLAT -> VectorMemory.loadSplat(instr, stack, sp, memory, 8);
            case V128_LOAD16_SPLAT -> VectorMemory.loadSplat(instr, stack, sp, memory, 16);
            case V128_LOAD32_SPLAT -> VectorMemory.loadSplat(instr, stack, sp, memory, 32);
            case V128_LOAD64_SPLAT -> VectorMemory.loadSplat(instr, stack, sp, memory, 64);
            case V128_LOAD32_ZERO -> VectorMemory.loadZero(instr, stack, sp, memory, 32);
            case V128_LOAD64_ZERO -> VectorMemory.loadZero(instr, stack, sp, memory, 64);
            case V128_LOAD8_LANE -> VectorMemory.loadLane(instr, stack, sp, memory, 8);
            case V128_LOAD16_LANE -> VectorMemory.loadLane(instr, stack, sp, memory, 16);
            case V128_LOAD32_LANE -> VectorMemory.loadLane(instr, stack, sp, memory, 32);
            case V128_LOAD64_LANE -> VectorMemory.loadLane(instr, stack, sp, memory, 64);
            case V128_STORE -> VectorMemory.store(instr, stack, sp, memory);
            case V128_STORE8_LANE -> VectorMemory.storeLane(instr, stack, sp, memory, 8);
            case V128_STORE16_LANE -> VectorMemory.storeLane(instr, stack, sp, memory, 16);
            case V128_STORE32_LANE -> VectorMemory.storeLane(instr, stack, sp, memory, 32);
            case V128_STORE64_LANE -> VectorMemory.storeLane(instr, stack, sp, memory, 64);

            // ---- constants, lanes, shuffles ----
            case V128_CONST -> push(stack, sp, instr.imm, instr.imm2);
            case I8X16_SHUFFLE -> shuffle(instr.lanes, stack, sp);
            case I8X16_SWIZZLE -> swizzle(stack, sp);
            case I8X16_SPLAT -> splat(stack, sp, 8);
            case I16X8_SPLAT -> splat(stack, sp, 16);
            case I32X4_SPLAT, F32X4_SPLAT -> splat(stack, sp, 32);
            case I64X2_SPLAT, F64X2_SPLAT -> splat(stack, sp, 64);
            case I8X16_EXTRACT_LANE_S -> extractLane(stack, sp, instr.lane, 8, true);
            case I8X16_EXTRACT_LANE_U -> extractLane(stack, sp, instr.lane, 8, false);
            case I16X8_EXTRACT_LANE_S -> extractLane(stack, sp, instr.lane, 16, true);
            case I16X8_EXTRACT_LANE_U -> extractLane(stack, sp, instr.lane, 16, false);
            case I32X4_EXTRACT_LANE, F32X4_EXTRACT_LANE -> extractLane(stack, sp, instr.lane, 32, false);
            case I64X2_EXTRACT_LANE, F64X2_EXTRACT_LANE -> extractLane(stack, sp, instr.lane, 64, false);
            case I8X16_REPLACE_LANE -> replaceLane(stack, sp, instr.lane, 8);
            case I16X8_REPLACE_LANE -> replaceLane(stack, sp, instr.lane, 16);
            case I32X4_REPLACE_LANE, F32X4_REPLACE_LANE -> replaceLane(stack, sp, instr.lane, 32);
            case I64X2_REPLACE_LANE, F64X2_REPLACE_LANE -> replaceLane(stack, sp, instr.lane, 64);

            // ---- bitwise, tests, bitmask ----
            case V128_BITSELECT -> bitselect(stack, sp);
            case V128_ANY_TRUE -> pushI32(stack, sp - 2, Bitwise.anyTrue(stack[sp - 2], stack[sp - 1]));
            case I8X16_ALL_TRUE -> allTrue(stack, sp, 8);
            case I16X8_ALL_TRUE -> allTrue(stack, sp, 16);
            case I32X4_ALL_TRUE -> allTrue(stack, sp, 32);
            case I64X2_ALL_TRUE -> allTrue(stack, sp, 64);
            case I8X16_BITMASK -> bitmask(stack, sp, 8);
            case I16X8_BITMASK -> bitmask(stack, sp, 16);
            case I32X4_BITMASK -> bitmask(stack, sp, 32);
            case I64X2_BITMASK -> bitmask(stack, sp, 64);

            // ---- widening and narrowing across the halves ----
            case I16X8_EXTMUL_LOW_I8X16_S -> extmul(stack, sp, false, 8, true);
            case I16X8_EXTMUL_HIGH_I8X16_S -> extmul(stack, sp, true, 8, true);
            case I16X8_EXTMUL_LOW_I8X16_U -> extmul(stack, sp, false, 8, false);
            case I16X8_EXTMUL_HIGH_I8X16_U -> extmul(stack, sp, true, 8, false);
            case I32X4_EXTMUL_LOW_I16X8_S -> extmul(stack, sp, false, 16, true);
            case I32X4_EXTMUL_HIGH_I16X8_S -> extmul(stack, sp, true, 16, true);
            case I32X4_EXTMUL_LOW_I16X8_U -> extmul(stack, sp, false, 16, false);
            case I32X4_EXTMUL_HIGH_I16X8_U -> extmul(stack, sp, true, 16, false);
            case I64X2_EXTMUL_LOW_I32X4_S -> extmul(stack, sp, false, 32, true);
            case I64X2_EXTMUL_HIGH_I32X4_S -> extmul(stack, sp, true, 32, true);
            case I64X2_EXTMUL_LOW_I32X4_U -> extmul(stack, sp, false, 32, false);
            case I64X2_EXTMUL_HIGH_I32X4_U -> extmul(stack, sp, true, 32, false);
            case I16X8_EXTEND_LOW_I8X16_S -> extend(stack, sp, false, 8, true);
            case I16X8_EXTEND_HIGH_I8X16_S -> extend(stack, sp, true, 8, true);
            case I16X8_EXTEND_LOW_I8X16_U -> extend(stack, sp, false, 8, false);
            case I16X8_EXTEND_HIGH_I8X16_U -> extend(stack, sp, true, 8, false);
            case I32X4_EXTEND_LOW_I16X8_S -> extend(stack, sp, false, 16, true);
            case I32X4_EXTEND_HIGH_I16X8_S -> extend(stack, sp, true, 16, true);
            case I32X4_EXTEND_LOW_I16X8_U -> extend(stack, sp, false, 16, false);
            case I32X4_EXTEND_HIGH_I16X8_U -> extend(stack, sp, true, 16, false);
            case I64X2_EXTEND_LOW_I32X4_S -> extend(stack, sp, false, 32, true);
            case I64X2_EXTEND_HIGH_I32X4_S -> extend(stack, sp, true, 32, true);
            case I64X2_EXTEND_LOW_I32X4_U -> extend(stack, sp, false, 32, false);
            case I64X2_EXTEND_HIGH_I32X4_U -> extend(stack, sp, true, 32, false);
            case I8X16_NARROW_I16X8_S -> narrow(stack, sp, 8, true);
            case I8X16_NARROW_I16X8_U -> narrow(stack, sp, 8, false);
            case I16X8_NARROW_I32X4_S -> narrow(stack, sp, 16, true);
            case I16X8_NARROW_I32X4_U -> narrow(stack, sp, 16, false);

            // ---- conversions across the halves ----
            case I32X4_TRUNC_SAT_F64X2_S_ZERO -> truncSatF64x2Zero(stack, sp, true);
            case I32X4_TRUNC_SAT_F64X2_U_ZERO -> truncSatF64x2Zero(stack, sp, false);
            case F64X2_CONVERT_LOW_I32X4_S -> convertLow(stack, sp, true);
            case F64X2_CONVERT_LOW_I32X4_U -> convertLow(stack, sp, false);
            case F32X4_DEMOTE_F64X2_ZERO -> demoteZero(stack, sp);
            case F64X2_PROMOTE_LOW_F32X4 -> promoteLow(stack, sp);

            // ---- lane-wise unary operations (LaneWise) ----
            case V128_NOT, I8X16_ABS, I16X8_ABS, I32X4_ABS, I64X2_ABS, I8X16_NEG, I16X8_NEG, I32X4_NEG, I64X2_NEG,
                    I8X16_POPCNT, I16X8_EXTADD_PAIRWISE_I8X16_S, I16X8_EXTADD_PAIRWISE_I8X16_U,
                    I32X4_EXTADD_PAIRWISE_I16X8_S, I32X4_EXTADD_PAIRWISE_I16X8_U, F32X4_ABS, F32X4_NEG, F32X4_SQRT,
                    F32X4_CEIL, F32X4_FLOOR, F32X4_TRUNC, F32X4_NEAREST, F64X2_ABS, F64X2_NEG, F64X2_SQRT,
                    F64X2_CEIL, F64X2_FLOOR, F64X2_TRUNC, F64X2_NEAREST, I32X4_TRUNC_SAT_F32X4_S,
                    I32X4_TRUNC_SAT_F32X4_U, F32X4_CONVERT_I32X4_S, F32X4_CONVERT_I32X4_U -> unary(instr.op, stack, sp);

            // ---- lane-wise binary operations (LaneWise) ----
            case I8X16_EQ, I8X16_NE, I8X16_LT_S, I8X16_LT_U, I8X16_GT_S, I8X16_GT_U, I8X16_LE_S, I8X16_LE_U,
                    I8X16_GE_S, I8X16_GE_U, I16X8_EQ, I16X8_NE, I16X8_LT_S, I16X8_LT_U, I16X8_GT_S, I16X8_GT_U,
                    I16X8_LE_S, I16X8_LE_U, I16X8_GE_S, I16X8_GE_U, I32X4_EQ, I32X4_NE, I32X4_LT_S, I32X4_LT_U,
                    I32X4_GT_S, I32X4_GT_U, I32X4_LE_S, I32X4_LE_U, I32X4_GE_S, I32X4_GE_U, I64X2_EQ, I64X2_NE,
                    I64X2_LT_S, I64X2_GT_S, I64X2_LE_S, I64X2_GE_S, F32X4_EQ, F32X4_NE, F32X4_LT, F32X4_GT, F32X4_LE,
                    F32X4_GE, F64X2_EQ, F64X2_NE, F64X2_LT, F64X2_GT, F64X2_LE, F64X2_GE, V128_AND, V128_ANDNOT,
                    V128_OR, V128_XOR, I8X16_ADD, I16X8_ADD, I32X4_ADD, I64X2_ADD, I8X16_SUB, I16X8_SUB, I32X4_SUB,
                    I64X2_SUB, I16X8_MUL, I32X4_MUL, I64X2_MUL, I8X16_ADD_SAT_S, I8X16_ADD_SAT_U, I8X16_SUB_SAT_S,
                    I8X16_SUB_SAT_U, I16X8_ADD_SAT_S, I16X8_ADD_SAT_U, I16X8_SUB_SAT_S, I16X8_SUB_SAT_U, I8X16_MIN_S,
                    I8X16_MIN_U, I8X16_MAX_S, I8X16_MAX_U, I16X8_MIN_S, I16X8_MIN_U, I16X8_MAX_S, I16X8_MAX_U,
                    I32X4_MIN_S, I32X4_MIN_U, I32X4_MAX_S, I32X4_MAX_U, I8X16_AVGR_U, I16X8_AVGR_U,
                    I16X8_Q15MULR_SAT_S, I32X4_DOT_I16X8_S, F32X4_ADD, F32X4_SUB, F32X4_MUL, F32X4_DIV, F32X4_MIN,
                    F32X4_MAX, F32X4_PMIN, F32X4_PMAX, F64X2_ADD, F64X2_SUB, F64X2_MUL, F64X2_DIV, F64X2_MIN,
                    F64X2_MAX, F64X2_PMIN, F64X2_PMAX -> binary(instr.op, stack, sp);

            // ---- lane-wise shift operations (LaneWise) ----
            case I8X16_SHL, I8X16_SHR_S, I8X16_SHR_U, I16X8_SHL, I16X8_SHR_S, I16X8_SHR_U, I32X4_SHL, I32X4_SHR_S,
                    I32X4_SHR_U, I64X2_SHL, I64X2_SHR_S, I64X2_SHR_U -> shift(instr.op, stack, sp);

            // ---- relaxed SIMD, by the deterministic profile ----
            case I8X16_RELAXED_SWIZZLE, I32X4_RELAXED_TRUNC_F32X4_S, I32X4_RELAXED_TRUNC_F32X4_U,
                    I32X4_RELAXED_TRUNC_F64X2_S_ZERO, I32X4_RELAXED_TRUNC_F64X2_U_ZERO, F32X4_RELAXED_MADD,
                    F32X4_RELAXED_NMADD, F64X2_RELAXED_MADD, F64X2_RELAXED_NMADD, I8X16_RELAXED_LANESELECT,
                    I16X8_RELAXED_LANESELECT, I32X4_RELAXED_LANESELECT, I64X2_RELAXED_LANESELECT, F32X4_RELAXED_MIN,
                    F32X4_RELAXED_MAX, F64X2_RELAXED_MIN, F64X2_RELAXED_MAX, I16X8_RELAXED_Q15MULR_S,
                    I16X8_RELAXED_DOT_I8X16_I7X16_S, I32X4_RELAXED_DOT_I8X16_I7X16_ADD_S ->
                    Relaxed.execute(instr.op, stack, sp);

            default -> throw new IllegalArgumentException("not a vector instruction: " + instr.op);
        };
    }

    // ---- stack shapes ----

    private static int push(long[] stack, int sp, long lo, long hi) {
        stack[sp] = lo;
        stack[sp + 1] = hi;
        return sp + 2;
    }

    /** Writes an i32 result at slot {@code slot} (the lowest slot of the consumed operands). */
    private static int pushI32(long[] stack, int slot, int v) {
        stack[slot] = v;
        return slot + 1;
    }

    /** [v128] -> [v128], one lane-wise function applied to each half. */
    static int unary(Opcode op, long[] stack, int sp) {
        stack[sp - 2] = LaneWise.unary(op, stack[sp - 2]);
        stack[sp - 1] = LaneWise.unary(op, stack[sp - 1]);
        return sp;
    }

    /** [v128 v128] -> [v128], one lane-wise function applied to the corresponding halves. */
    static int binary(Opcode op, long[] stack, int sp) {
        stack[sp - 4] = LaneWise.binary(op, stack[sp - 4], stack[sp - 2]);
        stack[sp - 3] = LaneWise.binary(op, stack[sp - 3], stack[sp - 1]);
        return sp - 2;
    }

    /** [v128 i32] -> [v128]. */
    private static int shift(Opcode op, long[] stack, int sp) {
        int count = (int) stack[sp - 1];
        stack[sp - 3] = LaneWise.shift(op, stack[sp - 3], count);
        stack[sp - 2] = LaneWise.shift(op, stack[sp - 2], count);
        return sp - 1;
    }

    /** v128.bitselect: [v128 v128 v128] -> [v128]. */
    static int bitselect(long[] stack, int sp) {
        stack[sp - 6] = Bitwise.bitselect(stack[sp - 6], stack[sp - 4], stack[sp - 2]);
        stack[sp - 5] = Bitwise.bitselect(stack[sp - 5], stack[sp - 3], stack[sp - 1]);
        return sp - 4;
    }

    // ---- lanes ----

    /** i8x16.shuffle: [v128 v128] -> [v128]. */
    private static int shuffle(byte[] lanes, long[] stack, int sp) {
        long aLo = stack[sp - 4], aHi = stack[sp - 3], bLo = stack[sp - 2], bHi = stack[sp - 1];
        stack[sp - 4] = Shuffles.shuffle(lanes, 0, aLo, aHi, bLo, bHi);
        stack[sp - 3] = Shuffles.shuffle(lanes, 1, aLo, aHi, bLo, bHi);
        return sp - 2;
    }

    /** i8x16.swizzle: [v128 v128] -> [v128]. */
    static int swizzle(long[] stack, int sp) {
        long aLo = stack[sp - 4], aHi = stack[sp - 3];
        stack[sp - 4] = Shuffles.swizzle(aLo, aHi, stack[sp - 2]);
        stack[sp - 3] = Shuffles.swizzle(aLo, aHi, stack[sp - 1]);
        return sp - 2;
    }

    /** shape.splat: [t] -> [v128]. */
    private static int splat(long[] stack, int sp, int bits) {
        long half = V128Lanes.splat(stack[sp - 1], bits);
        stack[sp - 1] = half;
        stack[sp] = half;
        return sp + 1;
    }

    /** shape.extract_lane(_sx): [v128] -> [t]; an f32 lane comes out as its raw bits. */
    private static int extractLane(long[] stack, int sp, int lane, int bits, boolean signed) {
        int p = lane * bits;
        long half = stack[sp - 2 + (p >>> 6)];
        stack[sp - 2] = signed ? V128Lanes.laneS(half, p & 63, bits) : V128Lanes.laneU(half, p & 63, bits);
        return sp - 1;
    }

    /** shape.replace_lane: [v128 t] -> [v128]. */
    private static int replaceLane(long[] stack, int sp, int lane, int bits) {
        int p = lane * bits;
        int slot = sp - 3 + (p >>> 6);
        stack[slot] = V128Lanes.replace(stack[slot], p & 63, bits, stack[sp - 1]);
        return sp - 1;
    }

    /** shape.all_true: [v128] -> [i32]. */
    private static int allTrue(long[] stack, int sp, int bits) {
        boolean all = IntLanes.allTrue(stack[sp - 2], bits) && IntLanes.allTrue(stack[sp - 1], bits);
        return pushI32(stack, sp - 2, all ? 1 : 0);
    }

    /** shape.bitmask: [v128] -> [i32]. */
    private static int bitmask(long[] stack, int sp, int bits) {
        int lanesPerHalf = 64 / bits;
        int mask = IntLanes.bitmask(stack[sp - 2], bits) | IntLanes.bitmask(stack[sp - 1], bits) << lanesPerHalf;
        return pushI32(stack, sp - 2, mask);
    }

    // ---- widening, narrowing, conversions between halves ----

    /** extend_low / extend_high: [v128] -> [v128], the chosen source half widened to a whole vector. */
    private static int extend(long[] stack, int sp, boolean high, int bits, boolean signed) {
        long src = high ? stack[sp - 1] : stack[sp - 2];
        stack[sp - 2] = Conversions.extend(src, bits, signed);
        stack[sp - 1] = Conversions.extend(src >>> 32, bits, signed);
        return sp;
    }

    /** extmul_low / extmul_high: [v128 v128] -> [v128]. */
    private static int extmul(long[] stack, int sp, boolean high, int bits, boolean signed) {
        long a = high ? stack[sp - 3] : stack[sp - 4];
        long b = high ? stack[sp - 1] : stack[sp - 2];
        stack[sp - 4] = IntLanes.extmul(a, b, bits, signed);
        stack[sp - 3] = IntLanes.extmul(a >>> 32, b >>> 32, bits, signed);
        return sp - 2;
    }

    /** narrow: [v128 v128] -> [v128], the first operand's lanes in the low half, the second's in the high. */
    private static int narrow(long[] stack, int sp, int bits, boolean signed) {
        long lo = Conversions.narrow(stack[sp - 4], bits, signed) | Conversions.narrow(stack[sp - 3], bits, signed) << 32;
        long hi = Conversions.narrow(stack[sp - 2], bits, signed) | Conversions.narrow(stack[sp - 1], bits, signed) << 32;
        stack[sp - 4] = lo;
        stack[sp - 3] = hi;
        return sp - 2;
    }

    /** i32x4.trunc_sat_f64x2_sx_zero: the two f64 lanes to the two low i32 lanes; the high lanes are 0. */
    static int truncSatF64x2Zero(long[] stack, int sp, boolean signed) {
        double x = Double.longBitsToDouble(stack[sp - 2]);
        double y = Double.longBitsToDouble(stack[sp - 1]);
        stack[sp - 2] = signed
                ? Conversions.truncSatS32(x) | Conversions.truncSatS32(y) << 32
                : Conversions.truncSatU32(x) | Conversions.truncSatU32(y) << 32;
        stack[sp - 1] = 0;
        return sp;
    }

    /** f64x2.convert_low_i32x4_sx: the two low i32 lanes to f64. */
    private static int convertLow(long[] stack, int sp, boolean signed) {
        long src = stack[sp - 2];
        int x = (int) src, y = (int) (src >>> 32);
        stack[sp - 2] = signed ? Conversions.convertS32ToF64(x) : Conversions.convertU32ToF64(x);
        stack[sp - 1] = signed ? Conversions.convertS32ToF64(y) : Conversions.convertU32ToF64(y);
        return sp;
    }

    /** f32x4.demote_f64x2_zero: the two f64 lanes to the two low f32 lanes; the high lanes are 0. */
    private static int demoteZero(long[] stack, int sp) {
        stack[sp - 2] = Conversions.demote(stack[sp - 2]) | Conversions.demote(stack[sp - 1]) << 32;
        stack[sp - 1] = 0;
        return sp;
    }

    /** f64x2.promote_low_f32x4: the two low f32 lanes to f64. */
    private static int promoteLow(long[] stack, int sp) {
        long src = stack[sp - 2];
        stack[sp - 2] = Conversions.promote(src);
        stack[sp - 1] = Conversions.promote(src >>> 32);
        return sp;
    }
}
