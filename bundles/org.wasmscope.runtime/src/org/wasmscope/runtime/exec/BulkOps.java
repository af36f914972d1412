package org.wasmscope.runtime.exec;

import org.wasmscope.runtime.store.MemInst;
import org.wasmscope.runtime.store.ModuleInst;

/**
 * The table instructions (spec 4.4.6) and the bulk memory instructions (4.4.7: memory.fill, copy, init,
 * data.drop), executed out of the machine's loop: they are rare in hot code and each does much work, and
 * the loop's method must stay below the JIT's size limit for compiling a method (see {@link Fusion}).
 * A trap leaves the operand stack as it was. These are the loop's forms, on 32-bit tables and on memory 0
 * of 32-bit addresses; {@link MemoryExt} runs the others.
 */
final class BulkOps {
    private BulkOps() {
    }

    /**
     * Executes operation {@code op} whose code starts at {@code pc}, on the operand stack {@code stack}
     * whose top is below {@code sp}; returns the new stack top.
     */
    static int execute(int op, long[] stack, int sp, int[] code, int pc, ModuleInst module, MemInst mem) {
        switch (op) {
            case Op.TABLE_GET -> stack[sp - 1] = TableOps.get(module.tables[code[pc + 1]], u32(stack[sp - 1]));
            case Op.TABLE_SET -> {
                TableOps.set(module.tables[code[pc + 1]], u32(stack[sp - 2]), stack[sp - 1]);
                return sp - 2;
            }
            case Op.TABLE_SIZE -> {
                stack[sp] = module.tables[code[pc + 1]].size();
                return sp + 1;
            }
            case Op.TABLE_GROW -> {
                stack[sp - 2] = TableOps.grow(module.tables[code[pc + 1]], stack[sp - 2], u32(stack[sp - 1]));
                return sp - 1;
            }
            case Op.TABLE_FILL -> {
                TableOps.fill(module.tables[code[pc + 1]], u32(stack[sp - 3]), stack[sp - 2], u32(stack[sp - 1]));
                return sp - 3;
            }
            case Op.TABLE_COPY -> {
                TableOps.copy(module.tables[code[pc + 1]], module.tables[code[pc + 2]], u32(stack[sp - 3]),
                        u32(stack[sp - 2]), u32(stack[sp - 1]));
                return sp - 3;
            }
            case Op.TABLE_INIT -> {
                TableOps.init(module.tables[code[pc + 2]], module.elems[code[pc + 1]], u32(stack[sp - 3]),
                        u32(stack[sp - 2]), u32(stack[sp - 1]));
                return sp - 3;
            }
            case Op.ELEM_DROP -> module.elems[code[pc + 1]].drop();
            case Op.MEMORY_FILL -> {
                MemoryOps.fill(mem, u32(stack[sp - 3]), (int) stack[sp - 2], u32(stack[sp - 1]));
                return sp - 3;
            }
            case Op.MEMORY_COPY -> {
                MemoryOps.copy(mem, mem, u32(stack[sp - 3]), u32(stack[sp - 2]), u32(stack[sp - 1]));
                return sp - 3;
            }
            case Op.MEMORY_INIT -> {
                MemoryOps.init(mem, module.datas[code[pc + 1]], u32(stack[sp - 3]), u32(stack[sp - 2]),
                        u32(stack[sp - 1]));
                return sp - 3;
            }
            case Op.DATA_DROP -> module.datas[code[pc + 1]].drop();
            default -> throw new IllegalArgumentException("not a table or bulk memory operation: " + op);
        }
        return sp;
    }

    /** An i32 operand slot as an unsigned index or count. */
    static long u32(long slot) {
        return slot & 0xFFFF_FFFFL;
    }
}
