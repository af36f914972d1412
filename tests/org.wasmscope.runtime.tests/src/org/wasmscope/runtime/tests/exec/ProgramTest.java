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
import org.wasmscope.tests.support.Programs;

/** Whole small programs in the text format: many instructions working together, and trap positions. */
class ProgramTest {
    static final String PROGRAMS = """
            (module
              (memory 1)
              (export "primes" (func $sieve))
            """ + Programs.SIEVE + """

              ;; fill n i32s from a linear congruential generator, quicksort them, check order, sum them
              (func $fill (param $n i32) (local $i i32) (local $x i32)
                (local.set $x (i32.const 12345))
                (loop $l
                  (local.set $x (i32.add (i32.mul (local.get $x) (i32.const 1103515245)) (i32.const 12345)))
                  (i32.store (i32.shl (local.get $i) (i32.const 2)) (i32.shr_u (local.get $x) (i32.const 8)))
                  (br_if $l (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (local.get $n)))))
              (func $swap (param $a i32) (param $b i32) (local $t i32)
                (local.set $t (i32.load (local.get $a)))
                (i32.store (local.get $a) (i32.load (local.get $b)))
                (i32.store (local.get $b) (local.get $t)))
              (func $qsort (param $lo i32) (param $hi i32) (local $p i32) (local $i i32) (local $j i32)
                (if (i32.ge_s (local.get $lo) (local.get $hi)) (then (return)))
                (local.set $p (i32.load (i32.shl (local.get $hi) (i32.const 2))))
                (local.set $i (local.get $lo))
                (local.set $j (local.get $lo))
                (block $end
                  (loop $scan
                    (br_if $end (i32.ge_s (local.get $j) (local.get $hi)))
                    (if (i32.lt_u (i32.load (i32.shl (local.get $j) (i32.const 2))) (local.get $p))
                      (then
                        (call $swap (i32.shl (local.get $i) (i32.const 2)) (i32.shl (local.get $j) (i32.const 2)))
                        (local.set $i (i32.add (local.get $i) (i32.const 1)))))
                    (local.set $j (i32.add (local.get $j) (i32.const 1)))
                    (br $scan)))
                (call $swap (i32.shl (local.get $i) (i32.const 2)) (i32.shl (local.get $hi) (i32.const 2)))
                (call $qsort (local.get $lo) (i32.sub (local.get $i) (i32.const 1)))
                (call $qsort (i32.add (local.get $i) (i32.const 1)) (local.get $hi)))
              (func (export "sort") (param $n i32) (result i32 i64) (local $i i32) (local $sum i64) (local $ok i32)
                (call $fill (local.get $n))
                (call $qsort (i32.const 0) (i32.sub (local.get $n) (i32.const 1)))
                (local.set $ok (i32.const 1))
                (loop $check
                  (local.set $sum (i64.add (local.get $sum)
                    (i64.extend_i32_u (i32.load (i32.shl (local.get $i) (i32.const 2))))))
                  (if (i32.lt_u (i32.add (local.get $i) (i32.const 1)) (local.get $n))
                    (then
                      (if (i32.gt_u (i32.load (i32.shl (local.get $i) (i32.const 2)))
                                    (i32.load offset=4 (i32.shl (local.get $i) (i32.const 2))))
                        (then (local.set $ok (i32.const 0))))
                      (local.set $i (i32.add (local.get $i) (i32.const 1)))
                      (br $check))))
                (local.get $ok) (local.get $sum))

              ;; three results out of a br_table dispatch
              (func (export "classify") (param i32) (result i32 i32 i32)
                (block $other (result i32 i32 i32)
                  (block $one (result i32 i32 i32)
                    (block $zero (result i32 i32 i32)
                      (i32.const 100) (i32.const 200) (i32.const 300)
                      (br_table $zero $one $other (local.get 0)))
                    (drop) (drop) (drop)
                    (return (i32.const 0) (i32.const 0) (i32.const 0)))
                  (return (i32.const 1) (i32.const 1) (i32.const 1))))

              (func (export "div") (param i32 i32) (result i32)
                (i32.div_s (local.get 0)
                           (local.get 1)))
            )
            """;

    static ModuleInst load(Store store) {
        return Wasm.instantiate(store, Wasm.load(PROGRAMS.getBytes(StandardCharsets.UTF_8)), Imports.NONE, "p");
    }

    @Test
    void sieve() {
        Store s = new Store();
        ModuleInst m = load(s);
        assertEquals(Value.i32(1229), Wasm.invoke(s, m, "primes", Value.i32(10_000))[0]);
        assertEquals(Value.i32(6542), Wasm.invoke(s, m, "primes", Value.i32(65_536))[0]);
    }

    @Test
    void quicksort() {
        Store s = new Store();
        ModuleInst m = load(s);
        int n = 5000;
        long x = 12345, sum = 0;
        for (int i = 0; i < n; i++) {
            x = (int) (x * 1103515245 + 12345);
            sum += (x & 0xFFFFFFFFL) >>> 8;
        }
        assertArrayEquals(new Value[] {Value.i32(1), Value.i64(sum)}, Wasm.invoke(s, m, "sort", Value.i32(n)));
    }

    @Test
    void multiValueBranchTable() {
        Store s = new Store();
        ModuleInst m = load(s);
        Value[] zero = {Value.i32(0), Value.i32(0), Value.i32(0)};
        Value[] one = {Value.i32(1), Value.i32(1), Value.i32(1)};
        Value[] other = {Value.i32(100), Value.i32(200), Value.i32(300)};
        assertArrayEquals(zero, Wasm.invoke(s, m, "classify", Value.i32(0)));
        assertArrayEquals(one, Wasm.invoke(s, m, "classify", Value.i32(1)));
        assertArrayEquals(other, Wasm.invoke(s, m, "classify", Value.i32(2)));
        assertArrayEquals(other, Wasm.invoke(s, m, "classify", Value.i32(7)));
    }

    @Test
    void aTrapNamesTheLineOfTheTrappingInstruction() {
        Store s = new Store();
        ModuleInst m = load(s);
        Trap t = assertThrows(Trap.class, () -> Wasm.invoke(s, m, "div", Value.i32(1), Value.i32(0)));
        assertEquals("integer divide by zero", t.getMessage());
        int line = PROGRAMS.substring(0, PROGRAMS.indexOf("(i32.div_s")).split("\n", -1).length;
        assertEquals(line, t.line, t.describe());
    }
}
