package org.wasmscope.runtime.debug;

/**
 * Where a thrown exception is caught (spec 4.4.8, throw_ref: the innermost handler with a clause for its
 * tag, frame by frame from the top): clause {@code clause} of the try_table whose label has depth
 * {@code labelDepth} in frame {@code frame}.
 *
 * @param frame      index in {@link Snapshot#frames()}; the frames above it are left without results
 * @param labelDepth the {@link Label#depth()} of the try_table's label in that frame
 * @param clause     index into that label's {@link Label#catches()}
 */
public record CatchSite(int frame, int labelDepth, int clause) {
}
