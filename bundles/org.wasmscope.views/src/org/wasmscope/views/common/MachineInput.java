package org.wasmscope.views.common;

import org.wasmscope.runtime.debug.Frame;
import org.wasmscope.runtime.debug.Session;
import org.wasmscope.runtime.debug.Snapshot;

/**
 * What a machine view shows: a suspended session, the snapshot taken at that suspension, and the frame
 * the user selected (index in {@link Snapshot#frames()}; the top frame unless a stack frame was chosen in
 * the Debug view, -1 when there are no frames because the invocation returned).
 */
public record MachineInput(Session session, Snapshot snapshot, int frame) {
    /** The session's current snapshot, with its top frame selected. */
    public static MachineInput of(Session session) {
        Snapshot s = session.snapshot();
        return new MachineInput(session, s, s.frames().size() - 1);
    }

    /** The same suspension with frame {@code k} selected (clamped to the frames there are). */
    public MachineInput withFrame(int k) {
        return new MachineInput(session, snapshot, Math.min(Math.max(k, -1), snapshot.frames().size() - 1));
    }

    /** The selected frame, or null. */
    public Frame selectedFrame() {
        return frame < 0 ? null : snapshot.frames().get(frame);
    }
}
