package org.wasmscope.runtime.tests.valid;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.wasmscope.tests.support.ModuleBuilder.*;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.wasmscope.runtime.syntax.Data;
import org.wasmscope.runtime.syntax.Elem;
import org.wasmscope.runtime.syntax.Export;
import org.wasmscope.runtime.syntax.ExternKind;
import org.wasmscope.runtime.syntax.Global;
import org.wasmscope.runtime.syntax.GlobalType;
import org.wasmscope.runtime.syntax.Instr;
import org.wasmscope.runtime.syntax.Limits;
import org.wasmscope.runtime.syntax.MemType;
import org.wasmscope.runtime.syntax.Opcode;
import org.wasmscope.runtime.syntax.SegmentMode;
import org.wasmscope.runtime.syntax.Table;
import org.wasmscope.runtime.syntax.TableType;
import org.wasmscope.runtime.syntax.TagType;
import org.wasmscope.tests.support.ModuleBuilder;

/**
 * Every instruction (of 2.0, and of 3.0 so far) has a typing rule: each one validates in unreachable code (where any operands
 * are available) in a module that has everything an index may refer to.
 */
class AllInstructionsTest {
    private static final Set<Opcode> STRUCTURED = EnumSet.of(Opcode.BLOCK, Opcode.LOOP, Opcode.IF, Opcode.ELSE,
            Opcode.END, Opcode.TRY_TABLE);

    @Test
    void everyInstructionHasATypingRule() {
        for (Opcode op : Opcode.values()) {
            if (STRUCTURED.contains(op)) {
                continue;
            }
            ModuleBuilder m = richModule(withImmediates(op));
            assertDoesNotThrow(m::valid, op.text);
        }
    }

    /** The instruction with valid immediates: index 0 of everything, natural alignment, lane 0. */
    private static Instr withImmediates(Opcode op) {
        Instr in = new Instr(op);
        switch (op.immediates) {
            case MEMARG, MEMARG_LANE -> in.x = Integer.numberOfTrailingZeros(op.accessBytes);
            case BR_TABLE -> in.labels = new int[] {0, 0};
            case SELECT_T -> in.types = types(I64);
            case REF_NULL -> in.types = types(EXTERNREF);
            case SHUFFLE -> in.lanes = new byte[16];
            default -> {
            }
        }
        return in;
    }

    private static ModuleBuilder richModule(Instr in) {
        ModuleBuilder m = new ModuleBuilder();
        // label 0 takes a reference, as br_on_non_null's label must; br 1 leaves the function whatever in pushed
        m.func(m.type(types()), types(I32), block(Opcode.BLOCK, FUNCREF), op(Opcode.UNREACHABLE), in, op(Opcode.BR, 1),
                op(Opcode.END), op(Opcode.DROP));
        m.module.tables.add(Table.of(new TableType(new Limits(1, -1), FUNCREF)));
        m.module.memories.add(new MemType(new Limits(1, -1)));
        m.module.globals.add(new Global(new GlobalType(V128, true), expr(v128())));
        m.module.elems.add(new Elem(FUNCREF, new Instr[0][], SegmentMode.PASSIVE, -1, null));
        m.module.datas.add(new Data(new byte[0], SegmentMode.PASSIVE, 0, null));
        m.module.tags.add(new TagType(m.type(types())));
        m.module.exports.add(new Export("f", ExternKind.FUNC, 0));
        return m;
    }
}
