package org.wasmscope.runtime.exec;

import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.store.FuncInst;
import org.wasmscope.runtime.store.TableInst;
import org.wasmscope.runtime.syntax.Instr;

/**
 * The control and reference instructions of WebAssembly 3.0 run by {@link Ext} (sub-operations 0..49): tail
 * calls, calls through typed function references, ref.as_non_null and the branches on null. A tail call
 * resolves its callee as the corresponding call does, then lets {@link Machine#tailCall} replace the
 * current frame. br_on_null and br_on_non_null are pre-decoded with their branch resolved as {@code br}'s
 * ({@link Compiler}): {@code EXT, sub, instr, target pc, height, kept slots}.
 */
final class ControlExt {
    private ControlExt() {
    }

    static final int RETURN_CALL = 0;
    static final int RETURN_CALL_INDIRECT = 1;
    static final int CALL_REF = 2;
    static final int RETURN_CALL_REF = 3;
    static final int REF_AS_NON_NULL = 4;
    static final int BR_ON_NULL = 5;
    static final int BR_ON_NON_NULL = 6;

    /** The pre-decoded length of an EXT form without immediates: EXT, sub-operation, instruction index. */
    private static final int LENGTH = 3;
    /** The pre-decoded length of br_on_null and br_on_non_null: EXT, sub, instr, target pc, height, kept slots. */
    static final int BRANCH_LENGTH = 6;

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

    /** call_ref x (spec 4.4.8): calls the popped function reference; validation checked its type. */
    static void callRef(Machine m) {
        FuncInst f = referencedFunction(m);
        m.pc += LENGTH;
        m.call(f);
    }

    /** return_call_ref x (spec 4.4.8): tail-calls the popped function reference. */
    static boolean returnCallRef(Machine m) {
        return m.tailCall(referencedFunction(m));
    }

    /** The function reference on top of the stack, popped; traps if it is null (the stack is left as it was). */
    private static FuncInst referencedFunction(Machine m) {
        long ref = m.stack[m.sp - 1];
        if (ref == Value.NULL_REF) {
            throw Traps.nullFunctionReference();
        }
        m.sp--;
        return m.store.func(ref);
    }

    /** ref.as_non_null (spec 4.4.5): traps on a null reference, else leaves it. */
    static void refAsNonNull(Machine m) {
        if (m.stack[m.sp - 1] == Value.NULL_REF) {
            throw Traps.nullReference();
        }
        m.pc += LENGTH;
    }

    /** br_on_null l (spec 4.4.8): a null reference is dropped and the branch taken; another stays on the stack. */
    static void brOnNull(Machine m) {
        if (m.stack[m.sp - 1] == Value.NULL_REF) {
            m.sp--;
            branch(m);
        } else {
            m.pc += BRANCH_LENGTH;
        }
    }

    /** br_on_non_null l (spec 4.4.8): a non-null reference is kept by the branch; a null one is dropped. */
    static void brOnNonNull(Machine m) {
        if (m.stack[m.sp - 1] != Value.NULL_REF) {
            branch(m);
        } else {
            m.sp--;
            m.pc += BRANCH_LENGTH;
        }
    }

    /** The branch pre-decoded after the instruction, as {@code br} does it. */
    static void branch(Machine m) {
        int[] code = m.code;
        int at = m.pc + LENGTH;
        m.sp = Machine.moveTop(m.stack, m.sp, m.fp + code[at + 1], code[at + 2]);
        m.pc = code[at];
    }
}
