package org.wasmscope.runtime.tests.valid;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.wasmscope.runtime.InvalidException;
import org.wasmscope.runtime.syntax.AbsHeap;
import org.wasmscope.runtime.syntax.DefType;
import org.wasmscope.runtime.syntax.FuncType;
import org.wasmscope.runtime.syntax.Module;
import org.wasmscope.runtime.syntax.SpecVersion;
import org.wasmscope.runtime.syntax.ValType;
import org.wasmscope.runtime.text.TextParser;
import org.wasmscope.runtime.valid.ValidModule;
import org.wasmscope.runtime.valid.Validator;

/** Canonical types (spec 3.2.6) and subtyping (3.3.3) beyond what the testsuite observes. */
class TypeCanonTest {

    private static ValidModule valid(String text) {
        Module m = TextParser.parseModule(text, SpecVersion.V3);
        return Validator.validate(m);
    }

    @Test
    void equivalentRecursiveGroupsOfTwoModulesAreTheSameTypes() {
        String list = "(module (type $pad (func)) (rec (type $a (func (param (ref null $b)))) "
                + "(type $b (func (result (ref $a))))))";
        ValidModule one = valid(list);
        ValidModule two = valid(list.replace("(type $pad (func))", ""));
        assertSame(one.types[1], two.types[0]);
        assertSame(one.types[2], two.types[1]);
        assertSame(one.types[1].refNull, two.types[0].refNull);
        // the same function type alone in its group is another type
        ValidModule alone = valid("(module (type $b (func (result (ref func)))))");
        assertNotSame(one.types[2], alone.types[0]);
    }

    @Test
    void aPlainFunctionTypeIsTheHostFunctionsType() {
        ValidModule m = valid("(module (type (func (param i32) (result i64))))");
        assertSame(DefType.ofFunc(new FuncType(new ValType[] {ValType.I32}, new ValType[] {ValType.I64})), m.types[0]);
    }

    @Test
    void subtypesFollowTheDeclaredChainOnly() {
        ValidModule m = valid("(module (type $a (sub (func))) (type $b (sub $a (func))) (type $c (sub $b (func)))"
                + " (type $d (sub final $a (func))))"); // not $b: final
        DefType a = m.types[0], b = m.types[1], c = m.types[2], d = m.types[3];
        assertTrue(c.isSubtypeOf(a));
        assertTrue(c.isSubtypeOf(b));
        assertTrue(c.isSubtypeOf(c));
        assertFalse(a.isSubtypeOf(c));
        assertFalse(c.isSubtypeOf(d));
        assertTrue(c.ref.matches(a.refNull));
        assertFalse(c.refNull.matches(a.ref));
        assertTrue(c.ref.matches(ValType.FUNCREF));
        assertTrue(ValType.NULLFUNCREF.matches(c.refNull));
        assertFalse(ValType.NULLREF.matches(c.refNull));
    }

    @Test
    void abstractHeapTypes() {
        assertTrue(AbsHeap.I31.matches(AbsHeap.EQ));
        assertTrue(AbsHeap.NONE.matches(AbsHeap.STRUCT));
        assertTrue(AbsHeap.EQ.matches(AbsHeap.ANY));
        assertFalse(AbsHeap.ANY.matches(AbsHeap.EQ));
        assertFalse(AbsHeap.NOFUNC.matches(AbsHeap.EXTERN));
        assertTrue(AbsHeap.BOT.matches(AbsHeap.NOEXN));
        assertSame(ValType.ref(true, AbsHeap.EXN), ValType.EXNREF);
        assertSame(ValType.ofText("nullexternref"), ValType.ref(true, AbsHeap.NOEXTERN));
        assertSame(ValType.ofCode(0x74), ValType.NULLEXNREF);
    }

    @Test
    void subTypeRules() {
        assertThrows(InvalidException.class, () -> valid("(module (type $a (func)) (type (sub $a (func))))"),
                "a final super type");
        assertThrows(InvalidException.class,
                () -> valid("(module (type $a (sub (func (param i32)))) (type (sub $a (func))))"),
                "does not match");
        valid("(module (type $a (sub (func (result funcref)))) (type (sub $a (func (result (ref $a))))))");
    }
}
