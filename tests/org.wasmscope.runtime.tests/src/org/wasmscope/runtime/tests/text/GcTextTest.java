package org.wasmscope.runtime.tests.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.wasmscope.runtime.syntax.AbsHeap;
import org.wasmscope.runtime.syntax.ArrayType;
import org.wasmscope.runtime.syntax.FieldType;
import org.wasmscope.runtime.syntax.Instr;
import org.wasmscope.runtime.syntax.Module;
import org.wasmscope.runtime.syntax.Opcode;
import org.wasmscope.runtime.syntax.PackedType;
import org.wasmscope.runtime.syntax.StructType;
import org.wasmscope.runtime.syntax.TypeIdx;
import org.wasmscope.runtime.syntax.ValType;
import org.wasmscope.runtime.valid.Validator;

/** The text format of GC (spec 6.4.7 to 6.4.9, 6.5): struct and array types, field identifiers, the GC instructions. */
class GcTextTest {

    @Test
    void structAndArrayTypes() {
        Module m = Wat.parse("(module (type $s (struct (field $x (mut i32)) (field i8 (ref null $s)) (field)))"
                + " (type (array (mut i16))) (type (array (ref $s))))");
        assertEquals(new StructType(new FieldType[] {new FieldType(ValType.I32, true), new FieldType(PackedType.I8, false),
            new FieldType(ValType.ref(true, new TypeIdx(0)), false)}), m.types.get(0).comp);
        assertEquals(new ArrayType(new FieldType(PackedType.I16, true)), m.types.get(1).comp);
        assertEquals("(array (ref 0))", m.types.get(2).toString());
        assertEquals("s", m.names.types.get(0));
        assertEquals("x", m.names.field(0, 0));
        Wat.malformed("(module (type (struct (field $x i32 i64))))", "unexpected token");
        Wat.malformed("(module (type (array i8 i8)))", "unexpected token");
        Wat.malformed("(module (type (struct (field (mut i8 i8)))))", "unexpected token");
    }

    @Test
    void emptyRecursiveGroups() {
        Module m = Wat.parse("(module (rec) (type $s (struct)) (rec) (func (result (ref null $s)) (ref.null $s)))");
        assertEquals(List.of(0, 0, 1, 1), m.recStarts);
        assertEquals(1, m.funcs.get(0).typeIndex, "the implicit function type follows the empty group");
        Validator.validate(m);
    }

    @Test
    void fieldIdentifiersBelongToTheirType() {
        String types = "(type $p (struct (field $x i32) (field $y i32))) (type $q (struct (field $y i64) (field $x i32)))";
        Instr[] b = Wat.parse("(module " + types + " (func (param (ref $p) (ref $q))"
                + " (drop (struct.get $p $y (local.get 0))) (drop (struct.get $q $y (local.get 1))) (drop (struct.get $q 1"
                + " (local.get 1)))))").funcs.get(0).body;
        assertEquals(1, b[1].y);
        assertEquals(0, b[4].y);
        assertEquals(1, b[7].y);
        Wat.malformed("(module " + types + " (func (param (ref $p)) (drop (struct.get $p $z (local.get 0)))))",
                "unknown field $z");
        Wat.malformed("(module (type (struct (field $x i32) (field $x i64))))", "duplicate field $x");
    }

    @Test
    void instructionImmediates() {
        String types = "(type $a (array (mut i8))) (type $b (array (mut i8))) (data $d \"\") (elem $e funcref)";
        Instr[] b = Wat.parse("(module " + types + " (func"
                + " array.copy $b $a array.new_data $a $d array.init_elem $b $e array.new_fixed $b 4"
                + " ref.test (ref $a) ref.test (ref null $a) ref.cast i31ref ref.cast (ref none)"
                + " block $l (result anyref) br_on_cast_fail $l (ref null any) (ref eq) end))").funcs.get(0).body;
        assertEquals("array.copy 1 0", b[0].toString());
        assertEquals("array.new_data 0 0", b[1].toString());
        assertEquals("array.init_elem 1 0", b[2].toString());
        assertEquals("array.new_fixed 1 4", b[3].toString());
        assertEquals(Opcode.REF_TEST, b[4].op);
        assertEquals(Opcode.REF_TEST_NULL, b[5].op);
        assertEquals(Opcode.REF_CAST_NULL, b[6].op);
        assertEquals(ValType.I31REF, b[6].types[0]);
        assertEquals(Opcode.REF_CAST, b[7].op);
        assertEquals("ref.cast (ref none)", b[7].toString());
        assertEquals(Opcode.BR_ON_CAST_FAIL, b[9].op);
        assertEquals(0, b[9].x);
        assertArrayEquals(new ValType[] {ValType.ANYREF, ValType.ref(false, AbsHeap.EQ)}, b[9].types);
    }

    @Test
    void everyAbstractHeapTypeHasItsKeyword() {
        for (AbsHeap h : AbsHeap.values()) {
            if (h != AbsHeap.BOT) {
                Instr i = Wat.one("(result (ref null " + h.text + ")) ref.null " + h.text);
                assertEquals(ValType.ref(true, h), i.types[0]);
            }
        }
    }
}
