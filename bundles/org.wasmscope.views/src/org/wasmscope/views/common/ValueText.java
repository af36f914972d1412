package org.wasmscope.views.common;

import org.wasmscope.runtime.RefBits;
import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.syntax.InstrText;

/**
 * The text of a runtime {@link Value} without its type, in the text format's notation so that what a
 * view shows can be pasted back into a {@code .wat}: integers signed in decimal or as their two's
 * complement bits in hex; floats exact, with {@code inf}, {@code nan} and NaN payloads
 * ({@code nan:0x200000}) as the text format writes them; v128 as four i32 lanes; references as
 * {@code null}, the address or host number they hold, or as {@link Value#valueText()} writes an i31
 * ({@code i31:5}) or a struct or array reference ({@link ObjectRows} names and opens its object).
 */
public final class ValueText {
    private ValueText() {
    }

    public static String of(Value v, NumberFormat format) {
        boolean hex = format == NumberFormat.HEX;
        return switch (v.type().kind) {
            case I32 -> hex ? hex32(v.asInt()) : Integer.toString(v.asInt());
            case I64 -> hex ? hex64(v.asLong()) : Long.toString(v.asLong());
            case F32 -> f32(v.asFloat(), hex);
            case F64 -> f64(v.asDouble(), hex);
            case V128 -> v128(v.bits(), v.high(), hex);
            case REF -> RefBits.kind(v.bits()) != RefBits.ADDRESS ? v.valueText()
                    : hex ? "0x" + Long.toHexString(v.bits()) : Long.toString(v.bits());
        };
    }

    /** {@code i32:-1} or {@code i32:0xffffffff}: the type, a colon and the value, as the command line prints. */
    public static String typed(Value v, NumberFormat format) {
        return v.type() + ":" + of(v, format);
    }

    static String hex32(int i) {
        return String.format("0x%08x", i);
    }

    static String hex64(long l) {
        return String.format("0x%016x", l);
    }

    private static String f32(float f, boolean hex) {
        if (Float.isNaN(f) || Float.isInfinite(f) || !hex) {
            return InstrText.floatText(f);
        }
        return Float.toHexString(f);
    }

    private static String f64(double d, boolean hex) {
        if (Double.isNaN(d) || Double.isInfinite(d) || !hex) {
            return InstrText.doubleText(d);
        }
        return Double.toHexString(d);
    }

    private static String v128(long low, long high, boolean hex) {
        int[] lanes = {(int) low, (int) (low >>> 32), (int) high, (int) (high >>> 32)};
        StringBuilder b = new StringBuilder("i32x4");
        for (int lane : lanes) {
            b.append(' ').append(hex ? hex32(lane) : Integer.toString(lane));
        }
        return b.toString();
    }
}
