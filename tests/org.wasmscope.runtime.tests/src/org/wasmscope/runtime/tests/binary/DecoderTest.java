package org.wasmscope.runtime.tests.binary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.wasmscope.runtime.MalformedException;
import org.wasmscope.runtime.binary.Decoder;
import org.wasmscope.runtime.syntax.BlockType;
import org.wasmscope.runtime.syntax.Data;
import org.wasmscope.runtime.syntax.Elem;
import org.wasmscope.runtime.syntax.ExternKind;
import org.wasmscope.runtime.syntax.Func;
import org.wasmscope.runtime.syntax.FuncType;
import org.wasmscope.runtime.syntax.Import;
import org.wasmscope.runtime.syntax.Instr;
import org.wasmscope.runtime.syntax.Limits;
import org.wasmscope.runtime.syntax.Module;
import org.wasmscope.runtime.syntax.ModuleListing;
import org.wasmscope.runtime.syntax.Opcode;
import org.wasmscope.runtime.syntax.SegmentMode;
import org.wasmscope.runtime.syntax.SpecVersion;
import org.wasmscope.runtime.syntax.ValType;

/** Hand-built modules through the decoder: every section, the immediates, positions and errors. */
class DecoderTest {

    /** Type 0: [] -> []. */
    private static Bytes oneType() {
        return new Bytes().u32(1).raw(0x60, 0, 0);
    }

    /** A module with type 0 = [] -> [], one function of that type with {@code body} (locals and code). */
    private static Bytes oneFunc(Bytes body) {
        return Bytes.module().section(1, oneType()).section(3, new Bytes().u32(1).u32(0))
                .section(10, new Bytes().u32(1).u32(body.size()).bytes(body));
    }

    private static MalformedException malformed(byte[] bytes) {
        return assertThrows(MalformedException.class, () -> Decoder.decode(bytes));
    }

    @Test
    void emptyModule() {
        Module m = Decoder.decode(Bytes.module().toArray());
        assertTrue(m.types.isEmpty() && m.funcs.isEmpty());
        assertEquals(-1, m.start);
        assertEquals(-1, m.dataCount);
    }

    @Test
    void typesImportsAndExports() {
        Bytes types = new Bytes().u32(2).raw(0x60, 2, 0x7F, 0x7E, 1, 0x7D).raw(0x60, 0, 0);
        Bytes imports = new Bytes().u32(4)
                .name("env").name("f").raw(0x00).u32(0)
                .name("env").name("t").raw(0x01, 0x6F, 0x01).u32(1).u32(10)
                .name("env").name("m").raw(0x02, 0x00).u32(2)
                .name("ünï").name("g").raw(0x03, 0x7C, 0x01);
        Bytes exports = new Bytes().u32(2).name("f").raw(0x00).u32(0).name("mem").raw(0x02).u32(0);
        Module m = Decoder.decode(Bytes.module().section(1, types).section(2, imports).section(7, exports).toArray());

        assertEquals(new FuncType(new ValType[] {ValType.I32, ValType.I64}, new ValType[] {ValType.F32}),
                m.funcTypeAt(0));
        assertEquals(FuncType.EMPTY, m.funcTypeAt(1));
        assertEquals(Import.func("env", "f", 0), m.imports.get(0));
        assertEquals(new Limits(1, 10), m.imports.get(1).table().limits());
        assertEquals(ValType.EXTERNREF, m.imports.get(1).table().elemType());
        assertEquals(new Limits(2, -1), m.imports.get(2).memory().limits());
        assertEquals("ünï", m.imports.get(3).module());
        assertTrue(m.imports.get(3).global().mutable());
        assertEquals(ExternKind.MEMORY, m.export("mem").kind());
        assertEquals(1, m.funcCount());
    }

    @Test
    void functionBodiesKeepOffsetsAndLocals() {
        // locals: 2 x i32, 1 x f64; body: local.get 0, i32.const -1, i32.add, drop, end
        Bytes body = new Bytes().u32(2).u32(2).raw(0x7F).u32(1).raw(0x7C)
                .raw(0x20, 0x00, 0x41, 0x7F, 0x6A, 0x1A, 0x0B);
        byte[] bytes = oneFunc(body).toArray();
        Module m = Decoder.decode(bytes);
        Func f = m.funcs.get(0);
        assertArrayEquals(new ValType[] {ValType.I32, ValType.I32, ValType.F64}, f.locals);
        assertEquals(5, f.body.length);
        // the body's size byte is right after the code section's id, size and count
        int bodyOffset = bytes.length - body.size() - 1;
        assertEquals(bodyOffset, f.bodyOffset);
        int first = bodyOffset + 1 + 5; // size byte, then the 5 bytes of local declarations
        int[] expected = {first, first + 2, first + 4, first + 5, first + 6};
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], f.body[i].offset, "offset of " + f.body[i]);
            assertEquals(bytes[f.body[i].offset] & 0xFF, f.body[i].op.prefix == 0 ? f.body[i].op.code : -1);
        }
        assertEquals(-1, f.body[1].imm);
        assertEquals(Opcode.END, f.body[4].op);
    }

    @Test
    void controlAndMemoryImmediates() {
        Bytes body = new Bytes().u32(0)
                .raw(0x02, 0x40) // block
                .raw(0x03, 0x7F) // loop (result i32)
                .raw(0x41, 0x00, 0x04).u32(0) // i32.const 0, if (type 0)
                .raw(0x05) // else
                .raw(0x0B) // end if
                .raw(0x0E).u32(2).u32(0).u32(1).u32(2) // br_table 0 1 2
                .raw(0x0B, 0x0B) // end loop, end block
                .raw(0x11).u32(0).u32(3) // call_indirect (type 0) table 3
                .raw(0x29).u32(3).u32(0x10000) // i64.load offset=65536 align=8
                .raw(0x3F, 0x00) // memory.size
                .raw(0x42).raw(0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x7F) // i64.const min
                .raw(0x43, 0x00, 0x00, 0xC0, 0x7F) // f32.const nan
                .raw(0x44, 0, 0, 0, 0, 0, 0, 0xF0, 0x3F) // f64.const 1
                .raw(0x1C, 0x01, 0x7B) // select (result v128)
                .raw(0xD0, 0x6F) // ref.null extern
                .raw(0xD2).u32(0) // ref.func 0
                .raw(0x0B);
        Instr[] code = Decoder.decode(oneFunc(body).toArray()).funcs.get(0).body;
        assertEquals(BlockType.EMPTY, code[0].blockType);
        assertEquals(BlockType.of(ValType.I32), code[1].blockType);
        assertEquals(BlockType.ofIndex(0), code[3].blockType);
        assertEquals(Opcode.ELSE, code[4].op);
        assertArrayEquals(new int[] {0, 1, 2}, code[6].labels);
        Instr ci = code[9];
        assertEquals(Opcode.CALL_INDIRECT, ci.op);
        assertEquals(0, ci.x);
        assertEquals(3, ci.y);
        assertEquals(3, code[10].x);
        assertEquals(0x10000, code[10].imm);
        assertEquals(Opcode.MEMORY_SIZE, code[11].op);
        assertEquals(Long.MIN_VALUE, code[12].imm);
        assertEquals(0x7FC00000L, code[13].imm & 0xFFFFFFFFL);
        assertEquals(1.0, Double.longBitsToDouble(code[14].imm));
        assertArrayEquals(new ValType[] {ValType.V128}, code[15].types);
        assertEquals(ValType.EXTERNREF, code[16].types[0]);
        assertEquals(Opcode.REF_FUNC, code[17].op);
    }

    @Test
    void prefixedInstructions() {
        Bytes body = new Bytes().u32(0)
                .raw(0xFC).u32(8).u32(0).raw(0x00) // memory.init 0
                .raw(0xFC).u32(9).u32(0) // data.drop 0
                .raw(0xFC).u32(10).raw(0x00, 0x00) // memory.copy
                .raw(0xFC).u32(12).u32(1).u32(2) // table.init elem 1 table 2
                .raw(0xFC).u32(14).u32(3).u32(4) // table.copy 3 <- 4
                .raw(0xFC, 0x80, 0x00) // i32.trunc_sat_f32_s with a two-byte sub-opcode
                .raw(0xFD).u32(12).raw(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16) // v128.const
                .raw(0xFD).u32(13).raw(0, 1, 2, 3, 4, 5, 6, 7, 16, 17, 18, 19, 20, 21, 22, 31) // shuffle
                .raw(0xFD).u32(0x15).raw(15) // i8x16.extract_lane_s 15
                .raw(0xFD).u32(0x54).u32(0).u32(8).raw(3) // v128.load8_lane offset=8 3
                .raw(0xFD).u32(0xFF) // f64x2.convert_low_i32x4_u
                .raw(0x0B);
        Bytes datas = new Bytes().u32(1).u32(1).u32(0);
        byte[] bytes = Bytes.module().section(1, oneType()).section(3, new Bytes().u32(1).u32(0))
                .section(5, new Bytes().u32(1).raw(0).u32(1)).section(12, new Bytes().u32(1))
                .section(10, new Bytes().u32(1).u32(body.size()).bytes(body)).section(11, datas).toArray();
        Instr[] code = Decoder.decode(bytes).funcs.get(0).body;
        assertEquals(Opcode.MEMORY_INIT, code[0].op);
        assertEquals(Opcode.DATA_DROP, code[1].op);
        assertEquals(Opcode.MEMORY_COPY, code[2].op);
        assertEquals(1, code[3].x);
        assertEquals(2, code[3].y);
        assertEquals(3, code[4].x);
        assertEquals(4, code[4].y);
        assertEquals(Opcode.I32_TRUNC_SAT_F32_S, code[5].op);
        assertEquals(0x0807060504030201L, code[6].imm);
        assertEquals(0x100F0E0D0C0B0A09L, code[6].imm2);
        assertEquals(31, code[7].lanes[15]);
        assertEquals(15, code[8].lane);
        assertEquals(8, code[9].imm);
        assertEquals(3, code[9].lane);
        assertEquals(Opcode.F64X2_CONVERT_LOW_I32X4_U, code[10].op);
        assertEquals(Opcode.END, code[11].op);

        // without the data count section, memory.init and data.drop make the module malformed
        byte[] noCount = Bytes.module().section(1, oneType()).section(3, new Bytes().u32(1).u32(0))
                .section(5, new Bytes().u32(1).raw(0).u32(1))
                .section(10, new Bytes().u32(1).u32(body.size()).bytes(body)).section(11, datas).toArray();
        assertEquals("data count section required", malformed(noCount).getMessage());
    }

    @Test
    void vectorSubOpcodesBeyondAByte() {
        Bytes body = new Bytes().u32(0);
        for (int sub = 0x100; sub <= 0x113; sub++) {
            body.raw(0xFD).u32(sub);
        }
        body.raw(0xFD, 0x93, 0x82, 0x80, 0x00); // 0x113 in four bytes
        Instr[] code = Decoder.decode(oneFunc(body.raw(0x0B)).toArray()).funcs.get(0).body;
        assertEquals(Opcode.I8X16_RELAXED_SWIZZLE, code[0].op);
        assertEquals(Opcode.F64X2_RELAXED_MADD, code[7].op);
        assertEquals(Opcode.I32X4_RELAXED_DOT_I8X16_I7X16_ADD_S, code[19].op);
        assertEquals(Opcode.I32X4_RELAXED_DOT_I8X16_I7X16_ADD_S, code[20].op);
        assertEquals(Opcode.END, code[21].op);

        Bytes next = new Bytes().u32(0).raw(0xFD).u32(0x114).raw(0x0B);
        assertEquals("illegal opcode fd 114", malformed(oneFunc(next).toArray()).getMessage());
    }

    @Test
    void elementSegmentsInAllEightEncodings() {
        Bytes constExpr = new Bytes().raw(0x41, 0x05, 0x0B); // i32.const 5
        Bytes refNull = new Bytes().raw(0xD0, 0x70, 0x0B);
        Bytes elems = new Bytes().u32(8)
                .u32(0).bytes(constExpr).u32(1).u32(0) // active table 0, func indices
                .u32(1).raw(0x00).u32(1).u32(0) // passive, elemkind
                .u32(2).u32(1).bytes(constExpr).raw(0x00).u32(2).u32(0).u32(0) // active table 1
                .u32(3).raw(0x00).u32(1).u32(0) // declarative
                .u32(4).bytes(constExpr).u32(1).bytes(refNull) // active table 0, exprs
                .u32(5).raw(0x70).u32(2).bytes(refNull).bytes(refNull) // passive, exprs
                .u32(6).u32(1).bytes(constExpr).raw(0x6F).u32(0) // active table 1, externref
                .u32(7).raw(0x70).u32(1).bytes(refNull); // declarative, exprs
        Module m = Decoder.decode(oneFunc(new Bytes().u32(0).raw(0x0B)).section(0, new Bytes().name("x"))
                .toArray());
        assertEquals(1, m.customSections.size());
        byte[] bytes = Bytes.module().section(1, oneType()).section(3, new Bytes().u32(1).u32(0))
                .section(9, elems).section(10, new Bytes().u32(1).u32(2).u32(0).raw(0x0B)).toArray();
        m = Decoder.decode(bytes);
        assertEquals(8, m.elems.size());
        SegmentMode[] modes = {SegmentMode.ACTIVE, SegmentMode.PASSIVE, SegmentMode.ACTIVE, SegmentMode.DECLARATIVE,
            SegmentMode.ACTIVE, SegmentMode.PASSIVE, SegmentMode.ACTIVE, SegmentMode.DECLARATIVE};
        int[] tables = {0, 0, 1, 0, 0, 0, 1, 0};
        for (int i = 0; i < 8; i++) {
            Elem e = m.elems.get(i);
            assertEquals(modes[i], e.mode(), "mode of segment " + i);
            if (e.mode() == SegmentMode.ACTIVE) {
                assertEquals(tables[i], e.table(), "table of segment " + i);
                assertEquals(5, e.offset()[0].imm);
            } else {
                assertNull(e.offset());
            }
        }
        assertEquals(ValType.EXTERNREF, m.elems.get(6).type());
        assertEquals(0, m.elems.get(6).init().length);
        Instr[] init = m.elems.get(2).init()[1];
        assertEquals(Opcode.REF_FUNC, init[0].op);
        assertEquals(Opcode.END, init[1].op);
        assertEquals(Opcode.REF_NULL, m.elems.get(5).init()[1][0].op);

        byte[] badKind = Bytes.module().section(9, new Bytes().u32(1).u32(8)).toArray();
        assertEquals("malformed elements segment kind", malformed(badKind).getMessage());
    }

    @Test
    void dataSegmentsInAllThreeEncodings() {
        Bytes datas = new Bytes().u32(3)
                .u32(0).raw(0x41, 0x01, 0x0B).name("ab")
                .u32(1).name("cde")
                .u32(2).u32(1).raw(0x41, 0x02, 0x0B).u32(0);
        Module m = Decoder.decode(Bytes.module().section(12, new Bytes().u32(3)).section(11, datas).toArray());
        assertEquals(3, m.dataCount);
        Data d0 = m.datas.get(0);
        assertEquals(SegmentMode.ACTIVE, d0.mode());
        assertEquals("ab", new String(d0.init(), StandardCharsets.UTF_8));
        assertEquals(SegmentMode.PASSIVE, m.datas.get(1).mode());
        assertEquals(1, m.datas.get(2).memory());
        assertEquals(2, m.datas.get(2).offset()[0].imm);

        byte[] mismatch = Bytes.module().section(12, new Bytes().u32(2)).section(11, datas).toArray();
        assertEquals("data count and data section have inconsistent lengths", malformed(mismatch).getMessage());
    }

    @Test
    void nameSectionFillsNames() {
        Bytes funcNames = new Bytes().u32(1).u32(0).name("main");
        Bytes localNames = new Bytes().u32(1).u32(0).u32(1).u32(0).name("x");
        Bytes names = new Bytes().name("name")
                .raw(0).u32(4).name("mod")
                .raw(1).u32(funcNames.size()).bytes(funcNames)
                .raw(2).u32(localNames.size()).bytes(localNames);
        Bytes body = new Bytes().u32(1).u32(1).raw(0x7F).raw(0x0B);
        Module m = Decoder.decode(oneFunc(body).section(0, names).toArray());
        assertEquals("mod", m.names.module);
        assertEquals("main", m.names.function(0));
        assertEquals("x", m.names.local(0, 0));
        assertEquals("name", m.customSections.get(0).name());
    }

    @Test
    void malformedNameSectionDoesNotRejectTheModule() {
        Bytes funcNames = new Bytes().u32(2).u32(0).name("ok").u32(1).raw(0x02, 0xC0, 0x80); // overlong UTF-8
        Bytes names = new Bytes().name("name").raw(1).u32(funcNames.size()).bytes(funcNames).raw(7, 0x7F);
        Module m = Decoder.decode(Bytes.module().section(0, names).toArray());
        assertEquals("ok", m.names.function(0));
        assertNull(m.names.function(1));
    }

    @Test
    void customSectionKeepsContentsAndOffset() {
        byte[] bytes = Bytes.module().section(0, new Bytes().name("hi").raw(1, 2, 3)).toArray();
        Module m = Decoder.decode(bytes);
        assertArrayEquals(new byte[] {1, 2, 3}, m.customSections.get(0).contents());
        assertEquals(bytes.length - 3, m.customSections.get(0).offset());
    }

    @Test
    void errorsCarryMessageAndOffset() {
        MalformedException e = malformed(oneFunc(new Bytes().u32(0).raw(0x41, 0x00, 0x06, 0x0B)).toArray());
        assertTrue(e.getMessage().startsWith("illegal opcode 06"), e.getMessage());
        byte[] bytes = oneFunc(new Bytes().u32(0).raw(0x41, 0x00, 0x06, 0x0B)).toArray();
        assertEquals(bytes.length - 2, e.offset);

        e = malformed(oneFunc(new Bytes().u32(0).raw(0xFC).u32(18).raw(0x0B)).toArray());
        assertTrue(e.getMessage().startsWith("illegal opcode fc 12"), e.getMessage());

        e = malformed(oneFunc(new Bytes().u32(0).raw(0x41, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00, 0x0B)).toArray());
        assertEquals("integer representation too long", e.getMessage());
        e = malformed(oneFunc(new Bytes().u32(0).raw(0x41, 0x80, 0x80, 0x80, 0x80, 0x70, 0x0B)).toArray());
        assertEquals("integer too large", e.getMessage());

        // an encoded surrogate (U+D800) and a truncated sequence are not UTF-8
        byte[] surrogate = Bytes.module().section(7, new Bytes().u32(1).u32(3).raw(0xED, 0xA0, 0x80).raw(0).u32(0))
                .toArray();
        assertEquals("malformed UTF-8 encoding", malformed(surrogate).getMessage());
        byte[] truncated = Bytes.module().section(0, new Bytes().u32(2).raw(0x61, 0xE2)).toArray();
        assertEquals("malformed UTF-8 encoding", malformed(truncated).getMessage());

        byte[] align = oneFunc(new Bytes().u32(0).raw(0x41, 0x00, 0x28).u32(0x80).u32(0).raw(0x1A, 0x0B)).toArray();
        assertEquals("malformed memop flags", malformed(align).getMessage());
        // in 2.0 flags of 32 and more (bit 6: 3.0's memory index) are malformed
        byte[] align2 = oneFunc(new Bytes().u32(0).raw(0x41, 0x00, 0x28).u32(0x40).u32(0).raw(0x1A, 0x0B)).toArray();
        assertEquals("malformed memop flags",
                assertThrows(MalformedException.class, () -> Decoder.decode(align2, SpecVersion.V2)).getMessage());

        byte[] badElse = oneFunc(new Bytes().u32(0).raw(0x02, 0x40, 0x05, 0x0B, 0x0B)).toArray();
        assertEquals("END opcode expected", malformed(badElse).getMessage());

        byte[] order = Bytes.module().section(3, new Bytes().u32(0)).section(1, new Bytes().u32(0)).toArray();
        assertEquals("unexpected content after last section", malformed(order).getMessage());
        assertEquals(8 + 3, malformed(order).offset);
    }

    @Test
    void dumpListsSectionsAndInstructions() {
        Bytes funcNames = new Bytes().u32(1).u32(0).name("main");
        Bytes body = new Bytes().u32(1).u32(1).raw(0x7F).raw(0x41, 0x2A, 0x21, 0x00, 0x0B);
        byte[] bytes = Bytes.module().section(1, oneType()).section(3, new Bytes().u32(1).u32(0))
                .section(7, new Bytes().u32(1).name("run").raw(0).u32(0))
                .section(10, new Bytes().u32(1).u32(body.size()).bytes(body))
                .section(0, new Bytes().name("name").raw(1).u32(funcNames.size()).bytes(funcNames)).toArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ModuleListing.print(Decoder.decode(bytes), new PrintStream(out, true, StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("type 0: (func)"), text);
        assertTrue(text.contains("func 0 $main"), text);
        assertTrue(text.contains("i32.const 42"), text);
        assertTrue(text.contains("local.set 0"), text);
        assertTrue(text.contains("\"run\" -> func 0"), text);
        assertTrue(text.contains("\"name\""), text);
    }
}
