package org.wasmscope.runtime.syntax;

/** The packed storage types (spec 2.3.7): an i32 stored in its low 8 or 16 bits. */
public enum PackedType implements StorageType {
    I8(8, 0x78, "i8"),
    I16(16, 0x77, "i16");

    /** How many bits of the value are stored. */
    public final int bits;
    /** The type's byte in the binary format. */
    public final int code;
    /** The keyword of the text format. */
    public final String text;

    PackedType(int bits, int code, String text) {
        this.bits = bits;
        this.code = code;
        this.text = text;
    }

    @Override
    public ValType unpacked() {
        return ValType.I32;
    }

    @Override
    public boolean defaultable() {
        return true;
    }

    /** The packed type encoded by {@code b}, or null. */
    public static PackedType ofCode(int b) {
        for (PackedType p : values()) {
            if (p.code == b) {
                return p;
            }
        }
        return null;
    }

    /** The packed type named {@code s} in the text format, or null. */
    public static PackedType ofText(String s) {
        for (PackedType p : values()) {
            if (p.text.equals(s)) {
                return p;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return text;
    }
}
