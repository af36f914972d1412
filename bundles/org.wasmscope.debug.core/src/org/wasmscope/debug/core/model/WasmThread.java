package org.wasmscope.debug.core.model;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.debug.core.model.IStackFrame;
import org.eclipse.debug.core.model.IThread;
import org.wasmscope.runtime.debug.Action;
import org.wasmscope.debug.core.WasmDebugCore;
import org.wasmscope.runtime.debug.Frame;
import org.wasmscope.runtime.debug.Session;
import org.wasmscope.runtime.debug.SessionState;
import org.wasmscope.runtime.debug.Snapshot;
import org.wasmscope.runtime.debug.SourceFrame;
import org.wasmscope.runtime.debug.SuspendReason;

/**
 * The one thread of a WebAssembly debug target: the invocation running on the target's session. Its
 * frames are the machine's call frames, top first, where the module has DWARF debug information each as
 * the C frames it runs (its function and the calls inlined into it at its position); its label tells why
 * it is suspended (a breakpoint, a step, a pause, or the trap with its message). Steps go by source line
 * where there is a line table, unless {@link WasmDebugCore#isInstructionStepping()}.
 */
public final class WasmThread extends WasmDebugElement implements IThread {
    private final String name;
    /** Frame objects of the last suspension, top first; reused across suspensions where they match. */
    private List<WasmStackFrame> frames = List.of();
    private Snapshot framesOf;
    private volatile Action running;
    private volatile IBreakpoint[] hitBreakpoints = new IBreakpoint[0];

    WasmThread(WasmDebugTarget target, String name) {
        super(target);
        this.name = name;
    }

    private Session session() {
        return target().session();
    }

    // ---------------------------------------------------------------- events from the session's thread

    void resumed(Action action) {
        running = action;
        hitBreakpoints = new IBreakpoint[0];
        int detail = switch (action) {
            case STEP_INTO -> DebugEvent.STEP_INTO;
            case STEP_OVER -> DebugEvent.STEP_OVER;
            case STEP_OUT -> DebugEvent.STEP_RETURN;
            case RESUME -> DebugEvent.CLIENT_REQUEST;
        };
        fireResumeEvent(detail);
    }

    void suspended(SuspendReason reason, IBreakpoint hit) {
        running = null;
        hitBreakpoints = hit == null ? new IBreakpoint[0] : new IBreakpoint[] { hit };
        int detail = switch (reason) {
            case SuspendReason.BreakpointHit b -> DebugEvent.BREAKPOINT;
            case SuspendReason.Step s -> DebugEvent.STEP_END;
            case SuspendReason.Pause p -> DebugEvent.CLIENT_REQUEST;
            case SuspendReason.Waiting w -> DebugEvent.CLIENT_REQUEST;
            case SuspendReason.Entry e -> DebugEvent.BREAKPOINT; // as a breakpoint there would: the source is shown
            case SuspendReason.Trapped t -> DebugEvent.BREAKPOINT;
            case SuspendReason.Thrown t -> DebugEvent.BREAKPOINT;
            case SuspendReason.Done d -> DebugEvent.UNSPECIFIED;
        };
        fireSuspendEvent(detail);
    }

    // ---------------------------------------------------------------- frames

    @Override
    public synchronized IStackFrame[] getStackFrames() {
        Session s = session();
        if (s == null || s.state() != SessionState.SUSPENDED) {
            return new IStackFrame[0];
        }
        Snapshot snapshot = s.snapshot();
        if (snapshot != framesOf) {
            List<WasmStackFrame> next = new ArrayList<>();
            List<Frame> data = snapshot.frames();
            for (int k = data.size() - 1; k >= 0; k--) {
                Frame f = data.get(k);
                List<SourceFrame> sources = SourceFrame.of(s, snapshot, f);
                if (sources.isEmpty()) {
                    next.add(reuse(f, null, 0));
                }
                for (int i = 0; i < sources.size(); i++) { // the innermost inlined call first
                    next.add(reuse(f, sources.get(i), sources.size() - 1 - i));
                }
            }
            frames = next;
            framesOf = snapshot;
        }
        return frames.toArray(IStackFrame[]::new);
    }

    private WasmStackFrame reuse(Frame f, SourceFrame source, int inlined) {
        for (WasmStackFrame old : frames) {
            if (old.matches(f, source, inlined)) {
                old.update(f, source);
                return old;
            }
        }
        return new WasmStackFrame(this, f, source, inlined);
    }

    @Override
    public boolean hasStackFrames() {
        return getStackFrames().length > 0;
    }

    @Override
    public IStackFrame getTopStackFrame() {
        IStackFrame[] f = getStackFrames();
        return f.length == 0 ? null : f[0];
    }

    @Override
    public int getPriority() {
        return 0;
    }

    /**
     * {@code main() [factorial.wat]}, then why it is suspended: {@code (trap: integer divide by zero)},
     * {@code (exception thrown: $overflow (i32 200))}.
     */
    @Override
    public String getName() {
        Session s = session();
        if (s == null || isTerminated()) {
            return name;
        }
        if (s.state() != SessionState.SUSPENDED) {
            return name + " (running)";
        }
        return name + " (" + describe(s) + ")";
    }

    private static String describe(Session session) {
        return switch (session.reason()) {
            case null -> "suspended";
            case SuspendReason.BreakpointHit b -> "suspended at breakpoint, " + b.breakpoint() + ", hit " + b.hitCount();
            case SuspendReason.Step s -> "suspended after a step";
            case SuspendReason.Pause p -> "suspended";
            case SuspendReason.Waiting w -> "suspended, waiting in " + w.name();
            case SuspendReason.Entry e -> "suspended at entry";
            case SuspendReason.Trapped t -> "trap: " + t.message();
            case SuspendReason.Thrown t -> (t.caught() ? "exception thrown: " : "uncaught exception: ")
                    + session.store().describe(t.exception());
            case SuspendReason.Done d -> "returned";
        };
    }

    @Override
    public IBreakpoint[] getBreakpoints() {
        return hitBreakpoints;
    }

    // ---------------------------------------------------------------- control

    @Override
    public boolean canResume() {
        return isSuspended();
    }

    @Override
    public boolean canSuspend() {
        Session s = session();
        return s != null && s.state() == SessionState.RUNNING;
    }

    @Override
    public boolean isSuspended() {
        Session s = session();
        return s != null && s.state() == SessionState.SUSPENDED && !target().isTerminated();
    }

    @Override
    public void resume() throws DebugException {
        control(Action.RESUME);
    }

    @Override
    public void suspend() {
        Session s = session();
        if (s != null) {
            s.pause();
        }
    }

    /** A step from a trap or an uncaught exception would only unwind it: offer resume (which ends the run) instead. */
    private boolean canStep() {
        Session s = session();
        return isSuspended() && !(s.reason() instanceof SuspendReason.Trapped)
                && !(s.reason() instanceof SuspendReason.Thrown t && !t.caught());
    }

    /** Whether values may be changed: suspended, and not waiting in a host function (which may write too). */
    boolean acceptsWrites() {
        return isSuspended() && !(session().reason() instanceof SuspendReason.Waiting);
    }

    @Override
    public boolean canStepInto() {
        return canStep();
    }

    @Override
    public boolean canStepOver() {
        return canStep();
    }

    /** Not from a wait in a host function: a step over that call, or resume. */
    @Override
    public boolean canStepReturn() {
        return canStep() && !(session().reason() instanceof SuspendReason.Waiting);
    }

    @Override
    public boolean isStepping() {
        Action a = running;
        return a != null && a != Action.RESUME;
    }

    @Override
    public void stepInto() throws DebugException {
        control(Action.STEP_INTO);
    }

    @Override
    public void stepOver() throws DebugException {
        control(Action.STEP_OVER);
    }

    @Override
    public void stepReturn() throws DebugException {
        control(Action.STEP_OUT);
    }

    private void control(Action a) throws DebugException {
        Session s = session();
        s.setLineStepping(!WasmDebugCore.isInstructionStepping());
        try {
            switch (a) {
                case STEP_INTO -> s.stepInto();
                case STEP_OVER -> s.stepOver();
                case STEP_OUT -> s.stepOut();
                case RESUME -> s.resume();
            }
        } catch (IllegalStateException e) {
            throw failed("Cannot " + a.name().toLowerCase().replace('_', ' ') + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean canTerminate() {
        return target().canTerminate();
    }

    @Override
    public boolean isTerminated() {
        return target().isTerminated();
    }

    @Override
    public void terminate() throws DebugException {
        target().terminate();
    }
}
