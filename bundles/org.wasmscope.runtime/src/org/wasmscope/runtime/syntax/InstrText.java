package org.wasmscope.runtime.syntax;

/** Formats one instruction in the text format's flat syntax, with indices as numbers. */
public final class InstrText {
    private InstrText() {
    }

    public static String format(Instr i) {
        String n = i.op.text;
        return switch (i.op.immediates) {
            case NONE -> n;
            case BLOCK -> i.blockType == null || i.blockType == BlockType.EMPTY ? n : n + " " + i.blockType;
            case LABEL, FUNC, TYPE, LOCAL, GLOBAL, DATA, ELEM -> n + " " + i.x;
            case FIELD, ARRAY_FIXED, ARRAY_DATA, ARRAY_ELEM, ARRAY_COPY -> n + " " + i.x + " " + Integer.toUnsignedString(i.y);
            case REF_TYPE -> n + " " + i.types[0];
            case BR_ON_CAST -> n + " " + i.x + " " + i.types[0] + " " + i.types[1];
            case TABLE -> n + " " + i.x;
            case MEMORY -> n + memory(i.x);
            case BR_TABLE -> {
                StringBuilder b = new StringBuilder(n);
                for (int l : i.labels) {
                    b.append(' ').append(l);
                }
                yield b.toString();
            }
            case CALL_INDIRECT -> n + " " + i.y + " (type " + i.x + ")";
            case MEMARG -> n + memarg(i);
            case MEMARG_LANE -> n + memarg(i) + " " + i.lane;
            case I32 -> n + " " + (int) i.imm;
            case I64 -> n + " " + i.imm;
            case F32 -> n + " " + floatText(Float.intBitsToFloat((int) i.imm));
            case F64 -> n + " " + doubleText(Double.longBitsToDouble(i.imm));
            case SELECT_T -> {
                StringBuilder b = new StringBuilder(n).append(" (result");
                for (ValType t : i.types) {
                    b.append(' ').append(t);
                }
                yield b.append(')').toString();
            }
            case REF_NULL -> n + " " + i.types[0].heap;
            case MEMORY_INIT -> n + memory(i.y) + " " + i.x;
            case MEMORY_COPY -> i.x == 0 && i.y == 0 ? n : n + " " + i.x + " " + i.y;
            case TABLE_INIT -> n + " " + i.y + " " + i.x;
            case TABLE_COPY -> n + " " + i.x + " " + i.y;
            case V128 -> String.format("%s i64x2 0x%016x 0x%016x", n, i.imm, i.imm2);
            case SHUFFLE -> {
                StringBuilder b = new StringBuilder(n);
                for (byte l : i.lanes) {
                    b.append(' ').append(l);
                }
                yield b.toString();
            }
            case LANE -> n + " " + i.lane;
            case TAG -> n + " " + i.x;
            case TRY_TABLE -> {
                StringBuilder b = new StringBuilder(n);
                if (i.blockType != null && i.blockType != BlockType.EMPTY) {
                    b.append(' ').append(i.blockType);
                }
                for (Catch c : i.catches) {
                    b.append(' ').append(c);
                }
                yield b.toString();
            }
        };
    }

    /** A memory index, left out for memory 0 as the text format allows. */
    private static String memory(int x) {
        return x == 0 ? "" : " " + x;
    }

    private static String memarg(Instr i) {
        StringBuilder b = new StringBuilder(memory(i.y));
        if (i.imm != 0) {
            b.append(" offset=").append(Long.toUnsignedString(i.imm));
        }
        int natural = Integer.numberOfTrailingZeros(i.op.accessBytes);
        if (i.x != natural) {
            b.append(" align=").append(1L << i.x);
        }
        return b.toString();
    }

    /** A float as the text format would write it: decimal, or {@code nan:0x...}/{@code inf} forms. */
    public static String floatText(float f) {
        if (Float.isNaN(f)) {
            int bits = Float.floatToRawIntBits(f);
            String sign = bits < 0 ? "-" : "";
            int payload = bits & 0x7FFFFF;
            return payload == 0x400000 ? sign + "nan" : sign + "nan:0x" + Integer.toHexString(payload);
        }
        if (Float.isInfinite(f)) {
            return f > 0 ? "inf" : "-inf";
        }
        return Float.toString(f);
    }

    public static String doubleText(double d) {
        if (Double.isNaN(d)) {
            long bits = Double.doubleToRawLongBits(d);
            String sign = bits < 0 ? "-" : "";
            long payload = bits & 0xFFFFFFFFFFFFFL;
            return payload == 0x8000000000000L ? sign + "nan" : sign + "nan:0x" + Long.toHexString(payload);
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        return Double.toString(d);
    }
}
