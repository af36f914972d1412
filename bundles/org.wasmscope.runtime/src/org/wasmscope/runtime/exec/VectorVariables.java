package org.wasmscope.runtime.exec;

import org.wasmscope.runtime.store.GlobalInst;
import org.wasmscope.runtime.store.ModuleInst;

/**
 * local.get, local.set, local.tee, global.get and global.set of v128 values (two slots each, spec 4.4.5),
 * executed out of the machine's loop, which must stay small for the JIT (see {@link Fusion}).
 */
final class VectorVariables {
    private VectorVariables() {
    }

    /**
     * Executes v128 variable operation {@code op} whose index is {@code x} (a local's slot offset, or a
     * global's index), in the frame at {@code fp}; returns the new stack top.
     */
    static int execute(int op, int x, long[] stack, int sp, int fp, ModuleInst module) {
        switch (op) {
            case Op.LOCAL_GET_V128 -> {
                stack[sp] = stack[fp + x];
                stack[sp + 1] = stack[fp + x + 1];
                return sp + 2;
            }
            case Op.LOCAL_SET_V128 -> {
                stack[fp + x] = stack[sp - 2];
                stack[fp + x + 1] = stack[sp - 1];
                return sp - 2;
            }
            case Op.LOCAL_TEE_V128 -> {
                stack[fp + x] = stack[sp - 2];
                stack[fp + x + 1] = stack[sp - 1];
                return sp;
            }
            case Op.GLOBAL_GET_V128 -> {
                GlobalInst g = module.globals[x];
                stack[sp] = g.value;
                stack[sp + 1] = g.high;
                return sp + 2;
            }
            case Op.GLOBAL_SET_V128 -> {
                GlobalInst g = module.globals[x];
                g.value = stack[sp - 2];
                g.high = stack[sp - 1];
                return sp - 2;
            }
            default -> throw new IllegalArgumentException("not a v128 variable operation: " + op);
        }
    }
}
