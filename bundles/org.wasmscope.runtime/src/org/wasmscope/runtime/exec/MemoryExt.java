package org.wasmscope.runtime.exec;

import org.wasmscope.runtime.exec.simd.Simd;
import org.wasmscope.runtime.store.FuncInst;
import org.wasmscope.runtime.store.MemInst;
import org.wasmscope.runtime.store.ModuleInst;
import org.wasmscope.runtime.store.TableInst;
import org.wasmscope.runtime.syntax.AddrType;
import org.wasmscope.runtime.syntax.Instr;
import org.wasmscope.runtime.syntax.Module;
import org.wasmscope.runtime.syntax.Opcode;

/**
 * Memory and table instructions on what the loop's own cases leave out (multi-memory, memory64, table64,
 * spec 4.4.6 and 4.4.7): a memory other than memory 0, a memory of 64-bit addresses, a table of 64-bit
 * indices. The loop keeps memory 0 of 32-bit addresses and 32-bit tables at no extra cost; the Compiler
 * sends everything else here ({@link #subOperation}), sub-operations 100 to 199 of {@link Ext}.
 *
 * <p>Addresses, sizes and deltas are operands of the memory's or table's address type, read as unsigned
 * (an i32 zero-extended); an access traps unless all its bytes lie inside the memory, an address plus an
 * offset beyond 2^64 included. A copy's length has the narrower type of its two ends. A trap leaves the
 * operand stack as it was.
 */
final class MemoryExt {
    private MemoryExt() {
    }

    /** A load or store (not a vector one): {@code EXT ACCESS instr}. */
    static final int ACCESS = 100;
    /** A vector load or store. */
    static final int VECTOR_ACCESS = 101;
    static final int SIZE = 102;
    static final int GROW = 103;
    static final int FILL = 104;
    static final int COPY = 105;
    static final int INIT = 106;
    /** table.get, set, size, grow, fill, copy, init with a 64-bit table. */
    static final int TABLE = 107;
    /** call_indirect through a 64-bit table. */
    static final int CALL_INDIRECT = 108;

    /**
     * The sub-operation that runs instruction {@code in} of module {@code m}, or -1 if the loop's own case
     * does: on memory 0 of 32-bit addresses, on 32-bit tables, or not a memory or table instruction.
     */
    static int subOperation(Instr in, Module m) {
        return switch (in.op.immediates) {
            case MEMARG, MEMARG_LANE -> general(m, in.y) ? (in.op.prefix == 0xFD ? VECTOR_ACCESS : ACCESS) : -1;
            case MEMORY -> !general(m, in.x) ? -1 : switch (in.op) {
                case MEMORY_SIZE -> SIZE;
                case MEMORY_GROW -> GROW;
                default -> FILL;
            };
            case MEMORY_COPY -> general(m, in.x) || general(m, in.y) ? COPY : -1;
            case MEMORY_INIT -> general(m, in.y) ? INIT : -1;
            case TABLE -> is64(m, in.x) ? TABLE : -1;
            case TABLE_COPY -> is64(m, in.x) || is64(m, in.y) ? TABLE : -1;
            case TABLE_INIT -> is64(m, in.y) ? TABLE : -1;
            case CALL_INDIRECT -> in.op == Opcode.CALL_INDIRECT && is64(m, in.y) ? CALL_INDIRECT : -1;
            default -> -1;
        };
    }

    private static boolean general(Module m, int memory) {
        return memory != 0 || m.memoryType(memory).addrType() == AddrType.I64;
    }

    private static boolean is64(Module m, int table) {
        return m.tableType(table).addrType() == AddrType.I64;
    }

    /** Executes sub-operation {@code sub} of instruction {@code in}; leaves {@code pc} after it. */
    static void execute(Machine m, int sub, Instr in) {
        long[] stack = m.stack;
        int sp = m.sp;
        ModuleInst module = m.cur.module;
        switch (sub) {
            case ACCESS -> sp = access(in, stack, sp, module.memories[in.y]);
            case VECTOR_ACCESS -> sp = Simd.execute(in, stack, sp, module.memories[in.y]);
            case SIZE -> stack[sp++] = module.memories[in.x].pages();
            case GROW -> {
                MemInst mem = module.memories[in.x];
                stack[sp - 1] = mem.grow(mem.addrType().unsigned(stack[sp - 1]));
            }
            case FILL -> {
                MemInst mem = module.memories[in.x];
                AddrType at = mem.addrType();
                MemoryOps.fill(mem, at.unsigned(stack[sp - 3]), (int) stack[sp - 2], at.unsigned(stack[sp - 1]));
                sp -= 3;
            }
            case COPY -> {
                MemInst dst = module.memories[in.x], src = module.memories[in.y];
                AddrType length = AddrType.min(dst.addrType(), src.addrType());
                MemoryOps.copy(dst, src, dst.addrType().unsigned(stack[sp - 3]), src.addrType().unsigned(stack[sp - 2]),
                        length.unsigned(stack[sp - 1]));
                sp -= 3;
            }
            case INIT -> {
                MemInst mem = module.memories[in.y];
                MemoryOps.init(mem, module.datas[in.x], mem.addrType().unsigned(stack[sp - 3]), BulkOps.u32(stack[sp - 2]),
                        BulkOps.u32(stack[sp - 1]));
                sp -= 3;
            }
            case TABLE -> sp = table(in, stack, sp, module);
            case CALL_INDIRECT -> {
                TableInst t = module.tables[in.y];
                FuncInst f = TableOps.callTarget(m.store, module, in.x, in.y, t.addrType().unsigned(stack[sp - 1]));
                m.sp = sp - 1;
                m.pc += 3;
                m.call(f);
                return;
            }
            default -> throw new IllegalStateException("no memory operation " + sub);
        }
        m.sp = sp;
        m.pc += 3;
    }

    /** A load or store of a number: the memory's address type decides how the address operand reads. */
    private static int access(Instr in, long[] stack, int sp, MemInst mem) {
        byte[] b = mem.bytes();
        switch (in.op) {
            case I32_LOAD, F32_LOAD, I64_LOAD32_S -> stack[sp - 1] = (int) MemoryOps.I32.get(b, ea(mem, stack[sp - 1], in));
            case I64_LOAD32_U -> stack[sp - 1] = (int) MemoryOps.I32.get(b, ea(mem, stack[sp - 1], in)) & 0xFFFF_FFFFL;
            case I64_LOAD, F64_LOAD -> stack[sp - 1] = (long) MemoryOps.I64.get(b, ea(mem, stack[sp - 1], in));
            case I32_LOAD8_S, I64_LOAD8_S -> stack[sp - 1] = b[ea(mem, stack[sp - 1], in)];
            case I32_LOAD8_U, I64_LOAD8_U -> stack[sp - 1] = b[ea(mem, stack[sp - 1], in)] & 0xFFL;
            case I32_LOAD16_S, I64_LOAD16_S -> stack[sp - 1] = (short) MemoryOps.I16.get(b, ea(mem, stack[sp - 1], in));
            case I32_LOAD16_U, I64_LOAD16_U -> stack[sp - 1] = (short) MemoryOps.I16.get(b, ea(mem, stack[sp - 1], in)) & 0xFFFFL;
            case I32_STORE, F32_STORE, I64_STORE32 -> {
                MemoryOps.I32.set(b, ea(mem, stack[sp - 2], in), (int) stack[sp - 1]);
                return sp - 2;
            }
            case I64_STORE, F64_STORE -> {
                MemoryOps.I64.set(b, ea(mem, stack[sp - 2], in), stack[sp - 1]);
                return sp - 2;
            }
            case I32_STORE8, I64_STORE8 -> {
                b[ea(mem, stack[sp - 2], in)] = (byte) stack[sp - 1];
                return sp - 2;
            }
            case I32_STORE16, I64_STORE16 -> {
                MemoryOps.I16.set(b, ea(mem, stack[sp - 2], in), (short) stack[sp - 1]);
                return sp - 2;
            }
            default -> throw new IllegalStateException("not a load or store: " + in.op);
        }
        return sp;
    }

    private static int ea(MemInst mem, long address, Instr in) {
        int ea = mem.effectiveAddress(address, in.imm, in.op.accessBytes);
        if (ea < 0) {
            throw Traps.memoryOutOfBounds();
        }
        return ea;
    }

    /** A table instruction on a 64-bit table (table.copy and table.init: one of its tables). */
    private static int table(Instr in, long[] stack, int sp, ModuleInst module) {
        switch (in.op) {
            case TABLE_GET -> {
                TableInst t = module.tables[in.x];
                stack[sp - 1] = TableOps.get(t, t.addrType().unsigned(stack[sp - 1]));
                return sp;
            }
            case TABLE_SET -> {
                TableInst t = module.tables[in.x];
                TableOps.set(t, t.addrType().unsigned(stack[sp - 2]), stack[sp - 1]);
                return sp - 2;
            }
            case TABLE_SIZE -> {
                stack[sp] = module.tables[in.x].size();
                return sp + 1;
            }
            case TABLE_GROW -> {
                TableInst t = module.tables[in.x];
                stack[sp - 2] = TableOps.grow(t, stack[sp - 2], t.addrType().unsigned(stack[sp - 1]));
                return sp - 1;
            }
            case TABLE_FILL -> {
                TableInst t = module.tables[in.x];
                TableOps.fill(t, t.addrType().unsigned(stack[sp - 3]), stack[sp - 2], t.addrType().unsigned(stack[sp - 1]));
                return sp - 3;
            }
            case TABLE_COPY -> {
                TableInst dst = module.tables[in.x], src = module.tables[in.y];
                AddrType length = AddrType.min(dst.addrType(), src.addrType());
                TableOps.copy(dst, src, dst.addrType().unsigned(stack[sp - 3]), src.addrType().unsigned(stack[sp - 2]),
                        length.unsigned(stack[sp - 1]));
                return sp - 3;
            }
            case TABLE_INIT -> {
                TableInst t = module.tables[in.y];
                TableOps.init(t, module.elems[in.x], t.addrType().unsigned(stack[sp - 3]), BulkOps.u32(stack[sp - 2]),
                        BulkOps.u32(stack[sp - 1]));
                return sp - 3;
            }
            default -> throw new IllegalStateException("not a table operation: " + in.op);
        }
    }
}
