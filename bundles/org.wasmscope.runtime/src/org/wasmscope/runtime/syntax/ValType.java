package org.wasmscope.runtime.syntax;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Value types (spec 2.3.4): number types, the vector type and reference types {@code (ref null? ht)}.
 *
 * <p>Every instance is interned: two value types are equal exactly when they are the same object, so
 * {@code ==} compares them. A reference to a defined type is interned per canonical {@link DefType}, so after
 * validation resolved the module's type indices, equivalent types of different modules are identical too.
 */
public final class ValType implements StorageType {
    /** What kind of value a type describes; a switch over it distinguishes the representations. */
    public enum Kind {
        I32, I64, F32, F64, V128, REF
    }

    public static final ValType I32 = new ValType(Kind.I32, 0x7F, "i32");
    public static final ValType I64 = new ValType(Kind.I64, 0x7E, "i64");
    public static final ValType F32 = new ValType(Kind.F32, 0x7D, "f32");
    public static final ValType F64 = new ValType(Kind.F64, 0x7C, "f64");
    public static final ValType V128 = new ValType(Kind.V128, 0x7B, "v128");

    /** The references to abstract heap types, [nullable ? 1 : 0][heap.ordinal()]. */
    private static final ValType[][] ABSTRACT = new ValType[2][AbsHeap.values().length];
    static {
        for (AbsHeap h : AbsHeap.values()) {
            ABSTRACT[0][h.ordinal()] = new ValType(false, h);
            ABSTRACT[1][h.ordinal()] = new ValType(true, h);
        }
    }
    /** References to type indices (syntax, before validation), by {@code index << 1 | nullable}. */
    private static final ConcurrentHashMap<Long, ValType> INDEXED = new ConcurrentHashMap<>();

    public static final ValType FUNCREF = ref(true, AbsHeap.FUNC);
    public static final ValType EXTERNREF = ref(true, AbsHeap.EXTERN);
    public static final ValType EXNREF = ref(true, AbsHeap.EXN);
    public static final ValType ANYREF = ref(true, AbsHeap.ANY);
    public static final ValType EQREF = ref(true, AbsHeap.EQ);
    public static final ValType I31REF = ref(true, AbsHeap.I31);
    public static final ValType STRUCTREF = ref(true, AbsHeap.STRUCT);
    public static final ValType ARRAYREF = ref(true, AbsHeap.ARRAY);
    public static final ValType NULLREF = ref(true, AbsHeap.NONE);
    public static final ValType NULLFUNCREF = ref(true, AbsHeap.NOFUNC);
    public static final ValType NULLEXTERNREF = ref(true, AbsHeap.NOEXTERN);
    public static final ValType NULLEXNREF = ref(true, AbsHeap.NOEXN);

    public final Kind kind;
    /** For a reference type: whether it includes null. */
    public final boolean nullable;
    /** For a reference type: the heap type it refers to; null for number and vector types. */
    public final HeapType heap;
    private final int code;
    private final String text;

    private ValType(Kind kind, int code, String text) {
        this.kind = kind;
        this.nullable = false;
        this.heap = null;
        this.code = code;
        this.text = text;
    }

    /** A reference type; only {@link #ref} and {@link DefType} create them, so that they are interned. */
    ValType(boolean nullable, HeapType heap) {
        this.kind = Kind.REF;
        this.nullable = nullable;
        this.heap = heap;
        if (heap instanceof AbsHeap a && nullable && a != AbsHeap.BOT) {
            this.code = a.code;
            this.text = switch (a) {
                case NONE -> "nullref";
                case NOFUNC, NOEXTERN, NOEXN -> "null" + a.text.substring(2) + "ref";
                default -> a.text + "ref";
            };
        } else {
            this.code = -1;
            this.text = null;
        }
    }

    /** The reference type {@code (ref null? heap)}. */
    public static ValType ref(boolean nullable, HeapType heap) {
        return switch (heap) {
            case AbsHeap a -> ABSTRACT[nullable ? 1 : 0][a.ordinal()];
            case DefType d -> nullable ? d.refNull : d.ref;
            case TypeIdx x -> INDEXED.computeIfAbsent((long) x.index() << 1 | (nullable ? 1 : 0),
                    k -> new ValType(nullable, x));
        };
    }

    /** This type with the heap type of a reference type replaced by {@code f} (substitution, spec 2.3.8). */
    public ValType map(UnaryOperator<HeapType> f) {
        return isRef() ? ref(nullable, f.apply(heap)) : this;
    }

    @Override
    public ValType unpacked() {
        return this;
    }

    /** This reference type with the given nullability. */
    public ValType withNullable(boolean n) {
        return ref(n, heap);
    }

    public boolean isRef() {
        return kind == Kind.REF;
    }

    public boolean isNum() {
        return kind != Kind.REF && kind != Kind.V128;
    }

    public boolean isVec() {
        return kind == Kind.V128;
    }

    /** Slots a value of this type occupies on the interpreter's operand stack. */
    public int slots() {
        return kind == Kind.V128 ? 2 : 1;
    }

    /** Whether the type has a default value (spec 3.2.4), so that a local of it needs no initialization. */
    @Override
    public boolean defaultable() {
        return kind != Kind.REF || nullable;
    }

    /** Subtyping (spec 3.3.3): this type matches {@code sup}, so a value of it may be used where one of sup is expected. */
    public boolean matches(ValType sup) {
        if (this == sup) {
            return true;
        }
        if (kind != Kind.REF || sup.kind != Kind.REF || nullable && !sup.nullable) {
            return false;
        }
        return heap.matches(sup.heap);
    }

    /** This type with its type indices replaced by the canonical defined types of the module's type index space. */
    public ValType resolve(DefType[] types) {
        return heap instanceof TypeIdx x ? ref(nullable, types[x.index()]) : this;
    }

    /** The value type encoded by the one byte {@code b} (a number, vector or shorthand reference type), or null. */
    public static ValType ofCode(int b) {
        for (ValType t : new ValType[] {I32, I64, F32, F64, V128}) {
            if (t.code == b) {
                return t;
            }
        }
        AbsHeap h = AbsHeap.ofCode(b);
        return h == null ? null : ref(true, h);
    }

    /** The value type named by the keyword {@code s} in the text format (including the shorthands), or null. */
    public static ValType ofText(String s) {
        for (ValType t : new ValType[] {I32, I64, F32, F64, V128}) {
            if (t.text.equals(s)) {
                return t;
            }
        }
        for (AbsHeap h : AbsHeap.values()) {
            ValType t = ABSTRACT[1][h.ordinal()];
            if (s.equals(t.text)) {
                return t;
            }
        }
        return null;
    }

    /** The one byte encoding this type in the binary format, or -1 if it needs the long form (0x63/0x64 and a heap type). */
    public int code() {
        return code;
    }

    /** The text format: a keyword, or {@code (ref null? ht)}. */
    @Override
    public String toString() {
        if (text != null) {
            return text;
        }
        return nullable ? "(ref null " + heap + ")" : "(ref " + heap + ")";
    }
}
