package org.wasmscope.runtime.text;

import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * Number literals of the text format (spec 6.3.2): integers in decimal or hexadecimal with optional sign
 * and single underscores between digits; floats in decimal or hexadecimal notation, {@code inf},
 * {@code nan} and {@code nan:0x...}. Values are range-checked as the spec requires and converted to bits
 * with round-to-nearest-even. {@link ValueParser} reads values typed by a user with the same rules.
 */
final class Numbers {
    private static final String NUM = "[0-9](?:_?[0-9])*";
    private static final String HEXNUM = "[0-9a-fA-F](?:_?[0-9a-fA-F])*";
    private static final Pattern NAT = Pattern.compile(NUM + "|0x" + HEXNUM);
    private static final Pattern INT = Pattern.compile("[+-]?(?:" + NUM + "|0x" + HEXNUM + ")");
    private static final Pattern FLOAT = Pattern.compile("[+-]?(?:" + NUM + "(?:\\." + "(?:" + NUM + ")?)?(?:[eE][+-]?"
            + NUM + ")?" + "|0x" + HEXNUM + "(?:\\.(?:" + HEXNUM + ")?)?(?:[pP][+-]?" + NUM + ")?"
            + "|inf|nan|nan:0x" + HEXNUM + ")");
    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    private Numbers() {
    }

    /** Whether a run of id-characters is a number token (an integer or a float). */
    public static boolean isNumber(String s) {
        return FLOAT.matcher(s).matches();
    }

    /** Unsigned integer without sign: indices, limits, lane indices, memarg values. */
    public static boolean isNat(String s) {
        return NAT.matcher(s).matches();
    }

    public static boolean isInt(String s) {
        return INT.matcher(s).matches();
    }

    /** The value of an integer literal, unbounded. */
    public static BigInteger integer(String s) {
        String t = s.replace("_", "");
        boolean negative = t.startsWith("-");
        if (t.startsWith("+") || t.startsWith("-")) {
            t = t.substring(1);
        }
        BigInteger v = t.startsWith("0x") ? new BigInteger(t.substring(2), 16) : new BigInteger(t);
        return negative ? v.negate() : v;
    }

    /** An unsigned N-bit literal (no sign), or null if the value does not fit. */
    public static BigInteger unsigned(String s, int bits) {
        BigInteger v = integer(s);
        return v.bitLength() > bits ? null : v;
    }

    /**
     * An iN literal (spec 6.3.2: uN or sN, so -2^(N-1) .. 2^N-1; with a sign it is an sN, so a plus sign
     * allows only up to 2^(N-1)-1), as its N-bit pattern; or null when out of range.
     */
    public static Long bitsOf(String s, int bits) {
        BigInteger v = integer(s);
        BigInteger max = BigInteger.ONE.shiftLeft(s.startsWith("+") ? bits - 1 : bits);
        BigInteger min = BigInteger.ONE.shiftLeft(bits - 1).negate();
        if (v.compareTo(max) >= 0 || v.compareTo(min) < 0) {
            return null;
        }
        long l = v.mod(TWO_64).longValue();
        return bits == 64 ? l : l & ((1L << bits) - 1);
    }

    /** An f32 literal's bits, or null when a finite literal rounds to infinity or a NaN payload is bad. */
    public static Integer f32Bits(String s) {
        String t = s.replace("_", "");
        boolean negative = t.startsWith("-");
        String mag = t.startsWith("+") || t.startsWith("-") ? t.substring(1) : t;
        int sign = negative ? 0x80000000 : 0;
        if (mag.equals("inf")) {
            return sign | 0x7F800000;
        }
        if (mag.equals("nan")) {
            return sign | 0x7FC00000;
        }
        if (mag.startsWith("nan:0x")) {
            BigInteger p = new BigInteger(mag.substring(6), 16);
            if (p.signum() == 0 || p.bitLength() > 23) {
                return null;
            }
            return sign | 0x7F800000 | p.intValue();
        }
        float f = Float.parseFloat(javaSyntax(t));
        return Float.isInfinite(f) ? null : Float.floatToRawIntBits(f);
    }

    /** An f64 literal's bits, or null as for {@link #f32Bits}. */
    public static Long f64Bits(String s) {
        String t = s.replace("_", "");
        boolean negative = t.startsWith("-");
        String mag = t.startsWith("+") || t.startsWith("-") ? t.substring(1) : t;
        long sign = negative ? 0x8000000000000000L : 0;
        if (mag.equals("inf")) {
            return sign | 0x7FF0000000000000L;
        }
        if (mag.equals("nan")) {
            return sign | 0x7FF8000000000000L;
        }
        if (mag.startsWith("nan:0x")) {
            BigInteger p = new BigInteger(mag.substring(6), 16);
            if (p.signum() == 0 || p.bitLength() > 52) {
                return null;
            }
            return sign | 0x7FF0000000000000L | p.longValue();
        }
        double d = Double.parseDouble(javaSyntax(t));
        return Double.isInfinite(d) ? null : Double.doubleToRawLongBits(d);
    }

    /**
     * The literal in Java's syntax, which parses decimal and hexadecimal floats with correct rounding: hex
     * floats need a binary exponent, and huge exponents are clamped (they only decide overflow or
     * underflow, which a clamped exponent decides the same way).
     */
    private static String javaSyntax(String t) {
        boolean hex = t.contains("0x");
        char e = hex ? 'p' : 'e';
        int at = Math.max(t.indexOf(e), t.indexOf(Character.toUpperCase(e)));
        String mantissa = at < 0 ? t : t.substring(0, at);
        String exp = at < 0 ? "0" : t.substring(at + 1);
        BigInteger x = new BigInteger(exp.startsWith("+") ? exp.substring(1) : exp);
        BigInteger limit = BigInteger.valueOf(100_000_000);
        if (x.compareTo(limit) > 0) {
            x = limit;
        } else if (x.compareTo(limit.negate()) < 0) {
            x = limit.negate();
        }
        return mantissa + e + x;
    }
}
