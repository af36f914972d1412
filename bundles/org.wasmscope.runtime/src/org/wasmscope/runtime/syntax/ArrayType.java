package org.wasmscope.runtime.syntax;

import java.util.function.UnaryOperator;

/** An array type (spec 2.3.7): any number of elements of one field type. */
public record ArrayType(FieldType element) implements CompType {

    @Override
    public ArrayType map(UnaryOperator<HeapType> f) {
        return new ArrayType(element.map(f));
    }

    /** Arrays match when their element fields do. */
    @Override
    public boolean matches(CompType sup) {
        return sup instanceof ArrayType a && element.matches(a.element);
    }

    @Override
    public AbsHeap abstractType() {
        return AbsHeap.ARRAY;
    }

    /** The text format: {@code (array (mut i16))}. */
    @Override
    public String toString() {
        return "(array " + element + ")";
    }
}
