package org.wasmscope.runtime.syntax;

/**
 * The limits of this implementation on a module's structure (spec appendix A.2, implementation
 * limitations), the same for the binary and the text format: a module beyond one is malformed, with the
 * message given here. The limits on what a running module allocates are the store's
 * ({@code store.ResourceLimits}).
 */
public final class ImplementationLimits {
    private ImplementationLimits() {
    }

    /**
     * The most locals a function may declare (besides its parameters). The binary format allows up to
     * 2^32-1, which no Java array holds; web engines stop at 50000 too.
     */
    public static final int MAX_LOCALS = 50_000;
    public static final String TOO_MANY_LOCALS = "too many locals";

    /** The most structured instructions (block, loop, if, try_table) one may nest in a function. */
    public static final int MAX_NESTING = 100_000;
    public static final String NESTING_TOO_DEEP = "nesting too deep";
}
