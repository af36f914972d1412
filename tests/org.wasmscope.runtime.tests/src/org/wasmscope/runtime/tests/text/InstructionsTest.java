package org.wasmscope.runtime.tests.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.wasmscope.runtime.MalformedException;
import org.wasmscope.runtime.syntax.BlockType;
import org.wasmscope.runtime.syntax.Instr;
import org.wasmscope.runtime.syntax.Module;
import org.wasmscope.runtime.syntax.Opcode;
import org.wasmscope.runtime.syntax.SpecVersion;
import org.wasmscope.runtime.syntax.ValType;
import org.wasmscope.runtime.text.TextParser;

/** Instructions (spec 6.5): plain and folded forms, labels, block types, immediates, SIMD. */
class InstructionsTest {
    private static Opcode[] ops(Instr[] body) {
        return Arrays.stream(body).map(i -> i.op).toArray(Opcode[]::new);
    }

    @Test
    void foldedEqualsPlain() {
        Instr[] folded = Wat.body("(result i32) (i32.add (i32.const 1) (i32.mul (i32.const 2) (i32.const 3)))");
        Instr[] plain = Wat.body("(result i32) i32.const 1 i32.const 2 i32.const 3 i32.mul i32.add");
        assertArrayEquals(ops(plain), ops(folded));
        assertEquals(Arrays.toString(plain), Arrays.toString(folded));
    }

    @Test
    void foldedIfPutsConditionFirst() {
        Instr[] b = Wat.body("(result i32) (if (result i32) (i32.const 1) (then (i32.const 2)) (else (i32.const 3)))");
        assertArrayEquals(new Opcode[] {Opcode.I32_CONST, Opcode.IF, Opcode.I32_CONST, Opcode.ELSE, Opcode.I32_CONST,
                Opcode.END}, ops(b));
        assertEquals(BlockType.of(ValType.I32), b[1].blockType);
        assertArrayEquals(new Opcode[] {Opcode.I32_CONST, Opcode.IF, Opcode.END},
                ops(Wat.body("(if (i32.const 0) (then))")));
        Wat.malformed("(func (if i32.const 0 (then) (else)))", "unexpected token");
    }

    @Test
    void labelsResolveByDepthAndAreNamed() {
        Module m = Wat.parse("""
                (module (func $f
                  (block $outer
                    (loop $inner
                      (br_if $outer (i32.const 1))
                      (br $inner)
                      (block (br_table $inner $outer 0 (i32.const 0)))))
                  block $b br $b end $b))
                """);
        Instr[] b = m.funcs.get(0).body;
        assertEquals(1, b[3].x, "br_if $outer from inside the loop");
        assertEquals(0, b[4].x, "br $inner");
        assertArrayEquals(new int[] {1, 2, 0}, b[7].labels);
        assertEquals(Map.of(0, "outer", 1, "inner", 3, "b"), m.names.labels.get(0));
        Wat.malformed("(func block end $l)", "mismatching label");
        Wat.malformed("(func i32.const 0 if $a else $l end)", "mismatching label");
        Wat.malformed("(func (block $l (i32.const 0) (br_table $l0)))", "unknown label");
    }

    @Test
    void blockTypes() {
        Module m = Wat.parse("""
                (module (type $t (func (param i32) (result i32)))
                  (func (result i32)
                    (block (result i32) (i32.const 1))
                    (block (type $t) (i32.const 2))
                    (loop (param i32) (result i32))
                    (block (result i32 i32) (i32.const 1) (i32.const 2)) drop drop))
                """);
        Instr[] b = m.funcs.get(0).body;
        assertEquals(BlockType.of(ValType.I32), b[0].blockType);
        assertEquals(BlockType.ofIndex(0), b[3].blockType);
        assertEquals(BlockType.ofIndex(0), b[6].blockType, "(param i32) (result i32) is type $t");
        assertTrue(b[8].blockType.isIndex());
        assertEquals(2, m.funcTypeAt(b[8].blockType.typeIndex()).results.length);
        assertEquals(BlockType.EMPTY, Wat.body("(block)")[0].blockType);
        Wat.malformed("(func (block (param $x i32) (drop)))", "unexpected token");
        Wat.malformed("(type $sig (func)) (func (block (type $sig) (result i32) (i32.const 0)) (unreachable))",
                "inline function type");
    }

    @Test
    void memoryImmediates() {
        Instr i = Wat.one("(i64.load32_u offset=0x10 align=2)");
        assertEquals(16, i.imm);
        assertEquals(1, i.x);
        Instr natural = Wat.one("i32.load");
        assertEquals(2, natural.x);
        assertEquals(0, natural.imm);
        assertEquals(0xffffffffL, Wat.one("f64.store offset=4294967295").imm);
        // offsets are u64 in 3.0 (an i32 memory's range is validation's), u32 in 2.0
        assertEquals(1L << 32, Wat.one("i32.load offset=4294967296").imm);
        assertEquals(-1L, Wat.one("i32.load offset=0xffff_ffff_ffff_ffff").imm);
        Wat.malformed("(memory 1) (func (drop (i32.load offset=0x1_0000_0000_0000_0000 (i32.const 0))))", "i64 constant");
        assertThrows(MalformedException.class, () -> TextParser.parseModule(
                "(memory 1) (func (drop (i32.load offset=4294967296 (i32.const 0))))", SpecVersion.V2));
        Instr other = Wat.parse("(module (memory 1) (memory $m 1) (func (drop (i32.load $m offset=3 (i32.const 0)))))")
                .funcs.get(0).body[1];
        assertEquals(1, other.y);
        assertEquals(3, other.imm);
        Wat.malformed("(memory 0) (func (drop (i32.load8_s align=7 (i32.const 0))))", "alignment");
        Wat.malformed("(memory 0) (func (drop (i64.load align=0 (i32.const 0))))", "alignment");
        Instr lane = Wat.one("v128.load16_lane offset=2 align=1 7");
        assertEquals(7, lane.lane);
        assertEquals(2, lane.imm);
        assertEquals(0, lane.x);
        assertEquals(3, Wat.one("v128.store8_lane 3").lane);
    }

    @Test
    void tableAndReferenceInstructions() {
        Module m = Wat.parse("""
                (module (table $a 1 funcref) (table $b 1 externref) (type $t (func)) (func $f)
                  (elem $e func $f)
                  (func
                    (call_indirect $b (type $t) (i32.const 0))
                    (call_indirect (param i64) (i64.const 1) (i32.const 0))
                    (table.copy $b $a (i32.const 0) (i32.const 0) (i32.const 0))
                    (table.copy (i32.const 0) (i32.const 0) (i32.const 0))
                    (table.init $b $e (i32.const 0) (i32.const 0) (i32.const 0))
                    (drop (table.size $b)) (drop (table.get (i32.const 0)))
                    (drop (ref.null extern)) (drop (ref.func $f)) (drop (ref.is_null (ref.null func)))
                    (drop (select (result i64) (i64.const 1) (i64.const 2) (i32.const 0)))
                    (drop (select (i64.const 1) (i64.const 2) (i32.const 0)))))
                """);
        Instr[] b = m.funcs.get(1).body;
        assertEquals(Opcode.CALL_INDIRECT, b[1].op);
        assertEquals(0, b[1].x);
        assertEquals(1, b[1].y);
        assertEquals(0, b[4].y);
        assertEquals(new org.wasmscope.runtime.syntax.FuncType(new ValType[] {ValType.I64}, new ValType[0]),
                m.funcTypeAt(b[4].x));
        assertEquals(1, b[8].x);
        assertEquals(0, b[8].y);
        assertEquals(0, b[12].x);
        assertEquals(0, b[16].x, "elem $e");
        assertEquals(1, b[16].y, "table $b");
        assertEquals(1, b[17].x);
        assertEquals(ValType.EXTERNREF, b[22].types[0]);
        assertEquals(Opcode.SELECT_T, b[32].op);
        assertArrayEquals(new ValType[] {ValType.I64}, b[32].types);
        assertEquals(Opcode.SELECT, b[37].op);
    }

    @Test
    void simdImmediates() {
        Instr c = Wat.one("(v128.const i8x16 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 -1)");
        assertEquals(0x0706050403020100L, c.imm);
        assertEquals(0xff0e0d0c0b0a0908L, c.imm2);
        Instr s = Wat.one("(v128.const i16x8 1 2 3 4 5 6 7 0xffff)");
        assertEquals(0x0004000300020001L, s.imm);
        assertEquals(0xffff000700060005L, s.imm2);
        Instr f = Wat.one("(v128.const f32x4 1 -0 nan 0x1p-149)");
        assertEquals(0x800000003f800000L, f.imm);
        assertEquals(0x000000017fc00000L, f.imm2);
        Instr d = Wat.one("(v128.const f64x2 inf -1.5)");
        assertEquals(0x7ff0000000000000L, d.imm);
        assertEquals(Double.doubleToRawLongBits(-1.5), d.imm2);
        Instr l = Wat.one("(v128.const i64x2 -1 0x8000_0000_0000_0000)");
        assertEquals(-1L, l.imm);
        assertEquals(Long.MIN_VALUE, l.imm2);
        Instr shuffle = Wat.one("i8x16.shuffle 31 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14");
        assertEquals(31, shuffle.lanes[0]);
        assertEquals(3, Wat.one("f32x4.extract_lane 3").lane);
        Wat.malformed("(func (v128.const i32x4 0x1 0x1 0x1 0x1 0x1) drop)", "wrong number of lane literals");
        Wat.malformed("(func (v128.const i8x16 256 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0) drop)", "constant out of range");
        Wat.malformed("(func (v128.const 0 0 0 0) drop)", "unexpected token");
        String lane256 = "(func (result i32) (i8x16.extract_lane_s 256 (v128.const i8x16 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0)))";
        Wat.malformed(lane256, "i8 constant out of range");
        MalformedException v2 = assertThrows(MalformedException.class, () -> TextParser.parseModule(lane256, SpecVersion.V2));
        assertTrue(v2.getMessage().startsWith("malformed lane index"), v2.getMessage());
        Wat.malformed("(func (i8x16.shuffle 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 (local.get 0) (local.get 0)))",
                "invalid lane length");
        Wat.malformed("(func (i8x16.shuffle 0.5 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15))", "i8 constant out of range");
    }

    @Test
    void everyOpcodeParsesByItsName() {
        for (Opcode op : Opcode.values()) {
            String text = switch (op.immediates) {
                case NONE -> op == Opcode.ELSE || op == Opcode.END ? null : op.text;
                case BLOCK, TRY_TABLE -> op.text + " end";
                case LABEL, FUNC, TYPE, LOCAL, GLOBAL, TABLE, MEMORY, DATA, ELEM, TAG -> op.text + " 0";
                case BR_TABLE -> op.text + " 0 0";
                case CALL_INDIRECT -> op.text + " (type 0)";
                case MEMARG -> op.text + " offset=1";
                case MEMARG_LANE -> op.text + " 1";
                case I32, I64, F32, F64 -> op.text + " 1";
                case SELECT_T -> op.text + " (result i32)";
                case REF_NULL -> op.text + " func";
                case MEMORY_INIT -> op.text + " 0";
                case MEMORY_COPY -> op.text;
                case TABLE_INIT, TABLE_COPY -> op.text + " 0 0";
                case V128 -> op.text + " i32x4 1 2 3 4";
                case SHUFFLE -> op.text + " 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15";
                case LANE -> op.text + " 1";
                case FIELD, ARRAY_FIXED, ARRAY_DATA, ARRAY_ELEM, ARRAY_COPY -> op.text + " 0 0";
                case REF_TYPE -> op.text + (op == Opcode.REF_TEST_NULL || op == Opcode.REF_CAST_NULL ? " (ref null any)"
                        : " (ref any)");
                case BR_ON_CAST -> op.text + " 0 anyref (ref i31)";
            };
            if (text == null) {
                continue;
            }
            Instr[] b = Wat.body(text);
            assertEquals(op, b[0].op, text);
            assertTrue(b[0].line == 1 && b[0].column > 1, "position of " + text);
        }
        Wat.malformed("(func (i32.trunc_s:sat/f32 (f32.const 0)))", "unknown operator");
        Wat.malformed("(memory 1) (func (drop (current_memory)))", "unknown operator current_memory");
    }

    @Test
    void everyInstructionHasItsPosition() {
        Module m = Wat.parse("(module\n (func (result i32)\n  (block (result i32)\n   i32.const 7)))");
        Instr[] b = m.funcs.get(0).body;
        assertEquals(3, b[0].line);
        assertEquals(4, b[0].column);
        assertEquals(4, b[1].line);
        assertEquals(4, b[1].column);
        for (Instr i : b) {
            assertTrue(i.line > 0 && i.column > 0, i.toString());
        }
    }

    /**
     * Every {@code end} is where its instruction closes: the closing parenthesis of a folded block, loop
     * or if, of the function (its body's end) and of a constant expression's field or folded instruction;
     * the {@code end} keyword in flat text.
     */
    @Test
    void everyEndIsAtItsClosingParenthesisOrKeyword() {
        Module folded = Wat.parse("""
                (module
                  (func $fac (param $n i64) (result i64)
                    (if (result i64) (i64.eqz (local.get $n))
                      (then (i64.const 1))
                      (else
                        (block (result i64) (loop (br 1 (local.get $n)))))))
                  (global i32 (i32.const 7))
                  (memory 1)
                  (data (i32.const 0) "x")
                  (data (offset (i32.const 1)) "y"))""");
        assertEquals(List.of("6:56", "6:57", "6:59", "6:60"), ends(folded.funcs.get(0).body));
        assertEquals(List.of("7:28"), ends(folded.globals.get(0).init()));
        assertEquals(List.of("9:21"), ends(folded.datas.get(0).offset()));
        assertEquals(List.of("10:30"), ends(folded.datas.get(1).offset()));

        Module flat = Wat.parse("""
                (module
                  (func (param i32) (result i32)
                    local.get 0
                    if (result i32)
                      i32.const 1
                    else
                      block
                      end
                      i32.const 2
                    end))""");
        assertEquals(List.of("8:7", "10:5", "10:8"), ends(flat.funcs.get(0).body));
    }

    /**
     * Each instruction's characters are its keyword and immediates, without a folded instruction's operands:
     * four steps on one line of folded text are told apart.
     */
    @Test
    void everyInstructionHasItsCharacters() {
        String text = """
                (module (func $f (param $n i64) (result i64)
                  (if (result i64) (i64.lt_u (local.get $n) (i64.const 1))
                    (then (i64.const 1))
                    (else local.get $n br_if 0 (i64.const 2)))))""";
        Instr[] b = Wat.parse(text).funcs.get(0).body;
        List<String> written = Arrays.stream(b).map(i -> text.substring(i.textStart, i.textEnd)).toList();
        assertEquals(List.of("local.get $n", "i64.const 1", "i64.lt_u", "if (result i64)", "i64.const 1", "else",
                "local.get $n", "br_if 0", "i64.const 2", ")", ")"), written);
    }

    /** The positions of the {@code end}s of {@code body} as {@code line:column}. */
    private static List<String> ends(Instr[] body) {
        return Arrays.stream(body).filter(i -> i.op == Opcode.END).map(i -> i.line + ":" + i.column).toList();
    }
}
