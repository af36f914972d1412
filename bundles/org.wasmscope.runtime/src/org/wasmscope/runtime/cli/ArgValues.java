package org.wasmscope.runtime.cli;

import java.math.BigInteger;

import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.syntax.ValType;

/**
 * Command line arguments read as values of a function's parameter types: integers in decimal or
 * {@code 0x} hexadecimal (signed or unsigned), floats in decimal, hexadecimal ({@code 0x1.8p3}),
 * {@code inf}, {@code nan} or {@code nan:0x...}, a v128 as one hexadecimal number of up to 128 bits,
 * references as {@code null} or a number. Public for the launcher, which reads a launch configuration's
 * arguments the same way.
 */
public final class ArgValues {
    private ArgValues() {
    }

    /** @throws IllegalArgumentException if {@code text} is no value of {@code type} */
    public static Value parse(ValType type, String text) {
        String s = text.replace("_", "");
        try {
            return switch (type) {
                case I32 -> Value.i32((int) integer(s, 32).longValue());
                case I64 -> Value.i64(integer(s, 64).longValue());
                case F32 -> Value.f32Bits(f32Bits(s));
                case F64 -> Value.f64Bits(f64Bits(s));
                case V128 -> {
                    BigInteger v = integer(s, 128);
                    yield Value.v128(v.longValue(), v.shiftRight(64).longValue());
                }
                case FUNCREF, EXTERNREF -> s.equals("null") ? Value.nullRef(type)
                        : Value.ref(type, integer(s, 32).longValue());
            };
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a " + type + ": " + text);
        }
    }

    /** An integer of {@code bits} bits, signed or unsigned, as a BigInteger within -2^(bits-1)..2^bits-1. */
    private static BigInteger integer(String s, int bits) {
        boolean negative = s.startsWith("-");
        String digits = negative || s.startsWith("+") ? s.substring(1) : s;
        BigInteger v = digits.startsWith("0x") || digits.startsWith("0X") ? new BigInteger(digits.substring(2), 16)
                : new BigInteger(digits);
        if (negative) {
            v = v.negate();
        }
        if (v.compareTo(BigInteger.ONE.shiftLeft(bits - 1).negate()) < 0 || v.bitLength() > bits) {
            throw new NumberFormatException("out of range");
        }
        return v;
    }

    private static int f32Bits(String s) {
        boolean negative = s.startsWith("-");
        String m = negative || s.startsWith("+") ? s.substring(1) : s;
        int sign = negative ? 0x8000_0000 : 0;
        if (m.equals("inf")) {
            return sign | 0x7F80_0000;
        }
        if (m.equals("nan")) {
            return sign | 0x7FC0_0000;
        }
        if (m.startsWith("nan:0x")) {
            int payload = Integer.parseInt(m.substring(6), 16);
            if (payload == 0 || payload > 0x7F_FFFF) {
                throw new NumberFormatException("NaN payload");
            }
            return sign | 0x7F80_0000 | payload;
        }
        return sign | Float.floatToRawIntBits(Float.parseFloat(javaFloat(m)));
    }

    private static long f64Bits(String s) {
        boolean negative = s.startsWith("-");
        String m = negative || s.startsWith("+") ? s.substring(1) : s;
        long sign = negative ? 0x8000_0000_0000_0000L : 0;
        if (m.equals("inf")) {
            return sign | 0x7FF0_0000_0000_0000L;
        }
        if (m.equals("nan")) {
            return sign | 0x7FF8_0000_0000_0000L;
        }
        if (m.startsWith("nan:0x")) {
            long payload = Long.parseLong(m.substring(6), 16);
            if (payload == 0 || payload > 0xF_FFFF_FFFF_FFFFL) {
                throw new NumberFormatException("NaN payload");
            }
            return sign | 0x7FF0_0000_0000_0000L | payload;
        }
        return sign | Double.doubleToRawLongBits(Double.parseDouble(javaFloat(m)));
    }

    /**
     * A magnitude as Java's parsers read it: only digits, a point and an exponent (no "Infinity",
     * "NaN" or type suffix), and a hexadecimal float always with its binary exponent.
     */
    private static String javaFloat(String m) {
        if (m.isEmpty() || !m.matches("(?i)(0x[0-9a-f]*\\.?[0-9a-f]*(p[+-]?[0-9]+)?|[0-9]*\\.?[0-9]*(e[+-]?[0-9]+)?)")
                || m.matches("(?i)0x\\.?(p.*)?|\\.?(e.*)?")) {
            throw new NumberFormatException(m);
        }
        boolean hex = m.startsWith("0x") || m.startsWith("0X");
        return hex && !m.toLowerCase().contains("p") ? m + "p0" : m;
    }
}
