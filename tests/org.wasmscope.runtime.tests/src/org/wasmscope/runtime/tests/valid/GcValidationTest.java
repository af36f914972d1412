package org.wasmscope.runtime.tests.valid;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.wasmscope.runtime.InvalidException;
import org.wasmscope.runtime.syntax.ArrayType;
import org.wasmscope.runtime.syntax.FieldType;
import org.wasmscope.runtime.syntax.PackedType;
import org.wasmscope.runtime.syntax.SpecVersion;
import org.wasmscope.runtime.syntax.StructType;
import org.wasmscope.runtime.syntax.ValType;
import org.wasmscope.runtime.text.TextParser;
import org.wasmscope.runtime.valid.ValidModule;
import org.wasmscope.runtime.valid.Validator;

/** Struct and array types (spec 3.2.7, 3.3.3) and the GC instructions' rules (3.4) beyond what the testsuite observes. */
class GcValidationTest {
    private static final FieldType I32 = new FieldType(ValType.I32, false), MUT_I32 = new FieldType(ValType.I32, true),
            EQ = new FieldType(ValType.EQREF, false), ANY = new FieldType(ValType.ANYREF, false),
            MUT_EQ = new FieldType(ValType.EQREF, true), MUT_ANY = new FieldType(ValType.ANYREF, true),
            I8 = new FieldType(PackedType.I8, false);

    private static ValidModule valid(String text) {
        return Validator.validate(TextParser.parseModule(text, SpecVersion.V3));
    }

    private static void invalid(String text, String message) {
        InvalidException e = assertThrows(InvalidException.class, () -> valid(text), text);
        assertTrue(e.getMessage().startsWith(message), () -> "expected '" + message + "' but got '" + e.getMessage() + "'");
    }

    private static StructType struct(FieldType... fields) {
        return new StructType(fields);
    }

    @Test
    void structsMatchByWidthAndDepth() {
        assertTrue(struct(I32, EQ).matches(struct(I32)), "more fields: width");
        assertFalse(struct(I32).matches(struct(I32, EQ)));
        assertTrue(struct(EQ).matches(struct(ANY)), "an immutable field may be of a subtype: depth");
        assertFalse(struct(ANY).matches(struct(EQ)));
        assertFalse(struct(MUT_EQ).matches(struct(MUT_ANY)), "a mutable field is invariant");
        assertTrue(struct(MUT_ANY).matches(struct(MUT_ANY)));
        assertFalse(struct(MUT_I32).matches(struct(I32)), "mutability must agree");
        assertFalse(struct(I8).matches(struct(I32)), "a packed field matches only itself");
        assertTrue(new ArrayType(EQ).matches(new ArrayType(ANY)));
        assertFalse(new ArrayType(MUT_EQ).matches(new ArrayType(MUT_ANY)));
        assertFalse(new ArrayType(I32).matches(struct(I32)));
    }

    @Test
    void subTypeDeclarations() {
        ValidModule m = valid("(module (type $a (sub (struct (field anyref)))) (type $b (sub $a (struct (field eqref) (field i32))))"
                + " (type $c (sub final $b (struct (field (ref i31)) (field i32) (field (mut i8))))))");
        assertTrue(m.types[2].isSubtypeOf(m.types[0]));
        assertTrue(m.types[2].ref.matches(ValType.STRUCTREF));
        assertFalse(m.types[2].ref.matches(ValType.ref(false, org.wasmscope.runtime.syntax.AbsHeap.ARRAY)));
        invalid("(module (type $a (struct)) (type (sub $a (struct))))", "sub type 1 has final super type 0");
        invalid("(module (type $a (sub (struct (field (mut anyref))))) (type (sub $a (struct (field (mut eqref))))))",
                "sub type 1 does not match super type 0");
        invalid("(module (type $a (sub (array i8))) (type (sub $a (struct (field i8)))))",
                "sub type 1 does not match super type 0");
        invalid("(module (type $a (sub (func))) (type (sub $a (array i8))))", "sub type 1 does not match super type 0");
    }

    @Test
    void equalStructuresInOneGroupAreOneTypeAcrossModules() {
        String s = "(module (type $s (struct (field $x (mut i32)))))";
        assertSame(valid(s).types[0], valid(s.replace("$x ", "")).types[0], "field names are not part of the type");
    }

    @Test
    void allocationNeedsDefaultsOrOperands() {
        invalid("(module (type $s (struct (field (ref any)))) (func (drop (struct.new_default $s))))",
                "field type is not defaultable");
        invalid("(module (type $a (array (ref i31))) (func (drop (array.new_default $a (i32.const 1)))))",
                "array type is not defaultable");
        valid("(module (type $s (struct (field i8) (field (mut anyref)) (field v128)))"
                + " (func (result (ref $s)) (struct.new_default $s)))");
        invalid("(module (type $s (struct (field i32) (field i64))) (func (drop (struct.new $s (i64.const 1) (i32.const 2)))))",
                "type mismatch");
        valid("(module (type $a (array (mut i16))) (func (result (ref $a)) (array.new_fixed $a 3 (i32.const 1)"
                + " (i32.const 2) (i32.const 3))))");
        invalid("(module (type $a (array i16)) (func (drop (array.new_fixed $a 2 (i32.const 1)))))", "type mismatch");
        // in unreachable code any number of operands is there, at no cost
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> valid("(module (type $a (array i8))"
                + " (func (result (ref $a)) unreachable (i32.const 1) array.new_fixed $a 4294967295))"));
        invalid("(module (type $f (func)) (func (drop (struct.new_default $f))))", "type mismatch");
    }

    @Test
    void packedFieldsAreReadWithAnExtension() {
        String types = "(module (type $s (struct (field i8) (field i32))) (type $a (array i16))";
        valid(types + " (func (param (ref $s)) (result i32) (struct.get_s $s 0 (local.get 0))))");
        invalid(types + " (func (param (ref $s)) (result i32) (struct.get $s 0 (local.get 0))))", "field is packed");
        invalid(types + " (func (param (ref $s)) (result i32) (struct.get_u $s 1 (local.get 0))))", "field is unpacked");
        invalid(types + " (func (param (ref $a)) (result i32) (array.get $a (local.get 0) (i32.const 0))))", "array is packed");
        invalid(types + " (func (param (ref $s)) (result i32) (struct.get $s 2 (local.get 0))))", "unknown field 2");
    }

    @Test
    void arraySourcesAndCopies() {
        String types = "(module (type $s (struct)) (type $refs (array (mut (ref null $s)))) (type $bytes (array (mut i8)))"
                + " (type $eqs (array (mut eqref))) (elem $funcs funcref) (elem $structs (ref null $s)) (data $d \"\")";
        valid(types + " (func (drop (array.new_elem $refs $structs (i32.const 0) (i32.const 0)))))");
        invalid(types + " (func (drop (array.new_elem $refs $funcs (i32.const 0) (i32.const 0)))))", "type mismatch");
        invalid(types + " (func (drop (array.new_data $refs $d (i32.const 0) (i32.const 0)))))",
                "array type is not numeric or vector");
        valid(types + " (func (param (ref $eqs) (ref $refs)) (array.copy $eqs $refs (local.get 0) (i32.const 0)"
                + " (local.get 1) (i32.const 0) (i32.const 0))))");
        invalid(types + " (func (param (ref $refs) (ref $eqs)) (array.copy $refs $eqs (local.get 0) (i32.const 0)"
                + " (local.get 1) (i32.const 0) (i32.const 0))))", "array types do not match");
    }

    @Test
    void brOnCastTypesTheBranchAndTheFallThrough() {
        String types = "(module (type $s (sub (struct))) (type $t (sub $s (struct (field i32))))";
        // taken: (ref $t) to the label; not taken: the operand minus null, as the target type takes null
        valid(types + " (func (param anyref) (result (ref $t))"
                + " (block $l (result (ref null $t)) (br_on_cast $l anyref (ref null $t) (local.get 0)) (return (ref.as_non_null"
                + " (ref.cast (ref $t)))))"
                + " (ref.as_non_null)))");
        valid(types + " (func (param (ref null $s)) (result (ref $s))"
                + " (block $l (result (ref null $t)) (br_on_cast $l (ref null $s) (ref null $t) (local.get 0)) (return))"
                + " (unreachable)))");
        invalid(types + " (func (param anyref) (result anyref) (block $l (result (ref $s))"
                + " (br_on_cast $l anyref (ref null $t) (local.get 0)) (return)) (return)))", "type mismatch");
        invalid(types + " (func (param (ref $s)) (result anyref) (block $l (result anyref)"
                + " (br_on_cast $l (ref $s) (ref i31) (local.get 0)))))", "type mismatch");
        // br_on_cast_fail passes the operand minus the target (non-null when null would have been cast) and keeps the target
        valid(types + " (func (param anyref) (result (ref $t)) (block $l (result (ref any))"
                + " (return (br_on_cast_fail $l anyref (ref null $t) (local.get 0)) (ref.as_non_null)))"
                + " (unreachable)))");
    }

    @Test
    void gcConstantExpressions() {
        valid("(module (type $s (struct (field i32) (field anyref))) (type $a (array i8))"
                + " (global $g (ref $s) (struct.new $s (i32.const 1) (ref.i31 (i32.const 2))))"
                + " (global (ref $a) (array.new_fixed $a 2 (i32.const 1) (i32.const 2)))"
                + " (global (ref $a) (array.new $a (i32.const 1) (i32.sub (i32.const 3) (i32.const 1))))"
                + " (global externref (extern.convert_any (global.get $g)))"
                + " (global anyref (any.convert_extern (ref.null extern))))");
        invalid("(module (type $s (struct (field (mut i32)))) (global (ref $s) (struct.new $s (i32.const 1)))"
                + " (global i32 (struct.get $s 0 (global.get 0))))", "constant expression required");
    }

    @Test
    void conversionsKeepNullability() {
        valid("(module (func (param (ref extern)) (result (ref any)) (any.convert_extern (local.get 0))))");
        invalid("(module (func (param externref) (result (ref any)) (any.convert_extern (local.get 0))))", "type mismatch");
        valid("(module (func (param (ref null i31)) (result externref) (extern.convert_any (local.get 0))))");
        invalid("(module (func (param funcref) (result externref) (extern.convert_any (local.get 0))))", "type mismatch");
        valid("(module (func (param (ref null i31) (ref null $s)) (result i32) (ref.eq (local.get 0) (local.get 1)))"
                + " (type $s (struct)))");
        invalid("(module (func (param funcref) (result i32) (ref.eq (local.get 0) (local.get 0))))", "type mismatch");
        invalid("(module (func (param funcref) (result i32) (ref.test (ref any) (local.get 0))))", "type mismatch");
    }
}
