package org.wasmscope.runtime.exec;

/**
 * The conversion instructions that need more than a Java cast (spec 4.3.4), executed from one case of the
 * machine's loop: they are rare in hot code, and the loop's method must stay below the JIT's size limit
 * for compiling a method (8000 bytes of bytecode), which the superinstructions ({@link Fusion}) need.
 */
final class Convert {
    private Convert() {
    }

    /** The result slot of conversion {@code op} (an {@link Op} code) applied to the operand slot {@code v}. */
    static long apply(int op, long v) {
        return switch (op) {
            case Op.I32_TRUNC_F32_S -> Conversions.truncS32(FloatOps.f32(v));
            case Op.I32_TRUNC_F32_U -> Conversions.truncU32(FloatOps.f32(v));
            case Op.I32_TRUNC_F64_S -> Conversions.truncS32(FloatOps.f64(v));
            case Op.I32_TRUNC_F64_U -> Conversions.truncU32(FloatOps.f64(v));
            case Op.I64_TRUNC_F32_S -> Conversions.truncS64(FloatOps.f32(v));
            case Op.I64_TRUNC_F32_U -> Conversions.truncU64(FloatOps.f32(v));
            case Op.I64_TRUNC_F64_S -> Conversions.truncS64(FloatOps.f64(v));
            case Op.I64_TRUNC_F64_U -> Conversions.truncU64(FloatOps.f64(v));
            case Op.I32_TRUNC_SAT_F32_S -> Conversions.truncSatS32(FloatOps.f32(v));
            case Op.I32_TRUNC_SAT_F32_U -> Conversions.truncSatU32(FloatOps.f32(v));
            case Op.I32_TRUNC_SAT_F64_S -> Conversions.truncSatS32(FloatOps.f64(v));
            case Op.I32_TRUNC_SAT_F64_U -> Conversions.truncSatU32(FloatOps.f64(v));
            case Op.I64_TRUNC_SAT_F32_S -> Conversions.truncSatS64(FloatOps.f32(v));
            case Op.I64_TRUNC_SAT_F32_U -> Conversions.truncSatU64(FloatOps.f32(v));
            case Op.I64_TRUNC_SAT_F64_S -> Conversions.truncSatS64(FloatOps.f64(v));
            case Op.I64_TRUNC_SAT_F64_U -> Conversions.truncSatU64(FloatOps.f64(v));
            case Op.F32_CONVERT_I32_S -> FloatOps.slot((float) (int) v);
            case Op.F32_CONVERT_I32_U -> FloatOps.slot(Conversions.u32ToF32((int) v));
            case Op.F32_CONVERT_I64_S -> FloatOps.slot((float) v);
            case Op.F32_CONVERT_I64_U -> FloatOps.slot(Conversions.u64ToF32(v));
            case Op.F64_CONVERT_I32_S -> FloatOps.slot((double) (int) v);
            case Op.F64_CONVERT_I32_U -> FloatOps.slot(Conversions.u32ToF64((int) v));
            case Op.F64_CONVERT_I64_S -> FloatOps.slot((double) v);
            case Op.F64_CONVERT_I64_U -> FloatOps.slot(Conversions.u64ToF64(v));
            case Op.F32_DEMOTE_F64 -> Conversions.demote(v);
            case Op.F64_PROMOTE_F32 -> Conversions.promote(v);
            default -> throw new IllegalArgumentException("not a conversion: " + op);
        };
    }
}
