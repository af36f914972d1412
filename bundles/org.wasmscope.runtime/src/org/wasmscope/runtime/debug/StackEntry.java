package org.wasmscope.runtime.debug;

import org.wasmscope.runtime.Value;

/**
 * One value of the operand stack (spec 4.2.14), attributed to its owners.
 *
 * @param index      position in {@link Snapshot#stack()}, 0 at the bottom
 * @param value      the typed value (the type is the one validation gives that stack position)
 * @param frameIndex the frame whose operand stack holds it ({@link Snapshot#frames()} index)
 * @param labelDepth the innermost label of that frame the value lies above (spec label index: 0 the
 *                   innermost label at the frame's position, counted outwards); index into
 *                   {@link Frame#labels()} is {@code labels().size() - 1 - labelDepth}
 * @param height     position within its frame's operand stack, 0 at the frame's bottom
 */
public record StackEntry(int index, Value value, int frameIndex, int labelDepth, int height) {
}
