;; Function calls (spec 4.4.8 call / call_indirect, 4.4.10 invocation): arguments in order,
;; recursion, mutual recursion, indirect calls through tables with the runtime type check
;; (types are compared structurally, not by index), traps for out-of-range and null elements,
;; and call stack exhaustion.

(module
  (type $i32->i32 (func (param i32) (result i32)))
  (type $same (func (param i32) (result i32)))     ;; a second index for the same function type
  (type $v->i32 (func (result i32)))
  (type $i64->i64 (func (param i64) (result i64)))

  (table $t 8 funcref)
  (table $u 2 funcref)
  (elem (table $t) (i32.const 0) func $inc $dec $const7 $fac)
  (elem (table $u) (i32.const 1) func $const7)

  (func $inc (type $i32->i32) (i32.add (local.get 0) (i32.const 1)))
  (func $dec (type $same) (i32.sub (local.get 0) (i32.const 1)))
  (func $const7 (type $v->i32) (i32.const 7))
  (func $fac (export "fac") (type $i64->i64)
    (if (result i64) (i64.le_u (local.get 0) (i64.const 1))
      (then (i64.const 1))
      (else (i64.mul (local.get 0) (call $fac (i64.sub (local.get 0) (i64.const 1)))))))
  (func $even (export "even") (param i32) (result i32)
    (if (result i32) (i32.eqz (local.get 0))
      (then (i32.const 1))
      (else (call $odd (i32.sub (local.get 0) (i32.const 1))))))
  (func $odd (export "odd") (param i32) (result i32)
    (if (result i32) (i32.eqz (local.get 0))
      (then (i32.const 0))
      (else (call $even (i32.sub (local.get 0) (i32.const 1))))))
  ;; Arguments arrive in order: first argument is local 0.
  (func $order (param i32 i32 i32) (result i32)
    (i32.sub (i32.mul (local.get 0) (i32.const 100)) (i32.add (i32.mul (local.get 1) (i32.const 10)) (local.get 2))))
  (func (export "order") (result i32) (call $order (i32.const 5) (i32.const 2) (i32.const 1)))
  ;; Locals start at zero in every activation, not shared with the caller's.
  (func $fresh (param i32) (result i32) (local i32)
    (if (local.get 0) (then (local.set 1 (i32.const 99)) (drop (call $fresh (i32.const 0)))))
    (local.get 1))
  (func (export "fresh0") (result i32) (call $fresh (i32.const 0)))
  (func (export "fresh1") (result i32) (call $fresh (i32.const 1)))

  (func (export "call-indirect") (param i32 i32) (result i32)
    (call_indirect $t (type $i32->i32) (local.get 1) (local.get 0)))
  (func (export "call-indirect-same") (param i32 i32) (result i32)
    (call_indirect $t (type $same) (local.get 1) (local.get 0)))
  (func (export "call-indirect-void") (param i32) (result i32)
    (call_indirect $t (type $v->i32) (local.get 0)))
  (func (export "call-indirect-u") (param i32) (result i32)
    (call_indirect $u (type $v->i32) (local.get 0)))
  ;; Recursion through the table.
  (func (export "fac-indirect") (param i64) (result i64)
    (call_indirect $t (param i64) (result i64) (local.get 0) (i32.const 3)))

  (func $loop-forever (export "runaway") (call $loop-forever))
  (func $deep (export "deep") (param i32) (result i32)
    (if (result i32) (i32.eqz (local.get 0))
      (then (i32.const 0))
      (else (i32.add (i32.const 1) (call $deep (i32.sub (local.get 0) (i32.const 1)))))))
  (func $ping (export "ping-pong") (param f64) (result f64) (call $pong (local.get 0)))
  (func $pong (param f64) (result f64) (call $ping (local.get 0)))
)

(assert_return (invoke "fac" (i64.const 0)) (i64.const 1))
(assert_return (invoke "fac" (i64.const 5)) (i64.const 120))
(assert_return (invoke "fac" (i64.const 20)) (i64.const 2432902008176640000))
(assert_return (invoke "fac" (i64.const 25)) (i64.const 7034535277573963776))
(assert_return (invoke "even" (i32.const 10)) (i32.const 1))
(assert_return (invoke "even" (i32.const 77)) (i32.const 0))
(assert_return (invoke "odd" (i32.const 77)) (i32.const 1))
(assert_return (invoke "order") (i32.const 479))
(assert_return (invoke "fresh0") (i32.const 0))
(assert_return (invoke "fresh1") (i32.const 99))
;; A modest recursion depth must work.
(assert_return (invoke "deep" (i32.const 1000)) (i32.const 1000))

(assert_return (invoke "call-indirect" (i32.const 0) (i32.const 41)) (i32.const 42))
(assert_return (invoke "call-indirect" (i32.const 1) (i32.const 41)) (i32.const 40))
(assert_return (invoke "call-indirect-same" (i32.const 0) (i32.const 1)) (i32.const 2))
(assert_return (invoke "call-indirect-void" (i32.const 2)) (i32.const 7))
(assert_return (invoke "call-indirect-u" (i32.const 1)) (i32.const 7))
(assert_return (invoke "fac-indirect" (i64.const 10)) (i64.const 3628800))
;; The element's actual type differs from the expected one.
(assert_trap (invoke "call-indirect" (i32.const 2) (i32.const 0)) "indirect call type mismatch")
(assert_trap (invoke "call-indirect" (i32.const 3) (i32.const 0)) "indirect call type mismatch")
(assert_trap (invoke "call-indirect-void" (i32.const 0)) "indirect call type mismatch")
;; Null elements (never initialised) are "uninitialized element".
(assert_trap (invoke "call-indirect" (i32.const 4) (i32.const 0)) "uninitialized element")
(assert_trap (invoke "call-indirect" (i32.const 7) (i32.const 0)) "uninitialized element")
(assert_trap (invoke "call-indirect-u" (i32.const 0)) "uninitialized element")
;; Indices at or beyond the table size (also huge unsigned ones) are "undefined element".
(assert_trap (invoke "call-indirect" (i32.const 8) (i32.const 0)) "undefined element")
(assert_trap (invoke "call-indirect" (i32.const -1) (i32.const 0)) "undefined element")
(assert_trap (invoke "call-indirect-u" (i32.const 2)) "undefined element")

(assert_exhaustion (invoke "runaway") "call stack exhausted")
(assert_exhaustion (invoke "ping-pong" (f64.const 1)) "call stack exhausted")
;; The instance still works after exhaustion.
(assert_return (invoke "fac" (i64.const 3)) (i64.const 6))

;; Calls across modules: an imported function is called like a local one, and an exported
;; function re-exported keeps its identity for call_indirect type checks.
(module $lib
  (func (export "twice") (param i32) (result i32) (i32.mul (local.get 0) (i32.const 2)))
  (table (export "tab") 2 funcref)
  (elem (i32.const 0) func 0)
)
(register "lib" $lib)
(module
  (import "lib" "twice" (func $twice (param i32) (result i32)))
  (import "lib" "tab" (table 2 funcref))
  (func (export "direct") (param i32) (result i32) (call $twice (local.get 0)))
  (func (export "via-table") (param i32) (result i32)
    (call_indirect (param i32) (result i32) (local.get 0) (i32.const 0)))
  (func (export "wrong-type") (result i32)
    (call_indirect (param i64) (result i32) (i64.const 1) (i32.const 0)))
)
(assert_return (invoke "direct" (i32.const 21)) (i32.const 42))
(assert_return (invoke "via-table" (i32.const 4)) (i32.const 8))
(assert_trap (invoke "wrong-type") "indirect call type mismatch")

;; Multiple results through call_indirect, and calls to host functions of the spectest module.
(module
  (func $print2 (import "spectest" "print_i32_f32") (param i32 f32))
  (func $print-ff (import "spectest" "print_f64_f64") (param f64 f64))
  (func $mv (result i32 i64 f64) (i32.const 1) (i64.const 2) (f64.const 3.5))
  (table 1 funcref) (elem (i32.const 0) $mv)
  (func (export "mv-indirect") (result i32 i64 f64) (call_indirect (result i32 i64 f64) (i32.const 0)))
  (func (export "host") (result i32)
    (call $print2 (i32.const 1) (f32.const 2.5))
    (call $print-ff (f64.const 1) (f64.const 2))
    (i32.const 3))
)
(assert_return (invoke "mv-indirect") (i32.const 1) (i64.const 2) (f64.const 3.5))
(assert_return (invoke "host") (i32.const 3))
;; Deep but finite recursion is not exhaustion.
(module
  (func $r (export "rec") (param i32) (result i32)
    (if (result i32) (local.get 0)
      (then (i32.add (i32.const 1) (call $r (i32.sub (local.get 0) (i32.const 1)))))
      (else (i32.const 0))))
)
(assert_return (invoke "rec" (i32.const 10000)) (i32.const 10000))
