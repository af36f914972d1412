package org.wasmscope.runtime.tests.valid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.wasmscope.runtime.InvalidException;
import org.wasmscope.runtime.syntax.Instr;
import org.wasmscope.runtime.syntax.Module;
import org.wasmscope.runtime.text.TextParser;
import org.wasmscope.runtime.valid.ValidModule;
import org.wasmscope.runtime.valid.Validator;

/** What an editor asks of validation: every fault of a module, and the type of an instruction where it stands. */
class EditorQueriesTest {

    @Test
    void faultsListsEachFunctionsFirstFaultAndTheModuleLevelOnes() {
        Module m = TextParser.parseModule("""
                (module
                  (func $a (result i32) (i64.const 1))
                  (func $b (i32.add (i32.const 1) (f32.const 2)) (drop (i32.const 3)) (i32.const 4))
                  (func $c (result i32) (i32.const 5))
                  (global i32 (i64.const 6))
                  (export "a" (func $a)) (export "a" (func $c)))""");
        List<String> faults = Validator.faults(m).stream().map(InvalidException::describe).toList();
        // in validation's order: globals before functions, exports last
        assertEquals(List.of(
                "type mismatch: instruction requires [i32] but stack has [i64] at 5:28",
                "type mismatch: instruction requires [i32] but stack has [i64] at 2:38",
                "type mismatch: instruction requires [i32 i32] but stack has [i32 f32] at 3:13",
                "duplicate export name \"a\""), faults);
        InvalidException first = assertThrows(InvalidException.class, () -> Validator.validate(m));
        assertEquals(faults.get(0), first.describe(), "validate reports the first of them");
        assertEquals(List.of(), Validator.faults(TextParser.parseModule("(module (func))")));
    }

    @Test
    void instrTypeIsWhatTheInstructionConsumesAndProducesThere() {
        Module m = TextParser.parseModule("""
                (module
                  (func $f (param $n i64) (result i64)
                    (if (result i64) (i64.lt_u (local.get $n) (i64.const 1))
                      (then (i64.const 1))
                      (else (local.tee $n (i64.sub (local.get $n) (i64.const 1))) (call $f))))
                  (func (result i32) unreachable i32.add))""");
        ValidModule vm = Validator.validate(m);
        Instr[] body = m.funcs.get(0).body;
        assertEquals("[] -> [i64]", type(vm, 0, body, 0), "local.get $n");
        assertEquals("[i64 i64] -> [i32]", type(vm, 0, body, 2), "i64.lt_u");
        assertEquals("[i32] -> [i64]", type(vm, 0, body, 3), "if (result i64): its block type and the condition");
        assertEquals("[i64] -> [i64]", type(vm, 0, body, 9), "local.tee $n");
        assertEquals("[i64] -> [i64]", type(vm, 0, body, 10), "call $f");
        assertEquals("[bot bot] -> [i32]", type(vm, 1, m.funcs.get(1).body, 1), "i32.add in unreachable code");
    }

    private static String type(ValidModule vm, int func, Instr[] body, int index) {
        return Validator.instrType(vm, func, index).toString();
    }
}
