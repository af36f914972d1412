package org.wasmscope.tests.support;

/** Text-format functions that several tests run, to be placed into their own modules. */
public final class Programs {
    private Programs() {
    }

    /**
     * {@code $sieve}: the number of primes below {@code n} by the sieve of Eratosthenes, marking bytes of
     * memory 0 from address 0 (so the module's memory must hold {@code n} bytes); -1 for n above 2^20.
     * Loops, branches, byte loads and stores. Its instruction 4, the constant of that early return, is
     * never reached with the tests' arguments: the debug overhead benchmark arms a breakpoint there. Indented
     * by two spaces, as a field of a module.
     */
    public static final String SIEVE = """
              ;; number of primes below n, sieve of Eratosthenes on the bytes of memory 0
              (func $sieve (param $n i32) (result i32) (local $i i32) (local $j i32) (local $count i32)
                (if (i32.gt_u (local.get $n) (i32.const 1048576)) (then (return (i32.const -1))))
                (memory.fill (i32.const 0) (i32.const 0) (local.get $n))
                (local.set $i (i32.const 2))
                (block $done
                  (loop $outer
                    (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
                    (if (i32.eqz (i32.load8_u (local.get $i)))
                      (then
                        (local.set $count (i32.add (local.get $count) (i32.const 1)))
                        (local.set $j (i32.add (local.get $i) (local.get $i)))
                        (block $marked
                          (loop $mark
                            (br_if $marked (i32.ge_u (local.get $j) (local.get $n)))
                            (i32.store8 (local.get $j) (i32.const 1))
                            (local.set $j (i32.add (local.get $j) (local.get $i)))
                            (br $mark)))))
                    (local.set $i (i32.add (local.get $i) (i32.const 1)))
                    (br $outer)))
                (local.get $count))
            """;
}
