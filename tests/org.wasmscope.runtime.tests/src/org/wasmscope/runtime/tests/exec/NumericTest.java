package org.wasmscope.runtime.tests.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wasmscope.runtime.syntax.Opcode.*;
import static org.wasmscope.tests.support.ModuleBuilder.*;

import org.junit.jupiter.api.Test;
import org.wasmscope.runtime.Trap;
import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.syntax.Instr;
import org.wasmscope.runtime.syntax.Opcode;
import org.wasmscope.runtime.syntax.ValType;
import org.wasmscope.tests.support.ModuleBuilder;

/** Numeric instructions (spec 4.3): traps, signedness, NaNs and signed zeros. */
class NumericTest {
    /** Runs {@code operands... op} in a fresh function returning {@code result}. */
    static Value eval(ValType result, Opcode op, Instr... operands) {
        ModuleBuilder a = new ModuleBuilder();
        Instr[] body = java.util.Arrays.copyOf(operands, operands.length + 1);
        body[operands.length] = ModuleBuilder.op(op);
        a.func("f", types(), types(result), body);
        return a.call("f");
    }

    static String trap(ValType result, Opcode op, Instr... operands) {
        return assertThrows(Trap.class, () -> eval(result, op, operands)).getMessage();
    }

    @Test
    void integerDivisionTraps() {
        assertEquals("integer divide by zero", trap(I32, I32_DIV_S, i32(1), i32(0)));
        assertEquals("integer divide by zero", trap(I32, I32_REM_U, i32(1), i32(0)));
        assertEquals("integer divide by zero", trap(I64, I64_DIV_U, i64(1), i64(0)));
        assertEquals("integer overflow", trap(I32, I32_DIV_S, i32(Integer.MIN_VALUE), i32(-1)));
        assertEquals("integer overflow", trap(I64, I64_DIV_S, i64(Long.MIN_VALUE), i64(-1)));
        assertEquals(Value.i32(0), eval(I32, I32_REM_S, i32(Integer.MIN_VALUE), i32(-1)));
        assertEquals(Value.i64(0), eval(I64, I64_REM_S, i64(Long.MIN_VALUE), i64(-1)));
        assertEquals(Value.i32(-3), eval(I32, I32_DIV_S, i32(-7), i32(2)));
        assertEquals(Value.i32(-1), eval(I32, I32_REM_S, i32(-7), i32(2)));
        assertEquals(Value.i32(2147483644), eval(I32, I32_DIV_U, i32(-7), i32(2)));
        assertEquals(Value.i64(1), eval(I64, I64_REM_U, i64(-7), i64(2)));
    }

    @Test
    void bitCountsShiftsAndRotations() {
        assertEquals(Value.i32(32), eval(I32, I32_CLZ, i32(0)));
        assertEquals(Value.i32(32), eval(I32, I32_CTZ, i32(0)));
        assertEquals(Value.i64(64), eval(I64, I64_CLZ, i64(0)));
        assertEquals(Value.i32(32), eval(I32, I32_POPCNT, i32(-1)));
        assertEquals(Value.i32(2), eval(I32, I32_SHL, i32(1), i32(33)), "count modulo 32");
        assertEquals(Value.i32(-1), eval(I32, I32_SHR_S, i32(-1), i32(5)));
        assertEquals(Value.i32(0x07FFFFFF), eval(I32, I32_SHR_U, i32(-1), i32(5)));
        assertEquals(Value.i32(0x80000000), eval(I32, I32_ROTR, i32(1), i32(1)));
        assertEquals(Value.i64(1), eval(I64, I64_ROTL, i64(Long.MIN_VALUE), i64(65)));
        assertEquals(Value.i32(1), eval(I32, I32_LT_U, i32(1), i32(-1)));
        assertEquals(Value.i32(0), eval(I32, I32_LT_S, i32(1), i32(-1)));
        assertEquals(Value.i32(1), eval(I32, I64_GT_U, i64(-1), i64(1)));
    }

    @Test
    void extensionsAndWrapping() {
        assertEquals(Value.i32(-128), eval(I32, I32_EXTEND8_S, i32(0x80)));
        assertEquals(Value.i32(0x7FFF), eval(I32, I32_EXTEND16_S, i32(0x17FFF)));
        assertEquals(Value.i64(-1), eval(I64, I64_EXTEND32_S, i64(0xFFFFFFFFL)));
        assertEquals(Value.i64(0xFFFFFFFFL), eval(I64, I64_EXTEND_I32_U, i32(-1)));
        assertEquals(Value.i64(-1), eval(I64, I64_EXTEND_I32_S, i32(-1)));
        assertEquals(Value.i32(0x89ABCDEF), eval(I32, I32_WRAP_I64, i64(0x0123456789ABCDEFL)));
    }

    static int f32bits(Value v) {
        return (int) v.bits();
    }

    @Test
    void minMaxOrderSignedZerosAndPropagateNaN() {
        assertEquals(0x80000000, f32bits(eval(F32, F32_MIN, f32(0f), f32(-0f))));
        assertEquals(0x80000000, f32bits(eval(F32, F32_MIN, f32(-0f), f32(0f))));
        assertEquals(0, f32bits(eval(F32, F32_MAX, f32(-0f), f32(0f))));
        assertEquals(Double.doubleToRawLongBits(-0.0), eval(F64, F64_MIN, f64(0.0), f64(-0.0)).bits());
        // a signalling NaN operand gives a quiet (arithmetic) NaN
        int r = f32bits(eval(F32, F32_MAX, f32Bits(0x7FA00000), f32(1f)));
        assertTrue(Float.isNaN(Float.intBitsToFloat(r)) && (r & 0x00400000) != 0, Integer.toHexString(r));
        r = f32bits(eval(F32, F32_ADD, f32Bits(0x7FA00000), f32(1f)));
        assertTrue((r & 0x7FC00000) == 0x7FC00000, Integer.toHexString(r));
    }

    @Test
    void signOperationsKeepNaNPayloads() {
        assertEquals(0xFFA00001, f32bits(eval(F32, F32_NEG, f32Bits(0x7FA00001))));
        assertEquals(0x7FA00001, f32bits(eval(F32, F32_ABS, f32Bits(0xFFA00001))));
        assertEquals(0xFFA00001, f32bits(eval(F32, F32_COPYSIGN, f32Bits(0x7FA00001), f32(-1f))));
        assertEquals(0x7FF4000000000001L, eval(F64, F64_ABS, f64(Double.longBitsToDouble(0xFFF4000000000001L))).bits());
    }

    @Test
    void roundingInstructions() {
        assertEquals(Value.f32(2f), eval(F32, F32_NEAREST, f32(2.5f)));
        assertEquals(Value.f32(4f), eval(F32, F32_NEAREST, f32(3.5f)));
        assertEquals(0x80000000, f32bits(eval(F32, F32_NEAREST, f32(-0.5f))));
        assertEquals(0x80000000, f32bits(eval(F32, F32_CEIL, f32(-0.5f))));
        assertEquals(0x80000000, f32bits(eval(F32, F32_TRUNC, f32(-0.9f))));
        assertEquals(Value.f64(-2.0), eval(F64, F64_FLOOR, f64(-1.5)));
        assertEquals(Value.f64(-4.0), eval(F64, F64_NEAREST, f64(-4.5)));
        assertEquals(Value.f32(3f), eval(F32, F32_SQRT, f32(9f)));
    }

    @Test
    void truncationTrapsAndSaturates() {
        assertEquals("invalid conversion to integer", trap(I32, I32_TRUNC_F32_S, f32(Float.NaN)));
        assertEquals("integer overflow", trap(I32, I32_TRUNC_F32_S, f32(2147483648f)));
        assertEquals("integer overflow", trap(I32, I32_TRUNC_F64_U, f64(-1.0)));
        assertEquals("integer overflow", trap(I64, I64_TRUNC_F64_U, f64(18446744073709551616.0)));
        assertEquals(Value.i32(-2147483648), eval(I32, I32_TRUNC_F64_S, f64(-2147483648.9)));
        assertEquals(Value.i32(0), eval(I32, I32_TRUNC_F64_U, f64(-0.9)));
        assertEquals(Value.i32(-1), eval(I32, I32_TRUNC_F64_U, f64(4294967295.5)));
        assertEquals(Value.i64(-2048), eval(I64, I64_TRUNC_F64_U, f64(18446744073709549568.0)));
        assertEquals(Value.i32(0), eval(I32, I32_TRUNC_SAT_F32_S, f32(Float.NaN)));
        assertEquals(Value.i32(Integer.MAX_VALUE), eval(I32, I32_TRUNC_SAT_F32_S, f32(1e10f)));
        assertEquals(Value.i32(-1), eval(I32, I32_TRUNC_SAT_F32_U, f32(1e10f)));
        assertEquals(Value.i32(0), eval(I32, I32_TRUNC_SAT_F32_U, f32(-5f)));
        assertEquals(Value.i64(-1), eval(I64, I64_TRUNC_SAT_F64_U, f64(1e30)));
        assertEquals(Value.i64(Long.MIN_VALUE), eval(I64, I64_TRUNC_SAT_F64_S, f64(-1e30)));
    }

    @Test
    void conversionsFromUnsignedAndBetweenWidths() {
        assertEquals(Value.f32(4294967296f), eval(F32, F32_CONVERT_I32_U, i32(-1)));
        assertEquals(Value.f64(18446744073709551615.0), eval(F64, F64_CONVERT_I64_U, i64(-1)));
        // 2^63 + 2^40 + 1 rounds up only because of the sticky low bit
        assertEquals(Value.f32(9223373136366403584f), eval(F32, F32_CONVERT_I64_U, i64(0x8000008000000001L)));
        assertEquals(Value.f32(Float.POSITIVE_INFINITY), eval(F32, F32_DEMOTE_F64, f64(1e300)));
        int nan = f32bits(eval(F32, F32_DEMOTE_F64, f64(Double.longBitsToDouble(0x7FF8000000000000L))));
        assertEquals(0x7FC00000, nan, "canonical stays canonical");
        long pnan = eval(F64, F64_PROMOTE_F32, f32Bits(0xFFC00000)).bits();
        assertEquals(0xFFF8000000000000L, pnan);
        assertEquals(Value.i32(0x3F800000), eval(I32, I32_REINTERPRET_F32, f32(1f)));
        assertEquals(Value.f64(1.0), eval(F64, F64_REINTERPRET_I64, i64(0x3FF0000000000000L)));
    }
}
