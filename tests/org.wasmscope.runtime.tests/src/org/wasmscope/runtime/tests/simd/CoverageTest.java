package org.wasmscope.runtime.tests.simd;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.wasmscope.runtime.exec.simd.Simd;
import org.wasmscope.runtime.store.MemInst;
import org.wasmscope.runtime.store.Store;
import org.wasmscope.runtime.syntax.Immediates;
import org.wasmscope.runtime.syntax.Instr;
import org.wasmscope.runtime.syntax.Limits;
import org.wasmscope.runtime.syntax.MemType;
import org.wasmscope.runtime.syntax.Opcode;

/** Every 0xFD opcode is executed by Simd, and leaves the stack within what it may touch. */
class CoverageTest {
    @Test
    void everyVectorOpcodeExecutes() {
        MemInst memory = new Store().allocMemory(new MemType(new Limits(1, 1)));
        int count = 0;
        for (Opcode op : Opcode.values()) {
            if (op.prefix != 0xFD) {
                continue;
            }
            Instr instr = new Instr(op);
            if (op.immediates == Immediates.SHUFFLE) {
                instr.lanes = new byte[16];
            }
            long[] stack = new long[16];
            int sp = Simd.execute(instr, stack, 8, memory);
            // No vector instruction pops more than three v128 or pushes more than one.
            assertTrue(sp >= 2 && sp <= 10, op.text + " left sp " + sp);
            count++;
        }
        assertTrue(count >= 236, "vector opcodes: " + count);
    }
}
