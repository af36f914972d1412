package org.wasmscope.runtime.debug;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.wasmscope.runtime.exec.Code;
import org.wasmscope.runtime.store.FuncInst;

/**
 * A session's breakpoints and the code patches that stand for them. Several breakpoints may share a
 * location (an instruction breakpoint and a line breakpoint on the same instruction): the patch stays
 * while any enabled one needs it. Not thread-safe: the {@link Session} calls it under its lock.
 */
final class BreakpointTable {
    private final List<Breakpoint> breakpoints = new ArrayList<>();
    /** How many enabled breakpoints stand at each location. */
    private final Map<Breakpoint.Location, Integer> armed = new HashMap<>();
    /** Set when the session ended: no more patches. */
    private boolean closed;

    void add(Breakpoint b) {
        breakpoints.add(b);
        if (b.enabled()) {
            arm(b, true);
        }
    }

    void remove(Breakpoint b) {
        if (breakpoints.remove(b) && b.enabled()) {
            arm(b, false);
        }
    }

    void setEnabled(Breakpoint b, boolean on) {
        if (breakpoints.contains(b) && b.enabled() != on) {
            b.setEnabledFlag(on);
            arm(b, on);
        }
    }

    List<Breakpoint> all() {
        return List.copyOf(breakpoints);
    }

    /**
     * Counts a hit of each enabled breakpoint before instruction {@code instr} of {@code f}; the reason to
     * suspend for the first whose ignore count is used up, or null.
     */
    SuspendReason hit(FuncInst f, int instr) {
        Breakpoint.Location here = new Breakpoint.Location(f, instr);
        SuspendReason r = null;
        for (Breakpoint b : breakpoints) {
            if (b.enabled() && b.locations().contains(here) && b.hit() && r == null) {
                r = new SuspendReason.BreakpointHit(b, b.hitCount());
            }
        }
        return r;
    }

    /** Takes every patch away for good (the session ended); the breakpoints stay listed. */
    void disarmAll() {
        closed = true;
        for (Breakpoint.Location l : armed.keySet()) {
            Code.of(l.function()).setBreakpoint(l.instrIndex(), false);
        }
        armed.clear();
    }

    private void arm(Breakpoint b, boolean on) {
        if (closed) {
            return;
        }
        for (Breakpoint.Location l : b.locations()) {
            int n = armed.getOrDefault(l, 0) + (on ? 1 : -1);
            if (n > 0) {
                armed.put(l, n);
            } else {
                armed.remove(l);
            }
            Code.of(l.function()).setBreakpoint(l.instrIndex(), n > 0);
        }
    }
}
