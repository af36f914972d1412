package org.wasmscope.runtime.syntax;

/**
 * The abstract heap types (spec 2.3.3) in their three hierarchies, and {@link #BOT}, the bottom type that
 * validation gives a reference taken from an unknown operand (never written in a module).
 *
 * <pre>
 *  any > eq > i31, struct, array > none      func > nofunc      exn > noexn      extern > noextern
 * </pre>
 */
public enum AbsHeap implements HeapType {
    FUNC(0x70, "func"),
    NOFUNC(0x73, "nofunc"),
    EXTERN(0x6F, "extern"),
    NOEXTERN(0x72, "noextern"),
    EXN(0x69, "exn"),
    NOEXN(0x74, "noexn"),
    ANY(0x6E, "any"),
    EQ(0x6D, "eq"),
    I31(0x6C, "i31"),
    STRUCT(0x6B, "struct"),
    ARRAY(0x6A, "array"),
    NONE(0x71, "none"),
    BOT(-1, "bot");

    /** The heap type's byte in the binary format (also the shorthand of its nullable reference type). */
    public final int code;
    /** The keyword of the text format. */
    public final String text;

    AbsHeap(int code, String text) {
        this.code = code;
        this.text = text;
    }

    /** The greatest type of this type's hierarchy; BOT is its own. */
    public AbsHeap top() {
        return switch (this) {
            case FUNC, NOFUNC -> FUNC;
            case EXTERN, NOEXTERN -> EXTERN;
            case EXN, NOEXN -> EXN;
            case ANY, EQ, I31, STRUCT, ARRAY, NONE -> ANY;
            case BOT -> BOT;
        };
    }

    /** The least type of this type's hierarchy; BOT is its own. */
    public AbsHeap bottom() {
        return switch (top()) {
            case FUNC -> NOFUNC;
            case EXTERN -> NOEXTERN;
            case EXN -> NOEXN;
            case ANY -> NONE;
            default -> BOT;
        };
    }

    /** Subtyping between abstract heap types (spec 3.3.3). */
    public boolean matches(AbsHeap sup) {
        if (this == sup || this == BOT) {
            return true;
        }
        if (top() != sup.top()) {
            return false;
        }
        return this == bottom() || sup == top() || sup == EQ && (this == I31 || this == STRUCT || this == ARRAY);
    }

    /** The heap type encoded by {@code b}, or null. */
    public static AbsHeap ofCode(int b) {
        for (AbsHeap h : values()) {
            if (h.code == b) {
                return h;
            }
        }
        return null;
    }

    /** The heap type named {@code s} in the text format, or null. */
    public static AbsHeap ofText(String s) {
        for (AbsHeap h : values()) {
            if (h != BOT && h.text.equals(s)) {
                return h;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return text;
    }
}
