package org.wasmscope.runtime.syntax;

/**
 * A table definition (spec 2.5.4): its type and the constant expression every element starts as; null for
 * the abbreviated form, whose elements start as null ({@code ref.null} of the element type's heap type).
 */
public record Table(TableType type, Instr[] init) {
    public static Table of(TableType type) {
        return new Table(type, null);
    }

    @Override
    public String toString() {
        return init == null ? type.toString() : type + " (init)";
    }
}
