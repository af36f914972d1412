package org.wasmscope.runtime.debug;

import java.util.List;

import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.store.FuncInst;

/** Why a {@link Session} is suspended. */
public sealed interface SuspendReason {
    /** Started with {@code suspendAtEntry}: before the invoked function's first instruction. */
    record Entry() implements SuspendReason {
    }

    /** A step ({@link Action#STEP_INTO}, {@link Action#STEP_OVER}, {@link Action#STEP_OUT}) finished. */
    record Step(Action action) implements SuspendReason {
    }

    /** Before an instruction that has an enabled breakpoint; {@code hitCount} counts this hit too. */
    record BreakpointHit(Breakpoint breakpoint, int hitCount) implements SuspendReason {
    }

    /** {@link Session#pause()} took effect. */
    record Pause() implements SuspendReason {
    }

    /**
     * {@link Session#pause()} came while the top frame called host function {@code function} (imported as
     * {@code name}, e.g. {@code fd_read}), which has not returned yet, e.g. waiting for input: the frame stands
     * at that call with the arguments on the operand stack, and the call goes on. Resuming goes on waiting, a step
     * over the call stops after it returned; if the call returns first, the session suspends again after it
     * ({@link Pause}).
     */
    record Waiting(FuncInst function, String name) implements SuspendReason {
    }

    /**
     * Execution trapped: the machine stands at the trapping instruction, frames not yet unwound, with the
     * operand stack as it was before that instruction. Any further step or resume unwinds and terminates.
     */
    record Trapped(String message, org.wasmscope.runtime.Trap trap) implements SuspendReason {
    }

    /**
     * An exception was thrown by instruction {@code instr} of {@code function} (the top frame): the machine
     * stands at the throw, nothing unwound yet. If {@code caught}, a handler catches it and resuming or
     * stepping unwinds to that handler (see {@link Session#setSuspendOnException}); if not, it left the
     * invocation, and any further step or resume terminates.
     */
    record Thrown(ExceptionView exception, FuncInst function, int instr, boolean caught) implements SuspendReason {
    }

    /** The invoked function returned {@code results}; the store is still readable. Stepping on terminates. */
    record Done(List<Value> results) implements SuspendReason {
        public Done {
            results = List.copyOf(results);
        }
    }
}
