package org.wasmscope.runtime.store;

import org.wasmscope.runtime.Trap;

/**
 * A function implemented in Java (spec 4.2.6, host function). Arguments and results are in the machine's
 * slot encoding (see {@link org.wasmscope.runtime.Value}): one long per value, two for a v128 (low, then
 * high). It may throw a {@link Trap}.
 */
@FunctionalInterface
public interface HostFunction {
    long[] apply(long[] args);
}
