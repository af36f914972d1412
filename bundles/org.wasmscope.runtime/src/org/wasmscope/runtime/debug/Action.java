package org.wasmscope.runtime.debug;

/** What a {@link Session} was asked to do when it left a suspension (for {@link SessionListener#resumed}). */
public enum Action {
    /** Execute one instruction; a call stops before the callee's first instruction. */
    STEP_INTO,
    /** Execute one instruction of the current function; a call runs to its return. */
    STEP_OVER,
    /** Run until the current function returns to its caller, stopping after the call. */
    STEP_OUT,
    /** Run until a breakpoint, a trap, a pause or the end. */
    RESUME
}
