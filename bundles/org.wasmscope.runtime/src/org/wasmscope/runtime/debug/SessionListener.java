package org.wasmscope.runtime.debug;

/**
 * Observes a {@link Session}. Called on the session's own thread, in order, after the state changed (so
 * {@link Session#state()} already tells the new state). Keep callbacks short: execution waits for them.
 * A callback may call the session's control methods (they do not block).
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
