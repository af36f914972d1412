package org.wasmscope.runtime.text;

import java.math.BigInteger;

import org.wasmscope.runtime.RefBits;
import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.syntax.ValType;

/**
 * Values typed by a user (command line arguments, launch configuration arguments, edits in the debugger,
 * addresses) read as values of a given type, with the text format's literal rules ({@link Numbers}):
 * integers in decimal or {@code 0x} hexadecimal, signed or unsigned, with optional underscores; floats in
 * decimal or hexadecimal notation ({@code 0x1.8p3}), {@code inf}, {@code nan} or {@code nan:0x...}; a
 * v128 as one integer of up to 128 bits; references as {@code null}, an address or host number, or an i31
 * value {@code i31:N}. What {@link Value#valueText()} writes reads back as the same value, except a v128,
 * which it writes as lanes, and a struct or array reference, which exists only in its store.
 */
public final class ValueParser {
    private static final BigInteger V128_MIN = BigInteger.ONE.shiftLeft(127).negate();

    private ValueParser() {
    }

    /** @throws IllegalArgumentException if {@code text} is no value of {@code type} */
    public static Value parse(ValType type, String text) {
        String s = text.strip();
        Value v = switch (type.kind) {
            case I32 -> Numbers.isInt(s) ? i32(Numbers.bitsOf(s, 32)) : null;
            case I64 -> Numbers.isInt(s) ? i64(Numbers.bitsOf(s, 64)) : null;
            case F32 -> Numbers.isNumber(s) ? f32(Numbers.f32Bits(s)) : null;
            case F64 -> Numbers.isNumber(s) ? f64(Numbers.f64Bits(s)) : null;
            case V128 -> Numbers.isInt(s) ? v128(Numbers.integer(s)) : null;
            case REF -> s.equals("null") ? Value.nullRef(type)
                    : s.startsWith("i31:") ? i31(type, s.substring(4))
                    : Numbers.isNat(s) && Numbers.unsigned(s, 31) != null
                            ? Value.ref(type, Numbers.unsigned(s, 31).longValue()) : null;
        };
        if (v == null) {
            throw new IllegalArgumentException("not a " + type + ": " + text);
        }
        return v;
    }

    /** The i31 reference {@code i31:N} of an i32 literal N (wrapped to 31 bits, as ref.i31 does), or null. */
    private static Value i31(ValType type, String n) {
        Long bits = Numbers.isInt(n) ? Numbers.bitsOf(n, 32) : null;
        return bits == null ? null : Value.ref(type, RefBits.i31(bits.intValue()));
    }

    private static Value i32(Long bits) {
        return bits == null ? null : Value.i32((int) (long) bits);
    }

    private static Value i64(Long bits) {
        return bits == null ? null : Value.i64(bits);
    }

    private static Value f32(Integer bits) {
        return bits == null ? null : Value.f32Bits(bits);
    }

    private static Value f64(Long bits) {
        return bits == null ? null : Value.f64Bits(bits);
    }

    /** Signed or unsigned 128 bits, as the low and high halves. */
    private static Value v128(BigInteger v) {
        if (v.compareTo(V128_MIN) < 0 || v.bitLength() > 128) {
            return null;
        }
        return Value.v128(v.longValue(), v.shiftRight(64).longValue());
    }
}
