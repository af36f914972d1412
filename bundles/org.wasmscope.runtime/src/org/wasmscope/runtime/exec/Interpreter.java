package org.wasmscope.runtime.exec;

import org.wasmscope.runtime.Exhaustion;
import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.store.FuncInst;
import org.wasmscope.runtime.store.ModuleInst;
import org.wasmscope.runtime.store.Store;
import org.wasmscope.runtime.syntax.Instr;

/** The entry points of execution: invoking a function and evaluating a constant expression. */
public final class Interpreter {
    private Interpreter() {
    }

    /**
     * Invokes {@code f} (spec 4.5.5) and runs it to completion.
     *
     * @return its results
     * @throws org.wasmscope.runtime.Trap       if execution traps
     * @throws org.wasmscope.runtime.Exhaustion "call stack exhausted" if the call depth or value stack limit
     *                                          (the store's {@link org.wasmscope.runtime.store.ResourceLimits}, {@link Machine#MAX_SLOTS}) is reached,
     *                                          or its fuel or time
     * @throws org.wasmscope.runtime.InternalException if the runtime itself failed (a bug), at the instruction
     * @throws IllegalArgumentException         if the arguments do not match the function's parameter types
     */
    public static Value[] invoke(Store store, FuncInst f, Value... args) {
        Machine m = new Machine(store);
        m.checkInvocation(f, args); // the caller's mistakes, before anything of the runtime's can fail
        try {
            m.start(f, args);
            while (!m.isDone()) {
                m.run(); // returns early only for a pause, which nobody requests here
            }
        } catch (RuntimeException e) {
            throw m.failure(e);
        } catch (StackOverflowError e) { // host functions and wasm calling each other, deeper than Java's stack
            throw new Exhaustion("call stack exhausted");
        } catch (OutOfMemoryError e) {
            throw new Exhaustion("out of memory");
        }
        return m.results();
    }

    /**
     * The value of the constant expression {@code expr} in module instance {@code inst} of {@code store} (spec
     * 4.4.11).
     */
    public static Value evalConst(Store store, ModuleInst inst, Instr[] expr) {
        return ConstEval.eval(store, inst, expr);
    }
}
