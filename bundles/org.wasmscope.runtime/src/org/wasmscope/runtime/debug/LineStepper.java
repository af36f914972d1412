package org.wasmscope.runtime.debug;

import java.util.function.Function;

import org.wasmscope.runtime.dwarf.DebugInfo;
import org.wasmscope.runtime.dwarf.LineRow;
import org.wasmscope.runtime.exec.Code;
import org.wasmscope.runtime.exec.Machine;
import org.wasmscope.runtime.store.FuncInst;
import org.wasmscope.runtime.store.ModuleInst;

/**
 * A step by source line (DWARF line table) as a run of instruction steps: after each, {@link #stopHere()}
 * tells whether the step is over, and {@link #stopDepth()} what the next instruction step is.
 * <ul>
 * <li>Step over: runs until execution enters a statement of another line (a line starts where a row
 * flagged as statement begins) in the same function and inline call, or in a caller: calls and inlined
 * calls run through. Returning to the caller in the middle of its line finishes that line too.</li>
 * <li>Step into: as step over, but stops in a called function with source, after its prologue (at the
 * row that ends it, else at its first statement of another line than its entry), and at the start of
 * an inlined call. A called function without source runs to its return.</li>
 * <li>Step out: runs to the return, stopping in the caller at once (on the line of the call); out of an
 * inlined call, at the first statement outside it.</li>
 * </ul>
 * A line whose code loops back to its own start (a one-line loop) runs until it leaves the line.
 */
final class LineStepper {
    /** Where the top frame stands in source terms; {@code row} null where the line table has none. */
    private record Place(DebugInfo info, long address, LineRow row) {
        boolean isStatement() {
            return row != null && row.line() > 0 && info.isStatementStart(address);
        }

        /** How many inlined calls contain this place. */
        int inlineDepth() {
            return Math.max(0, info.scopesAt(address).size() - 1);
        }
    }

    private final Machine machine;
    private final Function<ModuleInst, DebugInfo> infos;
    private final Action action;
    private int refDepth;
    private LineRow refRow;
    private int refInline;
    private boolean inPrologue;
    private int stopDepth;

    private LineStepper(Machine machine, Function<ModuleInst, DebugInfo> infos, Action action, Place p) {
        this.machine = machine;
        this.infos = infos;
        this.action = action;
        refer(p);
        stopDepth = switch (action) {
            case STEP_INTO -> Integer.MAX_VALUE;
            case STEP_OUT -> refInline > 0 ? refDepth : refDepth - 1;
            default -> refDepth;
        };
    }

    /** A line step for {@code action}, or null if the top frame has no source line (then steps are instructions). */
    static LineStepper start(Machine m, Function<ModuleInst, DebugInfo> infos, Action action) {
        Place p = place(m, infos);
        return p == null || p.row == null || p.row.line() == 0 ? null : new LineStepper(m, infos, action, p);
    }

    private void refer(Place p) {
        refDepth = machine.depth();
        refRow = p.row;
        refInline = p.inlineDepth();
    }

    /** The depth to pass to {@link Machine#resume} for the next instruction step. */
    int stopDepth() {
        return stopDepth;
    }

    /** After an instruction step: whether the line step ends here. */
    boolean stopHere() {
        int d = machine.depth();
        Place p = place(machine, infos);
        boolean hasSource = p != null && p.row != null;
        if (d > refDepth) { // entered a function (only a step into stops in one)
            if (!hasSource) {
                stopDepth = d - 1; // run it to its return
                return false;
            }
            refer(p);
            inPrologue = true;
            stopDepth = Integer.MAX_VALUE;
            return p.isStatement() && p.row.prologueEnd();
        }
        if (d < refDepth) { // returned to a caller
            if (action == Action.STEP_OUT || !hasSource) {
                return true;
            }
            refer(p); // in the middle of the caller's line: finish it
            inPrologue = false;
            stopDepth = action == Action.STEP_INTO ? Integer.MAX_VALUE : d;
            return p.isStatement() && !sameLine(p.row, refRow);
        }
        if (!hasSource || !p.isStatement()) {
            return false;
        }
        if (inPrologue) {
            if (p.row.prologueEnd() || !sameLine(p.row, refRow)) {
                inPrologue = false;
                return true;
            }
            return false;
        }
        int inline = p.inlineDepth();
        return switch (action) {
            case STEP_OVER -> inline < refInline || inline == refInline && !sameLine(p.row, refRow);
            case STEP_OUT -> inline < refInline;
            default -> inline != refInline || !sameLine(p.row, refRow);
        };
    }

    private static boolean sameLine(LineRow a, LineRow b) {
        return a.line() == b.line() && a.file().equals(b.file());
    }

    private static Place place(Machine m, Function<ModuleInst, DebugInfo> infos) {
        if (m.isDone() || m.depth() == 0) {
            return null;
        }
        int k = m.depth() - 1;
        Code code = m.frameCode(k);
        FuncInst f = code.func;
        DebugInfo info = infos.apply(f.module);
        if (info.isEmpty()) {
            return null;
        }
        long address = info.address(f.func.body[m.frameInstr(k)]);
        return new Place(info, address, info.rowAt(address));
    }
}
