package org.wasmscope.runtime.exec;

import org.wasmscope.runtime.store.FuncInst;
import org.wasmscope.runtime.store.TableInst;
import org.wasmscope.runtime.syntax.Instr;

/**
 * The control instructions of WebAssembly 3.0 run by {@link Ext} (sub-operations 0..49): the tail calls.
 * Each resolves its callee as the corresponding call does, then lets {@link Machine#tailCall} replace
 * the current frame.
 */
final class ControlExt {
    private ControlExt() {
    }

    static final int RETURN_CALL = 0;
    static final int RETURN_CALL_INDIRECT = 1;

    /** return_call x (spec 4.4.8): tail-calls function x of the current module. */
    static boolean returnCall(Machine m, int instr) {
        Code c = m.cur;
        return m.tailCall(c.module.funcs[c.instrs[instr].x]);
    }

    /**
     * return_call_indirect x y (spec 4.4.8): tail-calls the function at the popped index of table y if it
     * has type x; traps as call_indirect does ({@link TableOps#callTarget}).
     */
    static boolean returnCallIndirect(Machine m, int instr) {
        Code c = m.cur;
        Instr in = c.instrs[instr];
        TableInst table = c.module.tables[in.y];
        FuncInst f = TableOps.callTarget(m.store, c.module, in.x, in.y, table.addrType().unsigned(m.stack[m.sp - 1]));
        m.sp--;
        return m.tailCall(f);
    }
}
