package org.wasmscope.runtime.dwarf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A C type from {@code .debug_info} (DWARF 5 §5): a base type, pointer, array, struct, union, enum,
 * typedef, const or volatile qualifier, function type, or {@code void}. Built once per entry by
 * {@link DebugInfo}; a type that refers to itself (a list node's {@code next}) is the same object.
 */
public final class CType {
    public enum Kind {
        BASE, POINTER, ARRAY, STRUCT, UNION, ENUM, TYPEDEF, CONST, VOLATILE, FUNCTION, VOID
    }

    /** A struct or union member at byte {@code offset} of its aggregate. */
    public record Member(String name, long offset, CType type) {
    }

    /** The type of what nothing describes: {@code void}, or a type whose entry is missing or damaged. */
    public static final CType VOID = new CType(Kind.VOID, "void", 0, 0);

    private final Kind kind;
    private final String name;
    private final long byteSize;
    private final int encoding;
    CType target = VOID;
    final List<Long> counts = new ArrayList<>();
    final List<Member> members = new ArrayList<>();
    final Map<Long, String> enumerators = new LinkedHashMap<>();

    CType(Kind kind, String name, long byteSize, int encoding) {
        this.kind = kind;
        this.name = name;
        this.byteSize = byteSize;
        this.encoding = encoding;
    }

    public Kind kind() {
        return kind;
    }

    /** Its name as declared (the tag of a struct, union or enum), or null. */
    public String name() {
        return name;
    }

    /** What a pointer points to, an array's elements, what a typedef or qualifier names, an enum's base. */
    public CType target() {
        return target;
    }

    /** An array's element counts, outermost first (-1 for an unknown count). */
    public List<Long> counts() {
        return List.copyOf(counts);
    }

    public List<Member> members() {
        return List.copyOf(members);
    }

    /** An enum's enumerators, value to name, in declaration order. */
    public Map<Long, String> enumerators() {
        return Map.copyOf(enumerators);
    }

    /** The type without typedefs and qualifiers. */
    public CType resolved() {
        CType t = this;
        for (int hops = 0; hops < 64 && (t.kind == Kind.TYPEDEF || t.kind == Kind.CONST || t.kind == Kind.VOLATILE); hops++) {
            t = t.target;
        }
        return t;
    }

    /** Its size in bytes (through typedefs; an array: its count times its element's), 0 if unknown. */
    public long size() {
        CType t = resolved();
        if (t.byteSize > 0 || t.kind != Kind.ARRAY) {
            return t.byteSize;
        }
        long n = t.target.size();
        for (long c : t.counts) {
            n *= Math.max(0, c);
        }
        return n;
    }

    public boolean isFloat() {
        return kind == Kind.BASE && encoding == Dw.ATE_FLOAT;
    }

    public boolean isSigned() {
        return kind == Kind.BASE && (encoding == Dw.ATE_SIGNED || encoding == Dw.ATE_SIGNED_CHAR);
    }

    public boolean isChar() {
        return kind == Kind.BASE && byteSize == 1
                && (encoding == Dw.ATE_SIGNED_CHAR || encoding == Dw.ATE_UNSIGNED_CHAR || encoding == Dw.ATE_UTF);
    }

    public boolean isBool() {
        return kind == Kind.BASE && encoding == Dw.ATE_BOOLEAN;
    }

    /** The C spelling: {@code int}, {@code const char *}, {@code int[4]}, {@code struct point}. */
    public String displayName() {
        return switch (kind) {
            case BASE, TYPEDEF -> name != null ? name : "<unnamed>";
            case VOID -> "void";
            case STRUCT -> "struct " + (name == null ? "<anonymous>" : name);
            case UNION -> "union " + (name == null ? "<anonymous>" : name);
            case ENUM -> "enum " + (name == null ? "<anonymous>" : name);
            case CONST -> "const " + target.displayName();
            case VOLATILE -> "volatile " + target.displayName();
            case POINTER -> {
                String to = target.displayName();
                yield to.endsWith("*") ? to + "*" : to + " *";
            }
            case FUNCTION -> target.displayName() + " (*)()";
            case ARRAY -> {
                StringBuilder b = new StringBuilder(target.displayName());
                for (long c : counts) {
                    b.append('[').append(c >= 0 ? Long.toString(c) : "").append(']');
                }
                yield b.toString();
            }
        };
    }

    @Override
    public String toString() {
        return displayName();
    }
}
