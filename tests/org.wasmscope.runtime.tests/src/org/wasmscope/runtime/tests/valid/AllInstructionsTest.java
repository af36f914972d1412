package org.wasmscope.runtime.tests.valid;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.wasmscope.tests.support.ModuleBuilder.*;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.wasmscope.runtime.syntax.AbsHeap;
import org.wasmscope.runtime.syntax.ArrayType;
import org.wasmscope.runtime.syntax.Data;
import org.wasmscope.runtime.syntax.Elem;
import org.wasmscope.runtime.syntax.Export;
import org.wasmscope.runtime.syntax.FieldType;
import org.wasmscope.runtime.syntax.ExternKind;
import org.wasmscope.runtime.syntax.Global;
import org.wasmscope.runtime.syntax.GlobalType;
import org.wasmscope.runtime.syntax.Instr;
import org.wasmscope.runtime.syntax.Limits;
import org.wasmscope.runtime.syntax.MemType;
import org.wasmscope.runtime.syntax.Opcode;
import org.wasmscope.runtime.syntax.PackedType;
import org.wasmscope.runtime.syntax.SegmentMode;
import org.wasmscope.runtime.syntax.StructType;
import org.wasmscope.runtime.syntax.SubType;
import org.wasmscope.runtime.syntax.Table;
import org.wasmscope.runtime.syntax.TableType;
import org.wasmscope.runtime.syntax.TagType;
import org.wasmscope.runtime.syntax.ValType;
import org.wasmscope.tests.support.ModuleBuilder;

/**
 * Every instruction (of 2.0 and 3.0) has a typing rule: each one validates in unreachable code (where any operands
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

    /** Type indices of {@link #richModule}: a struct of an i32 and an i8, an array of i8, an array of funcref. */
    private static final int STRUCT = 1, BYTES = 2, FUNCS = 3;

    /**
     * The instruction with valid immediates: index 0 of everything, natural alignment, lane 0; for struct and
     * array instructions a type they accept (field 1 and array BYTES are packed, for the _s and _u forms).
     */
    private static Instr withImmediates(Opcode op) {
        Instr in = new Instr(op);
        boolean packed = op.text.endsWith("_s") || op.text.endsWith("_u");
        switch (op.immediates) {
            case TYPE -> in.x = op.text.startsWith("struct.") ? STRUCT
                    : op == Opcode.ARRAY_GET ? FUNCS : op.text.startsWith("array.") ? BYTES : 0;
            case FIELD -> {
                in.x = STRUCT;
                in.y = packed ? 1 : 0;
            }
            case ARRAY_FIXED, ARRAY_DATA -> in.x = BYTES;
            case ARRAY_COPY -> {
                in.x = BYTES;
                in.y = BYTES;
            }
            case ARRAY_ELEM -> in.x = FUNCS;
            case REF_TYPE -> in.types = types(ValType.ref(op == Opcode.REF_TEST_NULL || op == Opcode.REF_CAST_NULL,
                    AbsHeap.ANY));
            case BR_ON_CAST -> in.types = types(FUNCREF, ValType.ref(false, AbsHeap.FUNC));
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
        m.module.addRec(List.of(SubType.of(new StructType(new FieldType[] {new FieldType(I32, true),
            new FieldType(PackedType.I8, true)}))));
        m.module.addRec(List.of(SubType.of(new ArrayType(new FieldType(PackedType.I8, true)))));
        m.module.addRec(List.of(SubType.of(new ArrayType(new FieldType(FUNCREF, true)))));
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
