package org.wasmscope.runtime.tests.exec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.wasmscope.runtime.syntax.Opcode.*;
import static org.wasmscope.tests.support.ModuleBuilder.*;

import org.junit.jupiter.api.Test;
import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.syntax.BlockType;
import org.wasmscope.runtime.syntax.ValType;
import org.wasmscope.tests.support.ModuleBuilder;

/** Blocks, loops, if, branches with resolved targets and stack heights (spec 4.4.8). */
class ControlTest {
    @Test
    void loopWithBrIfSumsOneToN() {
        ModuleBuilder a = new ModuleBuilder();
        // local 1 = acc; loop: acc += n; n--; br_if n != 0
        a.func("sum", types(I32), types(I32), types(I32),
                block(LOOP),
                get(1), get(0), op(I32_ADD), set(1),
                get(0), i32(1), op(I32_SUB), op(LOCAL_TEE, 0),
                op(BR_IF, 0),
                op(END),
                get(1));
        assertEquals(Value.i32(5050), a.call("sum", Value.i32(100)));
        assertEquals(Value.i32(1), a.call("sum", Value.i32(1)));
    }

    @Test
    void brTableSelectsByIndexAndDefaultsForOutOfRange() {
        ModuleBuilder a = new ModuleBuilder();
        // block block block (br_table 0 1 2 (local 0)) return 100 end return 101 end return 102 end return 103
        a.func("switch", types(I32), types(I32),
                block(BLOCK), block(BLOCK), block(BLOCK),
                get(0), brTable(0, 1, 2),
                op(END), i32(100), op(RETURN),
                op(END), i32(101), op(RETURN),
                op(END), i32(102));
        assertEquals(Value.i32(100), a.call("switch", Value.i32(0)));
        assertEquals(Value.i32(101), a.call("switch", Value.i32(1)));
        assertEquals(Value.i32(102), a.call("switch", Value.i32(2)));
        assertEquals(Value.i32(102), a.call("switch", Value.i32(3)));
        assertEquals(Value.i32(102), a.call("switch", Value.i32(-1)), "the index is unsigned");
    }

    @Test
    void brTableCarriesAValueAndDropsTheRest() {
        ModuleBuilder a = new ModuleBuilder();
        // (block (result i32) (i32.const 7) (i32.const 8) (i32.const 9) (br_table 0 0 (local 0))) -> 9, junk dropped
        a.func("f", types(I32), types(I32),
                block(BLOCK, I32), i32(7), i32(8), i32(9), get(0), brTable(0, 0), op(END));
        assertEquals(Value.i32(9), a.call("f", Value.i32(5)));
    }

    @Test
    void loopCountsWithBrTableBackEdge() {
        ModuleBuilder a = new ModuleBuilder();
        // loop: n--; br_table [exit, loop] by (n != 0)
        a.func("count", types(I32), types(I32), types(I32),
                block(BLOCK),
                block(LOOP),
                get(1), i32(3), op(I32_ADD), set(1),
                get(0), i32(1), op(I32_SUB), op(LOCAL_TEE, 0),
                i32(0), op(I32_NE), brTable(1, 0),
                op(END),
                op(END),
                get(1));
        assertEquals(Value.i32(30), a.call("count", Value.i32(10)));
    }

    @Test
    void ifElseAndIfWithoutElse() {
        ModuleBuilder a = new ModuleBuilder();
        a.func("pick", types(I32), types(I32),
                get(0), block(IF, I32), i32(10), op(ELSE), i32(20), op(END));
        a.func("noelse", types(I32), types(I32), types(I32),
                i32(5), set(1),
                get(0), block(IF), i32(6), set(1), op(END),
                get(1));
        assertEquals(Value.i32(10), a.call("pick", Value.i32(1)));
        assertEquals(Value.i32(20), a.call("pick", Value.i32(0)));
        assertEquals(Value.i32(6), a.call("noelse", Value.i32(1)));
        assertEquals(Value.i32(5), a.call("noelse", Value.i32(0)));
    }

    @Test
    void multiValueBlocksTakeParamsAndReturnSeveralResults() {
        // the block takes (a, b) and returns (b, a), with a junk value below the results dropped by br
        ModuleBuilder b = new ModuleBuilder();
        int t = b.type(types(I32, I32), types(I32, I32));
        b.func("swap", types(I32, I32), types(I32, I32), types(I32),
                get(0), get(1),
                block(BLOCK, BlockType.ofIndex(t)),
                set(2), // top (b) into local 2; stack: a
                i32(77), // junk below the results
                get(2), get(0), // results: b, a
                op(BR, 0),
                op(END));
        assertArrayEquals(new Value[] {Value.i32(2), Value.i32(1)}, b.invoke("swap", Value.i32(1), Value.i32(2)));
    }

    @Test
    void loopWithParametersBranchesBackWithItsArguments() {
        ModuleBuilder a = new ModuleBuilder();
        int t = a.type(types(I32), types(I32));
        // (i32.const 0) (loop (param i32) (result i32) i32.const 1 add; dup via local; br_if 0 while < 10)
        a.func("f", types(), types(I32), types(I32),
                i32(0),
                block(LOOP, BlockType.ofIndex(t)),
                i32(1), op(I32_ADD), op(LOCAL_TEE, 0),
                get(0), i32(10), op(I32_LT_S),
                op(BR_IF, 0),
                op(END));
        assertEquals(Value.i32(10), a.call("f"));
    }

    @Test
    void brOutOfNestedBlocksToTheFunctionLabelReturns() {
        ModuleBuilder a = new ModuleBuilder();
        a.func("f", types(), types(I32, I64),
                block(BLOCK), block(BLOCK, I32),
                i32(1), i32(2), i64(3), op(BR, 2),
                op(END), op(DROP), op(END),
                i32(0), i64(0));
        assertArrayEquals(new Value[] {Value.i32(2), Value.i64(3)}, a.invoke("f"));
    }

    @Test
    void selectAndTypedSelect() {
        ModuleBuilder a = new ModuleBuilder();
        a.func("sel", types(I32), types(I64), i64(1), i64(2), get(0), op(SELECT));
        var typed = op(SELECT_T);
        typed.types = new ValType[] {FUNCREF};
        a.func("selref", types(I32), types(I32), refNull(FUNCREF), op(REF_FUNC, 0), get(0), typed, op(REF_IS_NULL));
        a.module.elems.add(new org.wasmscope.runtime.syntax.Elem(FUNCREF,
                new org.wasmscope.runtime.syntax.Instr[][] {{op(REF_FUNC, 0), end()}},
                org.wasmscope.runtime.syntax.SegmentMode.DECLARATIVE, 0, null));
        assertEquals(Value.i64(1), a.call("sel", Value.i32(1)));
        assertEquals(Value.i64(2), a.call("sel", Value.i32(0)));
        assertEquals(Value.i32(1), a.call("selref", Value.i32(1)));
        assertEquals(Value.i32(0), a.call("selref", Value.i32(0)));
    }
}
