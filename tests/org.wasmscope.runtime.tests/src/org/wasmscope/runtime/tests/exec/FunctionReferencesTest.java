package org.wasmscope.runtime.tests.exec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.wasmscope.runtime.Trap;
import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.embedding.Wasm;
import org.wasmscope.runtime.store.Imports;
import org.wasmscope.runtime.store.ModuleInst;
import org.wasmscope.runtime.store.Store;

/**
 * Typed function references at run time (spec 4.4.5, 4.4.8): call_ref and return_call_ref through a
 * reference, ref.as_non_null, and the branches on null with the operands they keep and drop (beyond the
 * suite: a v128 among the kept values, an operand between the label's height and them).
 */
class FunctionReferencesTest {
    private static final String WAT = """
            (module
              (type $bin (func (param i32 i32) (result i32)))
              (func $sub (type $bin) (i32.sub (local.get 0) (local.get 1)))
              (elem declare func $sub)
              (func (export "sub") (param $f i32) (param $a i32) (param $b i32) (result i32)
                (call_ref $bin (local.get $a) (local.get $b)
                  (select (result (ref null $bin)) (ref.func $sub) (ref.null $bin) (local.get $f))))
              (func (export "tail-sub") (param $a i32) (param $b i32) (result i32)
                (return_call_ref $bin (local.get $a) (local.get $b) (ref.func $sub)))
              (func (export "non-null") (param $f i32) (result i32)
                (ref.is_null (ref.as_non_null
                  (select (result (ref null $bin)) (ref.func $sub) (ref.null $bin) (local.get $f)))))
              ;; label types [v128 i64] with an f64 below them: br_on_null drops the null and the f64
              (func (export "on-null") (param $null i32) (result i64) (local $v v128) (local $n i64)
                (block $l (result v128 i64)
                  (f64.const 1)
                  (v128.const i64x2 5 6) (i64.const 7)
                  (select (result (ref null $bin)) (ref.null $bin) (ref.func $sub) (local.get $null))
                  (br_on_null $l)
                  (drop) (drop) (drop) (drop)
                  (v128.const i64x2 0 0) (i64.const -1))
                (local.set $n) (local.set $v)
                (i64.add (local.get $n) (i64x2.extract_lane 1 (local.get $v))))
              ;; label types [v128 i64 (ref $bin)] with an f64 below them: br_on_non_null keeps the reference
              (func (export "on-non-null") (param $null i32) (result i32)
                (local $v v128) (local $n i64) (local $r (ref null $bin))
                (block $l (result v128 i64 (ref $bin))
                  (f64.const 1)
                  (v128.const i64x2 5 6) (i64.const 7)
                  (select (result (ref null $bin)) (ref.null $bin) (ref.func $sub) (local.get $null))
                  (br_on_non_null $l)
                  (return (i32.const -1)))
                (local.set $r) (local.set $n) (local.set $v)
                (i32.add (call_ref $bin (i32.const 50) (i32.const 8) (local.get $r))
                  (i32.add (i32.wrap_i64 (local.get $n)) (i32.wrap_i64 (i64x2.extract_lane 0 (local.get $v))))))
            )
            """;

    private static Value[] invoke(String export, Value... args) {
        Store store = new Store();
        ModuleInst inst = Wasm.instantiate(store, Wasm.load(WAT.getBytes(StandardCharsets.UTF_8)), Imports.NONE, "t");
        return Wasm.invoke(store, inst, export, args);
    }

    @Test
    void callRefCallsTheReferencedFunctionAndTrapsOnNull() {
        assertArrayEquals(new Value[] {Value.i32(5)}, invoke("sub", Value.i32(1), Value.i32(7), Value.i32(2)));
        assertEquals("null function reference",
                assertThrows(Trap.class, () -> invoke("sub", Value.i32(0), Value.i32(7), Value.i32(2))).getMessage());
        assertArrayEquals(new Value[] {Value.i32(-3)}, invoke("tail-sub", Value.i32(4), Value.i32(7)));
    }

    @Test
    void refAsNonNullTrapsOnNull() {
        assertArrayEquals(new Value[] {Value.i32(0)}, invoke("non-null", Value.i32(1)));
        assertEquals("null reference", assertThrows(Trap.class, () -> invoke("non-null", Value.i32(0))).getMessage());
    }

    @Test
    void branchesOnNullKeepTheLabelsValuesAndDropTheRest() {
        assertArrayEquals(new Value[] {Value.i64(13)}, invoke("on-null", Value.i32(1)), "branched: 7 + 6");
        assertArrayEquals(new Value[] {Value.i64(-1)}, invoke("on-null", Value.i32(0)), "fell through: -1 + 0");
        assertArrayEquals(new Value[] {Value.i32(42 + 7 + 5)}, invoke("on-non-null", Value.i32(0)), "branched");
        assertArrayEquals(new Value[] {Value.i32(-1)}, invoke("on-non-null", Value.i32(1)), "fell through");
    }
}
