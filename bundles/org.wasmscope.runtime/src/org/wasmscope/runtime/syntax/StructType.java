package org.wasmscope.runtime.syntax;

import java.util.Arrays;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;

/**
 * A structure type (spec 2.3.7): a sequence of fields, each with its own type. Immutable: do not write into its
 * array.
 */
public final class StructType implements CompType {
    public final FieldType[] fields;

    public StructType(FieldType[] fields) {
        this.fields = fields;
    }

    @Override
    public StructType map(UnaryOperator<HeapType> f) {
        FieldType[] mapped = new FieldType[fields.length];
        for (int i = 0; i < fields.length; i++) {
            mapped[i] = fields[i].map(f);
        }
        return new StructType(mapped);
    }

    /** Width and depth subtyping: the supertype's fields are a prefix, field by field matched. */
    @Override
    public boolean matches(CompType sup) {
        if (!(sup instanceof StructType s) || s.fields.length > fields.length) {
            return false;
        }
        for (int i = 0; i < s.fields.length; i++) {
            if (!fields[i].matches(s.fields[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public AbsHeap abstractType() {
        return AbsHeap.STRUCT;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StructType s && Arrays.equals(fields, s.fields);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(fields);
    }

    /** The text format: {@code (struct (field i32) (field (mut i8)))}. */
    @Override
    public String toString() {
        return text(i -> null);
    }

    /** The text format with the field identifiers {@code fieldName} gives (null: none), e.g. {@code (field $x i32)}. */
    public String text(IntFunction<String> fieldName) {
        StringBuilder b = new StringBuilder("(struct");
        for (int i = 0; i < fields.length; i++) {
            String name = fieldName.apply(i);
            b.append(" (field ").append(name != null ? "$" + name + " " : "").append(fields[i]).append(')');
        }
        return b.append(')').toString();
    }
}
