package org.wasmscope.runtime.tests.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.wasmscope.runtime.MalformedException;
import org.wasmscope.runtime.syntax.AddrType;
import org.wasmscope.runtime.syntax.Data;
import org.wasmscope.runtime.syntax.Elem;
import org.wasmscope.runtime.syntax.ExternKind;
import org.wasmscope.runtime.syntax.FuncType;
import org.wasmscope.runtime.syntax.Limits;
import org.wasmscope.runtime.syntax.MemType;
import org.wasmscope.runtime.syntax.Module;
import org.wasmscope.runtime.syntax.Opcode;
import org.wasmscope.runtime.syntax.SegmentMode;
import org.wasmscope.runtime.syntax.SpecVersion;
import org.wasmscope.runtime.syntax.TableType;
import org.wasmscope.runtime.syntax.ValType;
import org.wasmscope.runtime.text.TextParser;

/** Module fields (spec 6.6) and their abbreviations, identifiers and the order rules. */
class ModuleFieldsTest {
    private static final ValType[] NONE = {};

    @Test
    void typeUsesFindOrAppendTypes() {
        Module m = Wat.parse("""
                (module
                  (type $v (func))
                  (type $ii (func (param i32) (result i32)))
                  (func (param i32) (result i32) (local.get 0))
                  (func (type $v))
                  (func (param f32))
                  (func (type 2) (param f32))
                  (func (param $a f32) (local $b i64) (local i32 i32) (local.get $b) drop)
                  (type $last (func (param f32))))
                """);
        assertEquals(3, m.types.size(), "(param f32) is found as the later explicit $last");
        assertEquals(new FuncType(new ValType[] {ValType.F32}, NONE), m.funcTypeAt(2));
        assertEquals(1, m.funcs.get(0).typeIndex);
        assertEquals(0, m.funcs.get(1).typeIndex);
        assertEquals(2, m.funcs.get(2).typeIndex);
        assertEquals(2, m.funcs.get(3).typeIndex);
        assertArrayEquals(new ValType[] {ValType.I64, ValType.I32, ValType.I32}, m.funcs.get(4).locals);
        assertEquals(1, m.funcs.get(4).body[0].x);
        assertEquals(Map.of(0, "a", 1, "b"), m.names.locals.get(4));

        Module implicit = Wat.parse("(module (func (result i64) (i64.const 1)) (func (param i32 i32)))");
        assertEquals(2, implicit.types.size());
        assertEquals(new FuncType(NONE, new ValType[] {ValType.I64}), implicit.funcTypeAt(0));
    }

    @Test
    void typeUseMismatch() {
        Wat.malformed("(type $t (func)) (func (type $t) (param i32))", "inline function type");
        Wat.malformed("(func (type 3) (param i32))", "unknown type");
        Wat.malformed("(func (type $nope))", "unknown type");
        Wat.malformed("(func (result i32) (param i32) (i32.const 0))", "unexpected token");
        Wat.malformed("(type (func (result i32) (param i32)))", "unexpected token");
    }

    @Test
    void inlineImportsAndExports() {
        Module m = Wat.parse("""
                (module
                  (func $imp (export "e1") (import "m" "f") (param i32))
                  (global $g (import "m" "g") (mut i64))
                  (table (import "m" "t") 1 2 externref)
                  (memory (import "m" "mem") 1)
                  (import "m" "h" (func $h (result f64)))
                  (func $own (export "e2") (export "e3") (call $h) drop (call $imp (i32.const 1)))
                  (global (export "eg") f32 (f32.const 2))
                  (export "m" (memory 0)))
                """);
        assertEquals(5, m.imports.size());
        assertEquals(ExternKind.FUNC, m.imports.get(0).kind());
        assertEquals("m", m.imports.get(0).module());
        assertEquals("f", m.imports.get(0).name());
        assertEquals(ExternKind.GLOBAL, m.imports.get(1).kind());
        assertEquals(true, m.imports.get(1).global().mutable());
        assertEquals(new Limits(1, 2), m.imports.get(2).table().limits());
        assertEquals(ValType.EXTERNREF, m.imports.get(2).table().elemType());
        assertEquals(new Limits(1, -1), m.imports.get(3).memory().limits());
        assertEquals(1, m.funcs.size());
        assertEquals(1, m.funcs.get(0).body[0].x, "$h is function 1");
        assertEquals(0, m.funcs.get(0).body[3].x, "$imp is function 0");
        assertEquals("e1", m.exports.get(0).name());
        assertEquals(0, m.exports.get(0).index());
        assertEquals(2, m.exports.get(1).index());
        assertEquals("e3", m.exports.get(2).name());
        assertEquals(ExternKind.GLOBAL, m.exports.get(3).kind());
        assertEquals(1, m.exports.get(3).index());
        assertEquals(ExternKind.MEMORY, m.exports.get(4).kind());
        assertEquals(Map.of(0, "imp", 1, "h", 2, "own"), m.names.functions);
    }

    @Test
    void importsComeFirst() {
        Wat.malformed("(func) (import \"\" \"\" (func))", "import after function");
        Wat.malformed("(global i64 (i64.const 0)) (import \"\" \"\" (global i32))", "import after global");
        Wat.malformed("(table 0 funcref) (import \"\" \"\" (table 0 funcref))", "import after table");
        Wat.malformed("(memory 0) (func (import \"\" \"\"))", "import after memory");
        Wat.parse("(type (func)) (export \"x\" (func 0)) (import \"\" \"\" (func)) (func)");
    }

    @Test
    void duplicatesAndStart() {
        Wat.malformed("(func $foo) (func $foo)", "duplicate func");
        Wat.malformed("(import \"\" \"\" (func $foo)) (func $foo)", "duplicate func");
        Wat.malformed("(global $g i32 (i32.const 0)) (global $g i32 (i32.const 0))", "duplicate global");
        Wat.malformed("(memory $m 1) (memory $m 1)", "duplicate memory");
        Wat.malformed("(table $t 1 funcref) (table $t 1 funcref)", "duplicate table");
        Wat.malformed("(func (param $x i32) (local $x i32))", "duplicate local");
        Wat.malformed("(func $a) (func $b) (start $a) (start $b)", "multiple start sections");
        assertEquals(1, Wat.parse("(func $a) (func $b) (start $b)").start);
    }

    @Test
    void limits() {
        Module m = Wat.parse("(memory 0xffff_ffff) (table 0 0x1_0000 funcref)");
        assertEquals(new Limits(0xffffffffL, -1), m.memories.get(0).limits());
        assertEquals(new Limits(0, 65536), m.tables.get(0).type().limits());
        // u64 in 3.0 (validation checks the address type's range), u32 in 2.0
        assertEquals(new Limits(1L << 32, -1), Wat.parse("(memory 0x1_0000_0000)").memories.get(0).limits());
        Wat.malformed("(memory 0x1_0000_0000_0000_0000)", "i64 constant out of range");
        assertThrows(MalformedException.class,
                () -> TextParser.parseModule("(table 0 0x1_0000_0000 funcref)", SpecVersion.V2));
        Module m64 = Wat.parse("(memory i64 1 2) (table i64 0 0xffff_ffff_ffff_ffff funcref)");
        assertEquals(new MemType(AddrType.I64, new Limits(1, 2)), m64.memories.get(0));
        assertEquals(new TableType(AddrType.I64, new Limits(0, -1L, true), ValType.FUNCREF), m64.tables.get(0).type());
    }

    @Test
    void tableWithInlineElements() {
        Module m = Wat.parse("""
                (module (func $f) (func $g)
                  (elem $first (i32.const 0) $f)
                  (table $t funcref (elem $g $f $g))
                  (table externref (elem (ref.null extern)))
                  (func (elem.drop $first) (elem.drop 1) (table.init $t 2)))
                """);
        assertEquals(new Limits(3, 3), m.tables.get(0).type().limits());
        assertEquals(3, m.elems.size());
        Elem inline = m.elems.get(1);
        assertEquals(SegmentMode.ACTIVE, inline.mode());
        assertEquals(0, inline.table());
        assertEquals(Opcode.I32_CONST, inline.offset()[0].op);
        assertEquals(3, inline.init().length);
        assertEquals(Opcode.REF_FUNC, inline.init()[0][0].op);
        assertEquals(1, inline.init()[0][0].x);
        assertEquals(ValType.EXTERNREF, m.elems.get(2).type());
        assertEquals(1, m.elems.get(2).table());
        assertEquals(Opcode.REF_NULL, m.elems.get(2).init()[0][0].op);
        assertEquals(2, m.funcs.get(2).body[2].x);
        assertEquals(0, m.funcs.get(2).body[2].y);
    }

    @Test
    void elementSegmentForms() {
        Module m = Wat.parse("""
                (module (table $t 10 funcref) (table $u 10 funcref) (func $f)
                  (elem (i32.const 0) $f 0)
                  (elem (table $u) (offset (i32.const 1)) func $f)
                  (elem (table 1) (i32.const 2) funcref (item ref.func $f) (ref.null func))
                  (elem $p funcref (ref.func $f))
                  (elem func $f $f)
                  (elem declare func $f)
                  (elem 1 (i32.const 3) $f))
                """);
        assertEquals(7, m.elems.size());
        assertEquals(SegmentMode.ACTIVE, m.elems.get(0).mode());
        assertEquals(2, m.elems.get(0).init().length);
        assertEquals(1, m.elems.get(1).table());
        assertEquals(Opcode.I32_CONST, m.elems.get(1).offset()[0].op);
        assertEquals(1, m.elems.get(1).offset()[0].imm);
        assertEquals(Opcode.REF_FUNC, m.elems.get(2).init()[0][0].op);
        assertEquals(Opcode.END, m.elems.get(2).init()[0][1].op);
        assertEquals(SegmentMode.PASSIVE, m.elems.get(3).mode());
        assertNull(m.elems.get(3).offset());
        assertEquals(SegmentMode.PASSIVE, m.elems.get(4).mode());
        assertEquals(2, m.elems.get(4).init().length);
        assertEquals(SegmentMode.DECLARATIVE, m.elems.get(5).mode());
        assertEquals(1, m.elems.get(6).table());
    }

    @Test
    void memoryWithInlineDataAndDataForms() {
        Module m = Wat.parse("""
                (module
                  (memory $m (export "mem") (data "ab" "c"))
                  (data $d (memory $m) (offset (i32.const 7)) "x")
                  (data (i32.const 1) "y")
                  (data $passive "zz")
                  (func (data.drop $d) (data.drop $passive) (memory.init $passive (i32.const 0) (i32.const 0) (i32.const 0))))
                """);
        assertEquals(new Limits(1, 1), m.memories.get(0).limits());
        Data inline = m.datas.get(0);
        assertArrayEquals(new byte[] {'a', 'b', 'c'}, inline.init());
        assertEquals(SegmentMode.ACTIVE, inline.mode());
        assertEquals(7, m.datas.get(1).offset()[0].imm);
        assertEquals(SegmentMode.PASSIVE, m.datas.get(3).mode());
        assertEquals(1, m.funcs.get(0).body[0].x);
        assertEquals(3, m.funcs.get(0).body[1].x);
        assertEquals(3, m.funcs.get(0).body[5].x);
        assertEquals(new Limits(0, 0), Wat.parse("(memory (data))").memories.get(0).limits());
        assertEquals(new Limits(2, 2), Wat.parse("(memory (data \"" + "\\00".repeat(65537) + "\"))").memories.get(0).limits());
    }

    @Test
    void globalsAndForwardReferences() {
        Module m = Wat.parse("""
                (module
                  (global $a (mut i32) (global.get $b))
                  (global $b i32 (i32.const 5))
                  (global funcref (ref.func $late))
                  (func $late (global.set $a (i32.const 1))))
                """);
        assertEquals(true, m.globals.get(0).type().mutable());
        assertEquals(1, m.globals.get(0).init()[0].x);
        assertEquals(Opcode.END, m.globals.get(0).init()[1].op);
        assertEquals(0, m.globals.get(2).init()[0].x);
        Wat.malformed("(global i32 (global.get $nope))", "unknown global");
        Wat.malformed("(func (call $nope))", "unknown function");
        Wat.malformed("(func (local.get $nope))", "unknown local");
    }

    @Test
    void moduleNameAndBareFields() {
        assertEquals("m", Wat.parse("(module $m)").names.module);
        assertEquals(2, Wat.parse("(func) (func)").funcs.size());
        Wat.malformed("(module) (func)", "unexpected token");
        Wat.malformed("(module (bogus))", "unknown operator");
        Wat.malformed("(module (func)", "unexpected end");
        Wat.malformed("(global $g anyfunc (ref.null func))", "unknown operator anyfunc");
    }
}
