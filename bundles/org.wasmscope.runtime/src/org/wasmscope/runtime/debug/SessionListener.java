package org.wasmscope.runtime.debug;

/**
 * Observes a {@link Session}. Called one call at a time, in the order of the changes, after the state changed
 * (so {@link Session#state()} already tells the new state): on the session's own thread, except while it
 * waits in a host function, when a pause, the resume from it or a terminate is reported on the thread that
 * asked for it (see {@link Session}). Keep callbacks short: execution waits for them. A callback may call the
 * session's control methods (they do not block).
 */
public interface SessionListener {
    /** Execution started or continued for {@code action}. */
    default void resumed(Session session, Action action) {
    }

    /** Execution stopped; {@link Session#snapshot()} is the machine's state now. */
    default void suspended(Session session, SuspendReason reason, Snapshot snapshot) {
    }

    /** The session ended; its thread ends after this returns. */
    default void terminated(Session session) {
    }
}
