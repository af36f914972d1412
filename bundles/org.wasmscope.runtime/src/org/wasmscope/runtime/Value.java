package org.wasmscope.runtime;

import org.wasmscope.runtime.syntax.InstrText;
import org.wasmscope.runtime.syntax.ValType;

/**
 * A typed WebAssembly value, as passed to and returned from invocations (spec 4.2.1).
 *
 * <p>Encoding, the same as in the machine's operand stack slots: i32 and f32 in the low 32 bits of
 * {@link #bits} (f32 as raw IEEE bits; the high 32 bits carry no meaning), i64 and f64 (raw bits) in
 * {@link #bits}; v128 in {@link #bits} (lanes 0..7 as bytes, little endian) and {@link #high} (bytes
 * 8..15); a reference is {@link #NULL_REF} or, for funcref, the function's address in the store, for
 * externref, the host reference's number, for exnref, the exception instance's reference, and in the any
 * hierarchy an i31 value or a struct or array instance's reference ({@link RefBits} has the encoding).
 */
public record Value(ValType type, long bits, long high) {
    /** The null reference, of either reference type. */
    public static final long NULL_REF = RefBits.NULL;

    public static Value i32(int v) {
        return new Value(ValType.I32, v, 0);
    }

    public static Value i64(long v) {
        return new Value(ValType.I64, v, 0);
    }

    public static Value f32(float v) {
        return new Value(ValType.F32, Float.floatToRawIntBits(v), 0);
    }

    public static Value f32Bits(int bits) {
        return new Value(ValType.F32, bits, 0);
    }

    public static Value f64(double v) {
        return new Value(ValType.F64, Double.doubleToRawLongBits(v), 0);
    }

    public static Value f64Bits(long bits) {
        return new Value(ValType.F64, bits, 0);
    }

    public static Value v128(long low, long high) {
        return new Value(ValType.V128, low, high);
    }

    /**
     * The value of type {@code type} held in operand stack slots: {@code bits}, and {@code high} for a v128
     * (an i32's or f32's slot may carry anything in its high half).
     */
    public static Value ofSlots(ValType type, long bits, long high) {
        return new Value(type, type == ValType.I32 || type == ValType.F32 ? (int) bits : bits,
                type == ValType.V128 ? high : 0);
    }

    public static Value ref(ValType type, long ref) {
        return new Value(type, ref, 0);
    }

    public static Value nullRef(ValType type) {
        return new Value(type, NULL_REF, 0);
    }

    /** The default value of a type (spec 4.2.1): zero, or null for references. */
    public static Value zero(ValType type) {
        return new Value(type, type.isRef() ? NULL_REF : 0, 0);
    }

    public int asInt() {
        return (int) bits;
    }

    public long asLong() {
        return bits;
    }

    public float asFloat() {
        return Float.intBitsToFloat((int) bits);
    }

    public double asDouble() {
        return Double.longBitsToDouble(bits);
    }

    public boolean isNull() {
        return type.isRef() && bits == NULL_REF;
    }

    /**
     * Numbers and vectors are equal with equal types and bits; references are equal when they are the same
     * reference of one hierarchy, whatever static type each was read at ({@code (ref extern)} or
     * {@code externref}).
     */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Value v)) {
            return false;
        }
        if (type.isRef() && v.type.isRef()) {
            return type.heap.top() == v.type.heap.top() && bits == v.bits;
        }
        if (v.type != type) {
            return false;
        }
        return switch (type.kind) {
            case I32, F32 -> (int) bits == (int) v.bits;
            case V128 -> bits == v.bits && high == v.high;
            default -> bits == v.bits;
        };
    }

    @Override
    public int hashCode() {
        if (type.isRef()) {
            return type.heap.top().hashCode() * 31 + Long.hashCode(bits);
        }
        return type.hashCode() * 31 + Long.hashCode(type == ValType.I32 || type == ValType.F32 ? (int) bits : bits);
    }

    /**
     * As the command line prints results: {@code i32:-3}, {@code i64:7}, {@code f32:1.5} (Java's
     * Float.toString; NaN with its payload), {@code v128:0x00000001 0x00000002 0x00000003 0x00000004}
     * (four i32 lanes), {@code funcref:null}, {@code funcref:3}, {@code externref:1}, {@code anyref:i31:5},
     * {@code (ref $1):struct}, {@code exnref:exn} (the store's heap has the object itself, see {@code Heap}).
     */
    @Override
    public String toString() {
        return type + ":" + valueText();
    }

    /** The value without its type, as {@link #toString()} writes it. */
    public String valueText() {
        return switch (type.kind) {
            case I32 -> Integer.toString((int) bits);
            case I64 -> Long.toString(bits);
            case F32 -> Float.isNaN(asFloat()) ? InstrText.floatText(asFloat()) : Float.toString(asFloat());
            case F64 -> Double.isNaN(asDouble()) ? InstrText.doubleText(asDouble()) : Double.toString(asDouble());
            case V128 -> String.format("0x%08x 0x%08x 0x%08x 0x%08x", (int) bits, (int) (bits >>> 32), (int) high,
                    (int) (high >>> 32));
            case REF -> switch (RefBits.kind(bits)) {
                case RefBits.NULL_KIND -> "null";
                case RefBits.I31 -> "i31:" + RefBits.i31Signed(bits);
                case RefBits.STRUCT -> "struct";
                case RefBits.ARRAY -> "array";
                case RefBits.EXCEPTION -> "exn";
                default -> Long.toString(bits);
            };
        };
    }
}
