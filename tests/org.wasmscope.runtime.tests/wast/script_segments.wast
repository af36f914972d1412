;; Active segments at instantiation (spec 4.5.4, steps 11-13): applied in order as table.init and
;; memory.init, then dropped; an out-of-bounds segment traps and the earlier ones stay written.

(module $shared
  (memory (export "m") 1)
  (table (export "t") 3 funcref)
  (func (export "load") (param i32) (result i32) (i32.load8_u (local.get 0)))
  (func (export "null") (param i32) (result i32) (ref.is_null (table.get (local.get 0))))
)
(register "shared" $shared)

(assert_trap
  (module
    (import "shared" "m" (memory 1))
    (import "shared" "t" (table 3 funcref))
    (func $f)
    (elem (i32.const 0) $f)
    (elem (i32.const 2) $f $f)
    (data (i32.const 0) "\01")
  )
  "out of bounds table access"
)
(assert_return (invoke $shared "null" (i32.const 0)) (i32.const 0))
(assert_return (invoke $shared "null" (i32.const 1)) (i32.const 1))
(assert_return (invoke $shared "null" (i32.const 2)) (i32.const 1))
(assert_return (invoke $shared "load" (i32.const 0)) (i32.const 0))

(assert_trap
  (module
    (import "shared" "m" (memory 1))
    (data (i32.const 10) "\05")
    (data (i32.const 65535) "\06\07")
  )
  "out of bounds memory access"
)
(assert_return (invoke $shared "load" (i32.const 10)) (i32.const 5))
(assert_return (invoke $shared "load" (i32.const 65535)) (i32.const 0))

;; Empty segments at the very end are in bounds; beyond it they are not.
(module (memory 1) (data (i32.const 65536) ""))
(module (table 1 funcref) (elem (i32.const 1)))
(assert_trap (module (memory 1) (data (i32.const 65537) "")) "out of bounds memory access")
(assert_trap (module (table 1 funcref) (elem (i32.const 2))) "out of bounds table access")
(assert_trap (module (memory 0) (data (i32.const -1) "\00")) "out of bounds memory access")

;; Active and declarative segments are dropped; passive ones are not.
(module
  (memory 1)
  (table 4 funcref)
  (func $f (result i32) (i32.const 7))
  (elem $active (i32.const 0) $f)
  (elem $passive func $f)
  (elem $decl declare func $f)
  (data $dactive (i32.const 0) "ab")
  (data $dpassive "cd")
  (func (export "init-active") (table.init $active (i32.const 1) (i32.const 0) (i32.const 1)))
  (func (export "init-active-0") (table.init $active (i32.const 1) (i32.const 0) (i32.const 0)))
  (func (export "init-passive") (table.init $passive (i32.const 1) (i32.const 0) (i32.const 1)))
  (func (export "init-decl") (table.init $decl (i32.const 1) (i32.const 0) (i32.const 1)))
  (func (export "minit-active") (memory.init $dactive (i32.const 4) (i32.const 0) (i32.const 1)))
  (func (export "minit-passive") (memory.init $dpassive (i32.const 4) (i32.const 0) (i32.const 2)))
  (func (export "call") (param i32) (result i32) (call_indirect (result i32) (local.get 0)))
  (func (export "load") (param i32) (result i32) (i32.load8_u (local.get 0)))
)
(assert_trap (invoke "init-active") "out of bounds table access")
(invoke "init-active-0")
(assert_trap (invoke "init-decl") "out of bounds table access")
(invoke "init-passive")
(assert_return (invoke "call" (i32.const 0)) (i32.const 7))
(assert_return (invoke "call" (i32.const 1)) (i32.const 7))
(assert_trap (invoke "call" (i32.const 2)) "uninitialized element")
(assert_trap (invoke "minit-active") "out of bounds memory access")
(invoke "minit-passive")
(assert_return (invoke "load" (i32.const 0)) (i32.const 97))
(assert_return (invoke "load" (i32.const 1)) (i32.const 98))
(assert_return (invoke "load" (i32.const 4)) (i32.const 99))
(assert_return (invoke "load" (i32.const 5)) (i32.const 100))

;; Offsets from imported globals; element expressions of every constant kind.
(module $off
  (global (export "g") i32 (i32.const 3))
  (global (export "fr") funcref (ref.null func))
)
(register "off" $off)
(module
  (import "off" "g" (global $g i32))
  (import "off" "fr" (global $fr funcref))
  (memory 1)
  (table $t 6 funcref)
  (func $f (result i32) (i32.const 1))
  (data (global.get $g) "\09")
  (elem (table $t) (global.get $g) funcref (ref.func $f) (ref.null func) (global.get $fr))
  (elem (table $t) (i32.const 0) funcref (ref.func $f))
  (func (export "load") (param i32) (result i32) (i32.load8_u (local.get 0)))
  (func (export "is-null") (param i32) (result i32) (ref.is_null (table.get $t (local.get 0))))
)
(assert_return (invoke "load" (i32.const 3)) (i32.const 9))
(assert_return (invoke "is-null" (i32.const 0)) (i32.const 0))
(assert_return (invoke "is-null" (i32.const 1)) (i32.const 1))
(assert_return (invoke "is-null" (i32.const 3)) (i32.const 0))
(assert_return (invoke "is-null" (i32.const 4)) (i32.const 1))
(assert_return (invoke "is-null" (i32.const 5)) (i32.const 1))
