;; The start function (spec 4.5.4, step 14): it runs once, after the segments, and a trap in it fails
;; the instantiation but keeps its effects on shared state.

(module
  (global $count (mut i32) (i32.const 0))
  (func $start (global.set $count (i32.add (global.get $count) (i32.const 1))))
  (start $start)
  (func (export "count") (result i32) (global.get $count))
)
(assert_return (invoke "count") (i32.const 1))

(module
  (memory 1)
  (data (i32.const 0) "\2a")
  (global $seen (mut i32) (i32.const 0))
  (func $start (global.set $seen (i32.load8_u (i32.const 0))))
  (start $start)
  (func (export "seen") (result i32) (global.get $seen))
)
(assert_return (invoke "seen") (i32.const 42))

(assert_trap (module (func $s unreachable) (start $s)) "unreachable")
(assert_trap (module (func $s (drop (i32.div_u (i32.const 1) (i32.const 0)))) (start $s))
  "integer divide by zero")

(module $mem (memory (export "m") 1))
(register "mem" $mem)
(assert_trap
  (module
    (import "mem" "m" (memory 1))
    (func $s (i32.store (i32.const 8) (i32.const 77)) unreachable)
    (start $s)
  )
  "unreachable"
)
(module
  (import "mem" "m" (memory 1))
  (func (export "load") (result i32) (i32.load (i32.const 8)))
)
(assert_return (invoke "load") (i32.const 77))

;; A start function may be imported.
(module $counter
  (global $n (export "n") (mut i32) (i32.const 0))
  (func (export "bump") (global.set $n (i32.add (global.get $n) (i32.const 1))))
)
(register "counter" $counter)
(module (import "counter" "bump" (func $bump)) (start $bump))
(module (import "counter" "bump" (func $bump)) (start $bump))
(assert_return (get $counter "n") (i32.const 2))
(module (import "spectest" "print_i32" (func $p (param i32))) (func $s (call $p (i32.const 1))) (start $s))
