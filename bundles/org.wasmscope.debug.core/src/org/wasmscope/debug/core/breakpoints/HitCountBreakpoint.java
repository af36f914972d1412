package org.wasmscope.debug.core.breakpoints;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.model.IBreakpoint;

/**
 * A breakpoint that suspends from its {@link #HIT_COUNT}th hit on; the hits before only count (the line
 * breakpoints, each entry into the line's code a hit, and exception breakpoints, each matching throw a hit).
 */
public interface HitCountBreakpoint extends IBreakpoint {
    /** Integer marker attribute: the hit that first suspends (hits before it only count). */
    String HIT_COUNT = "org.wasmscope.debug.core.hitCount";

    /** The hit that first suspends: 1, the default, suspends on every hit, 3 lets two hits go by. */
    default int getHitCount() {
        IMarker m = getMarker();
        return m == null ? 1 : Math.max(1, m.getAttribute(HIT_COUNT, 1));
    }

    /** Sets the {@link #getHitCount() hit that first suspends} (at least 1). */
    void setHitCount(int hit) throws CoreException;
}
