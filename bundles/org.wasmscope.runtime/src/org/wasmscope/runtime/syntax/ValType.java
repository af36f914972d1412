package org.wasmscope.runtime.syntax;

/** Value types (spec 2.3.4): number types, the vector type and reference types. */
public enum ValType {
    I32(0x7F, "i32"),
    I64(0x7E, "i64"),
    F32(0x7D, "f32"),
    F64(0x7C, "f64"),
    V128(0x7B, "v128"),
    FUNCREF(0x70, "funcref"),
    EXTERNREF(0x6F, "externref"),
    /** A reference to an exception instance (spec 3.0, exception handling). */
    EXNREF(0x69, "exnref");

    /** The type's byte in the binary format. */
    public final int code;
    /** The type's keyword in the text format. */
    public final String text;

    ValType(int code, String text) {
        this.code = code;
        this.text = text;
    }

    public boolean isRef() {
        return this == FUNCREF || this == EXTERNREF || this == EXNREF;
    }

    public boolean isNum() {
        return this == I32 || this == I64 || this == F32 || this == F64;
    }

    /** The value type encoded by {@code b}, or null. */
    public static ValType ofCode(int b) {
        for (ValType t : values()) {
            if (t.code == b) {
                return t;
            }
        }
        return null;
    }

    /** The value type named {@code s} in the text format, or null. */
    public static ValType ofText(String s) {
        for (ValType t : values()) {
            if (t.text.equals(s)) {
                return t;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return text;
    }
}
