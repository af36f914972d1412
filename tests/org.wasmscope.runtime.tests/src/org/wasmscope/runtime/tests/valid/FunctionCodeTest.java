package org.wasmscope.runtime.tests.valid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.wasmscope.tests.support.ModuleBuilder.*;

import org.junit.jupiter.api.Test;
import org.wasmscope.runtime.syntax.BlockType;
import org.wasmscope.runtime.syntax.FuncType;
import org.wasmscope.runtime.syntax.Import;
import org.wasmscope.runtime.syntax.Opcode;
import org.wasmscope.runtime.syntax.ValType;
import org.wasmscope.runtime.valid.Block;
import org.wasmscope.runtime.valid.FunctionCode;
import org.wasmscope.runtime.valid.ValidModule;
import org.wasmscope.runtime.valid.Validator;
import org.wasmscope.tests.support.ModuleBuilder;

/**
 * What validation computes per function for the interpreter and the debugger: blocks, the label-0
 * block and the operand height in slots of each instruction, locals and their slots.
 */
class FunctionCodeTest {

    /** (func (param i32) (result i32) (local v128 i64) local.get 0 (block (result i32) ... br_if 0) i32.add). */
    private static ModuleBuilder blockWithBranch() {
        ModuleBuilder m = new ModuleBuilder();
        m.func(m.type(types(I32), I32), types(V128, I64),
                op(Opcode.LOCAL_GET, 0), // 0
                block(Opcode.BLOCK, I32), // 1
                i32(1), // 2
                i32(0), // 3
                op(Opcode.BR_IF, 0), // 4
                end(), // 5
                op(Opcode.I32_ADD)); // 6, then end 7
        return m;
    }

    @Test
    void blockHeightsAndStructure() {
        FunctionCode fc = blockWithBranch().valid().code[0];
        assertEquals(0, fc.funcIndex);
        assertArrayEquals(new int[] {0, 1, 1, 2, 3, 2, 2, 1}, fc.height);
        assertArrayEquals(new int[] {0, 0, 1, 1, 1, 1, 0, 0}, fc.blockAt);
        assertEquals(3, fc.maxHeight);
        assertEquals(2, fc.blocks.length);
        assertEquals(new Block(Block.Kind.FUNCTION, -1, -1, 7, funcType(types(I32), I32), 0, -1), fc.blocks[0]);
        assertEquals(new Block(Block.Kind.BLOCK, 1, -1, 5, funcType(types(), I32), 1, 0), fc.blocks[1]);
    }

    @Test
    void localsAndTheirSlots() {
        FunctionCode fc = blockWithBranch().valid().code[0];
        assertArrayEquals(new ValType[] {I32, V128, I64}, fc.localTypes);
        assertArrayEquals(new int[] {0, 1, 3}, fc.localSlot);
        assertEquals(4, fc.localSlots);
    }

    /** v128 operands count two slots; an unreachable else-branch has no heights. */
    @Test
    void vectorSlotsIfElseAndUnreachable() {
        ModuleBuilder m = new ModuleBuilder();
        m.func(types(), types(V128),
                v128(), // 0
                i32(1), // 1
                block(Opcode.IF, V128), // 2
                v128(), // 3
                op(Opcode.ELSE), // 4
                op(Opcode.UNREACHABLE), // 5
                op(Opcode.I32_ADD), // 6
                op(Opcode.DROP), // 7
                end(), // 8
                op(Opcode.I8X16_SWIZZLE)); // 9, then end 10
        FunctionCode fc = m.valid().code[0];
        assertArrayEquals(new int[] {0, 2, 3, 2, 4, 2, -1, -1, -1, 4, 2}, fc.height);
        assertArrayEquals(new int[] {0, 0, 0, 1, 1, 1, 1, 1, 1, 0, 0}, fc.blockAt);
        assertEquals(4, fc.maxHeight);
        assertEquals(new Block(Block.Kind.IF, 2, 4, 8, funcType(types(), V128), 2, 0), fc.blocks[1]);
        assertArrayEquals(new ValType[] {V128, V128}, Validator.operandTypesAt(m.valid(), 0, 9));
    }

    /** A block entered from unreachable code can never run: it and its instructions have height -1. */
    @Test
    void deadBlocks() {
        ModuleBuilder m = new ModuleBuilder();
        m.func(types(), types(), i32(1), op(Opcode.DROP), op(Opcode.RETURN), block(Opcode.LOOP), op(Opcode.NOP), end());
        FunctionCode fc = m.valid().code[0];
        assertArrayEquals(new int[] {0, 1, 0, -1, -1, -1, -1}, fc.height);
        assertEquals(new Block(Block.Kind.LOOP, 3, -1, 5, FuncType.EMPTY, -1, 0), fc.blocks[1]);
        assertEquals(1, fc.maxHeight);
    }

    /** Block.height is below the parameters; label() walks the parents; loops carry their parameters. */
    @Test
    void nestedLabelsWithParameters() {
        ModuleBuilder m = new ModuleBuilder();
        int param = m.type(types(I64), I64);
        m.func(m.type(types(), I64), types(),
                f32(0), // 0
                i64(1), // 1
                block(Opcode.BLOCK, BlockType.ofIndex(param)), // 2
                block(Opcode.LOOP, BlockType.ofIndex(param)), // 3
                op(Opcode.BR, 1), // 4
                end(), // 5
                end(), // 6
                op(Opcode.RETURN)); // 7, end 8
        FunctionCode fc = m.valid().code[0];
        assertEquals(1, fc.blocks[1].height());
        assertEquals(1, fc.blocks[2].height());
        assertEquals(1, fc.blocks[2].parent());
        assertSame(fc.blocks[2], fc.label(4, 0));
        assertSame(fc.blocks[1], fc.label(4, 1));
        assertSame(fc.blocks[0], fc.label(4, 2));
        assertArrayEquals(new ValType[] {I64}, fc.label(4, 0).labelTypes());
        assertArrayEquals(new int[] {0, 1, 2, 2, 2, -1, 2, 2, -1}, fc.height);
        assertArrayEquals(new ValType[] {F32, I64}, Validator.operandTypesAt(m.valid(), 0, 4));
    }

    @Test
    void functionIndexCountsImports() {
        ModuleBuilder m = new ModuleBuilder();
        m.module.addFuncType(FuncType.EMPTY);
        m.module.imports.add(Import.func("env", "f", 0));
        m.func(0, types(), op(Opcode.CALL, 0), op(Opcode.NOP));
        ValidModule vm = m.valid();
        assertEquals(1, vm.code[0].funcIndex);
        assertArrayEquals(new ValType[0], Validator.operandTypesAt(m.valid(), 1, 1));
    }

    /** In unreachable code, operands the algorithm could not know are null. */
    @Test
    void unknownOperandTypes() {
        ModuleBuilder m = new ModuleBuilder();
        m.func(types(), types(I32), op(Opcode.UNREACHABLE), op(Opcode.SELECT), i32(1), op(Opcode.I32_ADD));
        m.valid();
        assertArrayEquals(new ValType[] {null}, Validator.operandTypesAt(m.valid(), 0, 2));
        assertArrayEquals(new ValType[] {null, I32}, Validator.operandTypesAt(m.valid(), 0, 3));
        assertArrayEquals(new ValType[] {I32}, Validator.operandTypesAt(m.valid(), 0, 4));
    }
}
