package org.wasmscope.runtime.debug;

import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.syntax.FieldType;

/**
 * A field of a struct instance or an element of an array instance (3.0, spec: aggregate instances), as read when asked.
 *
 * @param index the field index ({@code struct.get $t index}) or element index
 * @param name  the field's name (name section or {@code .wat} identifier, without {@code $}); null if it
 *              has none, and for an element
 * @param type  the field or element type (its storage type may be packed: i8, i16)
 * @param value its value: a packed one as the i32 it holds, zero-extended
 */
public record FieldView(int index, String name, FieldType type, Value value) {
    /** {@code name} or the index. */
    public String displayName() {
        return name != null ? name : Integer.toString(index);
    }
}
