package org.wasmscope.runtime.debug;

import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.syntax.ValType;

/**
 * A local of a frame (spec 4.2.15: the frame's locals, parameters first).
 *
 * @param index the local index ({@code local.get index})
 * @param name  from the name section or the {@code .wat} identifier (without {@code $}), or null
 */
public record Local(int index, String name, ValType type, Value value) {
    /** {@code $name} or {@code local[index]}. */
    public String displayName() {
        return name != null ? "$" + name : "local[" + index + "]";
    }
}
