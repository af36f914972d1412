package org.wasmscope.runtime.syntax;

import java.util.function.UnaryOperator;

/** A field type (spec 2.3.7): the storage type of a struct field or array element, and whether it is mutable. */
public record FieldType(StorageType storage, boolean mutable) {

    /** The same field with every heap type in its storage type replaced by {@code f}. */
    public FieldType map(UnaryOperator<HeapType> f) {
        return storage instanceof ValType t ? new FieldType(t.map(f), mutable) : this;
    }

    /**
     * Field subtyping (spec 3.3.3): the same mutability; an immutable field may be of a subtype
     * (covariant), a mutable one, being written too, only of an equivalent type (invariant).
     */
    public boolean matches(FieldType sup) {
        return mutable == sup.mutable && StorageType.matches(storage, sup.storage)
                && (!mutable || StorageType.matches(sup.storage, storage));
    }

    /** The type of the field's value on the operand stack (i32 for a packed field). */
    public ValType unpacked() {
        return storage.unpacked();
    }

    public boolean isPacked() {
        return storage instanceof PackedType;
    }

    public boolean defaultable() {
        return storage.defaultable();
    }

    /** The text format: {@code i32} or {@code (mut i8)}. */
    @Override
    public String toString() {
        return mutable ? "(mut " + storage + ")" : storage.toString();
    }
}
