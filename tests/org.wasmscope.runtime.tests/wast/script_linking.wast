;; Modules share instances through register and import: a global, a table, functions (spec 4.5.4).

(module $a
  (global $g (export "g") (mut i32) (i32.const 1))
  (table $t (export "t") 2 funcref)
  (func $get (export "get") (result i32) (global.get $g))
  (func (export "seven") (result i32) (i32.const 7))
  (elem (i32.const 0) $get)
)
(register "a" $a)

(module $b
  (import "a" "g" (global $g (mut i32)))
  (import "a" "t" (table $t 2 funcref))
  (import "a" "seven" (func $seven (result i32)))
  (func (export "set") (param i32) (global.set $g (local.get 0)))
  (func (export "call") (param i32) (result i32) (call_indirect (result i32) (local.get 0)))
  (elem (i32.const 1) $seven)
  (export "seven-again" (func $seven))
)
(register "b" $b)

(invoke $b "set" (i32.const 5))
(assert_return (invoke $a "get") (i32.const 5))
(assert_return (get $a "g") (i32.const 5))
(assert_return (invoke $b "call" (i32.const 0)) (i32.const 5))
(assert_return (invoke $b "call" (i32.const 1)) (i32.const 7))
(assert_return (invoke $b "seven-again") (i32.const 7))

;; A re-exported import keeps its type.
(module (import "b" "seven-again" (func (result i32))))
(assert_unlinkable (module (import "b" "seven-again" (func (result i64)))) "incompatible import type")

;; One module under two names; a name registered again points to the newer module.
(register "a2" $a)
(module (import "a2" "get" (func $get (result i32))) (func (export "get") (result i32) (call $get)))
(assert_return (invoke "get") (i32.const 5))
(module $c (func (export "get") (result i32) (i32.const 100)))
(register "a2" $c)
(module (import "a2" "get" (func $get (result i32))) (func (export "get") (result i32) (call $get)))
(assert_return (invoke "get") (i32.const 100))

;; A failed instantiation changes no registration.
(assert_unlinkable
  (module (import "a" "get" (func (result i32))) (import "a" "missing" (func)))
  "unknown import"
)
(assert_return (invoke $a "get") (i32.const 5))
