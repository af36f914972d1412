package org.wasmscope.runtime.exec.simd;

import org.wasmscope.runtime.syntax.Opcode;

/**
 * The lane-wise vector instructions: those whose result half depends only on the same half of the operands,
 * so that one function applied to the low halves and then to the high halves computes the result. Each
 * switch maps an opcode to its spec operation, with the lane width (8, 16, 32 or 64) as the spec's N.
 */
final class LaneWise {
    private LaneWise() {
    }

    /** [v128] -> [v128]: one half of the result from the same half of the operand. */
    static long unary(Opcode op, long a) {
        return switch (op) {
            // bitwise
            case V128_NOT -> Bitwise.not(a);
            // integer lanes
            case I8X16_ABS -> IntLanes.abs(a, 8);
            case I16X8_ABS -> IntLanes.abs(a, 16);
            case I32X4_ABS -> IntLanes.abs(a, 32);
            case I64X2_ABS -> IntLanes.abs(a, 64);
            case I8X16_NEG -> IntLanes.neg(a, 8);
            case I16X8_NEG -> IntLanes.neg(a, 16);
            case I32X4_NEG -> IntLanes.neg(a, 32);
            case I64X2_NEG -> IntLanes.neg(a, 64);
            case I8X16_POPCNT -> IntLanes.popcnt8(a);
            // integer lanes: pairwise widening within a half
            case I16X8_EXTADD_PAIRWISE_I8X16_S -> IntLanes.extaddPairwise(a, 8, true);
            case I16X8_EXTADD_PAIRWISE_I8X16_U -> IntLanes.extaddPairwise(a, 8, false);
            case I32X4_EXTADD_PAIRWISE_I16X8_S -> IntLanes.extaddPairwise(a, 16, true);
            case I32X4_EXTADD_PAIRWISE_I16X8_U -> IntLanes.extaddPairwise(a, 16, false);
            // float lanes
            case F32X4_ABS -> FloatLanes.f32Abs(a);
            case F32X4_NEG -> FloatLanes.f32Neg(a);
            case F32X4_SQRT -> FloatLanes.f32Sqrt(a);
            case F32X4_CEIL -> FloatLanes.f32Ceil(a);
            case F32X4_FLOOR -> FloatLanes.f32Floor(a);
            case F32X4_TRUNC -> FloatLanes.f32Trunc(a);
            case F32X4_NEAREST -> FloatLanes.f32Nearest(a);
            case F64X2_ABS -> FloatLanes.f64Abs(a);
            case F64X2_NEG -> FloatLanes.f64Neg(a);
            case F64X2_SQRT -> FloatLanes.f64Sqrt(a);
            case F64X2_CEIL -> FloatLanes.f64Ceil(a);
            case F64X2_FLOOR -> FloatLanes.f64Floor(a);
            case F64X2_TRUNC -> FloatLanes.f64Trunc(a);
            case F64X2_NEAREST -> FloatLanes.f64Nearest(a);
            // conversions between i32 and f32 lanes
            case I32X4_TRUNC_SAT_F32X4_S -> Conversions.truncSatF32S(a);
            case I32X4_TRUNC_SAT_F32X4_U -> Conversions.truncSatF32U(a);
            case F32X4_CONVERT_I32X4_S -> Conversions.convertS32ToF32(a);
            case F32X4_CONVERT_I32X4_U -> Conversions.convertU32ToF32(a);
            default -> throw new IllegalArgumentException("not a lane-wise unary operation: " + op);
        };
    }

    /** [v128 v128] -> [v128]: one half of the result from the same halves of the operands. */
    static long binary(Opcode op, long a, long b) {
        return switch (op) {
            // integer comparisons
            case I8X16_EQ -> Comparisons.eq(a, b, 8);
            case I8X16_NE -> Comparisons.ne(a, b, 8);
            case I8X16_LT_S -> Comparisons.ltS(a, b, 8);
            case I8X16_LT_U -> Comparisons.ltU(a, b, 8);
            case I8X16_GT_S -> Comparisons.gtS(a, b, 8);
            case I8X16_GT_U -> Comparisons.gtU(a, b, 8);
            case I8X16_LE_S -> Comparisons.leS(a, b, 8);
            case I8X16_LE_U -> Comparisons.leU(a, b, 8);
            case I8X16_GE_S -> Comparisons.geS(a, b, 8);
            case I8X16_GE_U -> Comparisons.geU(a, b, 8);
            case I16X8_EQ -> Comparisons.eq(a, b, 16);
            case I16X8_NE -> Comparisons.ne(a, b, 16);
            case I16X8_LT_S -> Comparisons.ltS(a, b, 16);
            case I16X8_LT_U -> Comparisons.ltU(a, b, 16);
            case I16X8_GT_S -> Comparisons.gtS(a, b, 16);
            case I16X8_GT_U -> Comparisons.gtU(a, b, 16);
            case I16X8_LE_S -> Comparisons.leS(a, b, 16);
            case I16X8_LE_U -> Comparisons.leU(a, b, 16);
            case I16X8_GE_S -> Comparisons.geS(a, b, 16);
            case I16X8_GE_U -> Comparisons.geU(a, b, 16);
            case I32X4_EQ -> Comparisons.eq(a, b, 32);
            case I32X4_NE -> Comparisons.ne(a, b, 32);
            case I32X4_LT_S -> Comparisons.ltS(a, b, 32);
            case I32X4_LT_U -> Comparisons.ltU(a, b, 32);
            case I32X4_GT_S -> Comparisons.gtS(a, b, 32);
            case I32X4_GT_U -> Comparisons.gtU(a, b, 32);
            case I32X4_LE_S -> Comparisons.leS(a, b, 32);
            case I32X4_LE_U -> Comparisons.leU(a, b, 32);
            case I32X4_GE_S -> Comparisons.geS(a, b, 32);
            case I32X4_GE_U -> Comparisons.geU(a, b, 32);
            case I64X2_EQ -> Comparisons.eq(a, b, 64);
            case I64X2_NE -> Comparisons.ne(a, b, 64);
            case I64X2_LT_S -> Comparisons.ltS(a, b, 64);
            case I64X2_GT_S -> Comparisons.gtS(a, b, 64);
            case I64X2_LE_S -> Comparisons.leS(a, b, 64);
            case I64X2_GE_S -> Comparisons.geS(a, b, 64);
            // float comparisons
            case F32X4_EQ -> Comparisons.f32Eq(a, b);
            case F32X4_NE -> Comparisons.f32Ne(a, b);
            case F32X4_LT -> Comparisons.f32Lt(a, b);
            case F32X4_GT -> Comparisons.f32Gt(a, b);
            case F32X4_LE -> Comparisons.f32Le(a, b);
            case F32X4_GE -> Comparisons.f32Ge(a, b);
            case F64X2_EQ -> Comparisons.f64Eq(a, b);
            case F64X2_NE -> Comparisons.f64Ne(a, b);
            case F64X2_LT -> Comparisons.f64Lt(a, b);
            case F64X2_GT -> Comparisons.f64Gt(a, b);
            case F64X2_LE -> Comparisons.f64Le(a, b);
            case F64X2_GE -> Comparisons.f64Ge(a, b);
            // bitwise
            case V128_AND -> Bitwise.and(a, b);
            case V128_ANDNOT -> Bitwise.andnot(a, b);
            case V128_OR -> Bitwise.or(a, b);
            case V128_XOR -> Bitwise.xor(a, b);
            // integer lanes
            case I8X16_ADD -> IntLanes.add(a, b, 8);
            case I16X8_ADD -> IntLanes.add(a, b, 16);
            case I32X4_ADD -> IntLanes.add(a, b, 32);
            case I64X2_ADD -> IntLanes.add(a, b, 64);
            case I8X16_SUB -> IntLanes.sub(a, b, 8);
            case I16X8_SUB -> IntLanes.sub(a, b, 16);
            case I32X4_SUB -> IntLanes.sub(a, b, 32);
            case I64X2_SUB -> IntLanes.sub(a, b, 64);
            case I16X8_MUL -> IntLanes.mul(a, b, 16);
            case I32X4_MUL -> IntLanes.mul(a, b, 32);
            case I64X2_MUL -> IntLanes.mul(a, b, 64);
            case I8X16_ADD_SAT_S -> IntLanes.addSatS(a, b, 8);
            case I8X16_ADD_SAT_U -> IntLanes.addSatU(a, b, 8);
            case I8X16_SUB_SAT_S -> IntLanes.subSatS(a, b, 8);
            case I8X16_SUB_SAT_U -> IntLanes.subSatU(a, b, 8);
            case I16X8_ADD_SAT_S -> IntLanes.addSatS(a, b, 16);
            case I16X8_ADD_SAT_U -> IntLanes.addSatU(a, b, 16);
            case I16X8_SUB_SAT_S -> IntLanes.subSatS(a, b, 16);
            case I16X8_SUB_SAT_U -> IntLanes.subSatU(a, b, 16);
            case I8X16_MIN_S -> IntLanes.minS(a, b, 8);
            case I8X16_MIN_U -> IntLanes.minU(a, b, 8);
            case I8X16_MAX_S -> IntLanes.maxS(a, b, 8);
            case I8X16_MAX_U -> IntLanes.maxU(a, b, 8);
            case I16X8_MIN_S -> IntLanes.minS(a, b, 16);
            case I16X8_MIN_U -> IntLanes.minU(a, b, 16);
            case I16X8_MAX_S -> IntLanes.maxS(a, b, 16);
            case I16X8_MAX_U -> IntLanes.maxU(a, b, 16);
            case I32X4_MIN_S -> IntLanes.minS(a, b, 32);
            case I32X4_MIN_U -> IntLanes.minU(a, b, 32);
            case I32X4_MAX_S -> IntLanes.maxS(a, b, 32);
            case I32X4_MAX_U -> IntLanes.maxU(a, b, 32);
            case I8X16_AVGR_U -> IntLanes.avgrU(a, b, 8);
            case I16X8_AVGR_U -> IntLanes.avgrU(a, b, 16);
            case I16X8_Q15MULR_SAT_S -> IntLanes.q15mulrSatS(a, b);
            case I32X4_DOT_I16X8_S -> IntLanes.dotS16(a, b);
            // float lanes
            case F32X4_ADD -> FloatLanes.f32Add(a, b);
            case F32X4_SUB -> FloatLanes.f32Sub(a, b);
            case F32X4_MUL -> FloatLanes.f32Mul(a, b);
            case F32X4_DIV -> FloatLanes.f32Div(a, b);
            case F32X4_MIN -> FloatLanes.f32Min(a, b);
            case F32X4_MAX -> FloatLanes.f32Max(a, b);
            case F32X4_PMIN -> FloatLanes.f32Pmin(a, b);
            case F32X4_PMAX -> FloatLanes.f32Pmax(a, b);
            case F64X2_ADD -> FloatLanes.f64Add(a, b);
            case F64X2_SUB -> FloatLanes.f64Sub(a, b);
            case F64X2_MUL -> FloatLanes.f64Mul(a, b);
            case F64X2_DIV -> FloatLanes.f64Div(a, b);
            case F64X2_MIN -> FloatLanes.f64Min(a, b);
            case F64X2_MAX -> FloatLanes.f64Max(a, b);
            case F64X2_PMIN -> FloatLanes.f64Pmin(a, b);
            case F64X2_PMAX -> FloatLanes.f64Pmax(a, b);
            default -> throw new IllegalArgumentException("not a lane-wise binary operation: " + op);
        };
    }

    /** [v128 i32] -> [v128]: one half of the result, the lanes shifted by {@code n} modulo N. */
    static long shift(Opcode op, long a, int n) {
        return switch (op) {
            case I8X16_SHL -> IntLanes.shl(a, n, 8);
            case I8X16_SHR_S -> IntLanes.shrS(a, n, 8);
            case I8X16_SHR_U -> IntLanes.shrU(a, n, 8);
            case I16X8_SHL -> IntLanes.shl(a, n, 16);
            case I16X8_SHR_S -> IntLanes.shrS(a, n, 16);
            case I16X8_SHR_U -> IntLanes.shrU(a, n, 16);
            case I32X4_SHL -> IntLanes.shl(a, n, 32);
            case I32X4_SHR_S -> IntLanes.shrS(a, n, 32);
            case I32X4_SHR_U -> IntLanes.shrU(a, n, 32);
            case I64X2_SHL -> IntLanes.shl(a, n, 64);
            case I64X2_SHR_S -> IntLanes.shrS(a, n, 64);
            case I64X2_SHR_U -> IntLanes.shrU(a, n, 64);
            default -> throw new IllegalArgumentException("not a lane-wise shift operation: " + op);
        };
    }
}
