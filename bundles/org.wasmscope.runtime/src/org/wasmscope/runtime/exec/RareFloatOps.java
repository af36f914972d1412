package org.wasmscope.runtime.exec;

/**
 * Float instructions that are rare in hot code (f32 unary operations, rounding, min, max, copysign),
 * executed from one case of the machine's loop per arity: that keeps the loop's method below the JIT's
 * size limit for compiling a method (8000 bytes of bytecode), which the superinstructions need
 * ({@link Fusion}, {@link Convert}).
 */
final class RareFloatOps {
    private RareFloatOps() {
    }

    /** The result slot of unary operation {@code op} (an {@link Op} code) on slot {@code v}. */
    static long unary(int op, long v) {
        return switch (op) {
            case Op.F32_ABS -> FloatOps.f32Abs(v);
            case Op.F32_NEG -> FloatOps.f32Neg(v);
            case Op.F32_CEIL -> FloatOps.f32Ceil(v);
            case Op.F32_FLOOR -> FloatOps.f32Floor(v);
            case Op.F32_TRUNC -> FloatOps.f32Trunc(v);
            case Op.F32_NEAREST -> FloatOps.f32Nearest(v);
            case Op.F32_SQRT -> FloatOps.f32Sqrt(v);
            case Op.F64_CEIL -> FloatOps.f64Ceil(v);
            case Op.F64_FLOOR -> FloatOps.f64Floor(v);
            case Op.F64_TRUNC -> FloatOps.f64Trunc(v);
            case Op.F64_NEAREST -> FloatOps.f64Nearest(v);
            default -> throw new IllegalArgumentException("not a unary float operation: " + op);
        };
    }

    /** The result slot of binary operation {@code op} on slots {@code a} and {@code b}. */
    static long binary(int op, long a, long b) {
        return switch (op) {
            case Op.F32_MIN -> FloatOps.f32Min(a, b);
            case Op.F32_MAX -> FloatOps.f32Max(a, b);
            case Op.F32_COPYSIGN -> FloatOps.f32Copysign(a, b);
            case Op.F64_MIN -> FloatOps.f64Min(a, b);
            case Op.F64_MAX -> FloatOps.f64Max(a, b);
            case Op.F64_COPYSIGN -> FloatOps.f64Copysign(a, b);
            default -> throw new IllegalArgumentException("not a binary float operation: " + op);
        };
    }
}
