package org.wasmscope.runtime.debug;

import org.wasmscope.runtime.syntax.Catch;

/**
 * One catch clause of a try_table's handler, as a {@link Label} of kind TRY_TABLE shows it.
 *
 * @param kind         catch, catch_ref, catch_all or catch_all_ref
 * @param tag          the tag index in the module, or -1 for the catch_all kinds
 * @param tagName      the tag's name ({@code $id}), or null
 * @param targetDepth  the {@link Label#depth()} of the label it branches to, counted as inside the
 *                     try_table (so at least the try_table's own depth plus one: the handler is outside it)
 * @param continuation index in the body of the instruction that label continues at
 */
public record CatchView(Catch.Kind kind, int tag, String tagName, int targetDepth, int continuation) {
}
