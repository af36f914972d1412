package org.wasmscope.runtime.debug;

/** The life cycle of a {@link Session}. */
public enum SessionState {
    /** Created, nothing started yet. */
    NEW,
    /** Executing on the session's thread; snapshots and writes are not available. */
    RUNNING,
    /** Stopped before an instruction (or at a trap, or after the invocation returned); see {@link Session#reason()}. */
    SUSPENDED,
    /** Ended: terminated, unwound by a trap, or resumed after the invocation returned. Final. */
    TERMINATED
}
