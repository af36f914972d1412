package org.wasmscope.runtime.syntax;

/**
 * A storage type (spec 2.3.7): what a struct field or an array element holds, a value type or a packed
 * type that stores an i32 in fewer bits.
 */
public sealed interface StorageType permits ValType, PackedType {

    /** The type of the field's value on the operand stack: the value type itself, i32 for a packed type. */
    ValType unpacked();

    /** Whether a field of this type has a default value (spec 3.2.4): packed types default to 0. */
    boolean defaultable();

    /**
     * Storage subtyping (spec 3.3.3): value types by {@link ValType#matches}, a packed type only
     * matches itself.
     */
    static boolean matches(StorageType t, StorageType sup) {
        return t == sup || t instanceof ValType v && sup instanceof ValType s && v.matches(s);
    }
}
