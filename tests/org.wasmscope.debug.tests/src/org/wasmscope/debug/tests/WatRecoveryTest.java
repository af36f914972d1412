package org.wasmscope.debug.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.wasmscope.debug.ui.editor.WatAnalysis;

/**
 * Validation while syntax errors remain: the module parsed with stand-ins for the broken fields is validated,
 * and its faults are reported unless a stand-in may have caused them (a field that refers to one by name, by
 * index or, for memory 0 and table 0, implicitly; or a blanked field that may have defined something).
 */
class WatRecoveryTest {

    /** The problems as {@code LINE TEXT: MESSAGE}, TEXT being the characters marked ("" for a module-level one). */
    private static List<String> problems(String text) {
        return WatAnalysis.of(text).problems().stream()
                .map(p -> p.line() + " " + text.substring(p.start(), p.end()) + ": " + p.message()).toList();
    }

    @Test
    void faultsOfFieldsThatDoNotReferToAStandInAreReported() {
        assertEquals(List.of("3 i32.ad: unknown operator i32.ad",
                "5 ): type mismatch: instruction requires [i32] but stack has [i64]",
                "1 module: duplicate export name \"x\""), problems("""
                (module
                  (func $a (result i32)
                    (i32.ad (i32.const 1)))
                  (func $b (result i32)
                    (i64.const 1))
                  (func $c (result i64)
                    (call $a))
                  (export "x" (func $a))
                  (export "x" (func $b)))
                """), "$c calls the stand-in (func $a) of type [] -> []: its mismatch is not reported");
    }

    @Test
    void aStandInIsReferredToByIndexToo() {
        assertEquals(List.of("2 i32.ad: unknown operator i32.ad",
                "4 ): type mismatch: instruction requires [i32] but stack has [f32]"), problems("""
                (module
                  (func (result i32) (i32.ad))
                  (func (result i64) (call 0))
                  (func (result i32) (f32.const 0)))
                """));
        assertEquals(List.of("2 f64.cnst: unknown operator f64.cnst",
                "4 ): type mismatch: instruction requires [i32] but stack has [f32]"), problems("""
                (module
                  (global (mut f64) (f64.cnst 1))
                  (func (global.set 0 (f64.const 2)))
                  (func (result i32) (f32.const 0)))
                """), "global.set 0 of the immutable i32 stand-in is not reported");
    }

    @Test
    void memoryAndTableZeroAreReferredToWithoutAnIndex() {
        assertEquals(List.of("2 junk: unknown operator junk",
                "5 ): type mismatch: instruction requires [i32] but stack has [f32]"), problems("""
                (module
                  (memory i64 1 junk)
                  (func (result i64) (i64.load (i64.const 0)))
                  (data (i64.const 0) "x")
                  (func (result i32) (f32.const 0)))
                """), "the i64 load and the data segment's i64 offset were right for the memory meant");
        assertEquals(List.of("2 junk: unknown operator junk",
                "3 ): type mismatch: instruction requires [i32] but stack has [f32]"), problems("""
                (module
                  (memory 1 junk)
                  (func (result i32) (f32.const 0)))
                """), "a function that uses no memory");
        assertEquals(List.of("2 junk: unknown operator junk"), problems("""
                (module
                  (table 1 externref junk)
                  (func (param externref) (table.set (i32.const 0) (local.get 0))))
                """));
    }

    @Test
    void nothingIsValidatedWhenABlankedFieldMayHaveDefinedSomething() {
        // a rec group has no stand-in: the types after it would move
        assertEquals(List.of("2 (: unexpected token ("), problems("""
                (module
                  (rec (type (func)) (type (struct (fild i32))))
                  (func (result i32) (f32.const 0)))
                """));
        // a misspelt field keyword: it was meant to define something
        assertEquals(List.of("2 fucn: unknown operator fucn"), problems("""
                (module
                  (fucn $f (result i32) (i32.const 0))
                  (func (result i32) (f32.const 0)))
                """));
    }

    @Test
    void faultsOfTheModuleAsAWholeAreReported() {
        assertEquals(List.of("3 i32.ad: unknown operator i32.ad",
                "1 module: start function must have type [] -> [], not (func (param i32))"), problems("""
                (module
                  (func $p (param i32))
                  (func (i32.ad))
                  (start $p))
                """));
    }
}
