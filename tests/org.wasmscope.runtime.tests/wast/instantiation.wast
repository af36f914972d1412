;; Linking and instantiation (spec 4.5.3 import matching, 4.5.4 instantiation): imports are
;; resolved by module and name and must match by kind and type (functions exactly, globals by
;; mutability and value type, tables and memories by limits subtyping against the current size);
;; then element segments, data segments and the start function run in that order, and a trap
;; there fails instantiation without undoing what was already written.

;; Unknown imports.
(assert_unlinkable (module (import "spectest" "no_such_export" (func))) "unknown import")
(assert_unlinkable (module (import "no_such_module" "print_i32" (func (param i32)))) "unknown import")
;; Names are matched exactly (case-sensitive, no trimming).
(assert_unlinkable (module (import "spectest" "Print_i32" (func (param i32)))) "unknown import")
(assert_unlinkable (module (import "spectest " "print_i32" (func (param i32)))) "unknown import")

;; Function types must be equal.
(module (import "spectest" "print_i32" (func (param i32))))
(assert_unlinkable (module (import "spectest" "print_i32" (func))) "incompatible import type")
(assert_unlinkable (module (import "spectest" "print_i32" (func (param i32) (result i32)))) "incompatible import type")
(assert_unlinkable (module (import "spectest" "print_i32" (func (param i64)))) "incompatible import type")
;; Kinds must agree.
(assert_unlinkable (module (import "spectest" "global_i32" (func))) "incompatible import type")
(assert_unlinkable (module (import "spectest" "print_i32" (global i32))) "incompatible import type")
(assert_unlinkable (module (import "spectest" "memory" (table 1 funcref))) "incompatible import type")
(assert_unlinkable (module (import "spectest" "table" (memory 1))) "incompatible import type")
;; Globals: same value type and same mutability.
(module (import "spectest" "global_i32" (global i32)))
(module (import "spectest" "global_f64" (global f64)))
(assert_unlinkable (module (import "spectest" "global_i32" (global i64))) "incompatible import type")
(assert_unlinkable (module (import "spectest" "global_i32" (global (mut i32)))) "incompatible import type")
(assert_unlinkable (module (import "spectest" "global_f32" (global f64))) "incompatible import type")

;; Limits subtyping: the provided {min, max} must have min >= the import's min, and a max no larger
;; than the import's max (a missing provided max only matches an import without max).
;; spectest's memory has limits {1, 2}, its table {10, 20}.
(module (import "spectest" "memory" (memory 0)))
(module (import "spectest" "memory" (memory 1)))
(module (import "spectest" "memory" (memory 1 2)))
(module (import "spectest" "memory" (memory 0 3)))
(module (import "spectest" "memory" (memory 1 65536)))
(assert_unlinkable (module (import "spectest" "memory" (memory 2))) "incompatible import type")
(assert_unlinkable (module (import "spectest" "memory" (memory 1 1))) "incompatible import type")
(assert_unlinkable (module (import "spectest" "memory" (memory 0 0))) "incompatible import type")
(module (import "spectest" "table" (table 10 funcref)))
(module (import "spectest" "table" (table 5 25 funcref)))
(module (import "spectest" "table" (table 10 20 funcref)))
(assert_unlinkable (module (import "spectest" "table" (table 11 funcref))) "incompatible import type")
(assert_unlinkable (module (import "spectest" "table" (table 10 19 funcref))) "incompatible import type")
(assert_unlinkable (module (import "spectest" "table" (table 10 externref))) "incompatible import type")

(module $unbounded
  (memory (export "mem") 2)
  (table (export "tab") 3 funcref)
  (func (export "grow-table") (result i32) (table.grow (ref.null func) (i32.const 2)))
)
(register "unbounded" $unbounded)
(module (import "unbounded" "mem" (memory 2)))
(module (import "unbounded" "tab" (table 0 funcref)))
;; Without a maximum, the provided type cannot match an import that has one.
(assert_unlinkable (module (import "unbounded" "mem" (memory 1 65536))) "incompatible import type")
(assert_unlinkable (module (import "unbounded" "tab" (table 3 100 funcref))) "incompatible import type")
(assert_unlinkable (module (import "unbounded" "tab" (table 4 funcref))) "incompatible import type")
;; The current size counts, not the declared minimum: after growing, a larger min matches.
(assert_return (invoke $unbounded "grow-table") (i32.const 3))
(module (import "unbounded" "tab" (table 5 funcref)))
(assert_unlinkable (module (import "unbounded" "tab" (table 6 funcref))) "incompatible import type")

;; Instantiation order: element segments, then data segments, then the start function.
(module $shared
  (memory (export "mem") 1)
  (table (export "tab") 2 funcref)
  (global (export "log") (mut i32) (i32.const 0))
  (func (export "load") (param i32) (result i32) (i32.load8_u (local.get 0)))
  (func (export "is-null") (param i32) (result i32) (ref.is_null (table.get (local.get 0))))
)
(register "shared" $shared)

;; A failing element segment stops before any data segment is written.
(assert_trap
  (module
    (import "shared" "mem" (memory 1))
    (import "shared" "tab" (table 2 funcref))
    (func $f)
    (data (i32.const 0) "\2a")
    (elem (i32.const 0) $f)
    (elem (i32.const 1) $f $f)
  )
  "out of bounds table access"
)
(assert_return (invoke $shared "is-null" (i32.const 0)) (i32.const 0))
(assert_return (invoke $shared "is-null" (i32.const 1)) (i32.const 1))
(assert_return (invoke $shared "load" (i32.const 0)) (i32.const 0))

;; A failing data segment comes after all element segments were written.
(assert_trap
  (module
    (import "shared" "mem" (memory 1))
    (import "shared" "tab" (table 2 funcref))
    (func $f)
    (data (i32.const 5) "\05")
    (data (i32.const 65536) "\06")
    (elem (i32.const 1) $f)
  )
  "out of bounds memory access"
)
(assert_return (invoke $shared "is-null" (i32.const 1)) (i32.const 0))
(assert_return (invoke $shared "load" (i32.const 5)) (i32.const 5))

;; Segment offsets are unsigned: -1 is 2^32 - 1, out of bounds even for an empty segment.
(assert_trap (module (memory 1) (data (i32.const -1) "")) "out of bounds memory access")
(assert_trap (module (table 1 funcref) (elem (i32.const -1))) "out of bounds table access")
;; An empty segment exactly at the end is fine.
(module (memory 1) (table 1 funcref) (data (i32.const 65536) "") (elem (i32.const 1)))

;; The start function sees the initialised memory; its trap fails the instantiation, keeping its effects.
(assert_trap
  (module
    (import "shared" "mem" (memory 1))
    (import "shared" "log" (global $log (mut i32)))
    (data (i32.const 7) "\07")
    (func $start
      (global.set $log (i32.add (i32.load8_u (i32.const 7)) (i32.const 100)))
      (unreachable))
    (start $start)
  )
  "unreachable"
)
(assert_return (get $shared "log") (i32.const 107))
(assert_return (invoke $shared "load" (i32.const 7)) (i32.const 7))

;; A successful start function runs once, before any export can be invoked.
(module
  (global $count (mut i32) (i32.const 0))
  (func $start (global.set $count (i32.add (global.get $count) (i32.const 1))))
  (start $start)
  (func (export "count") (result i32) (global.get $count))
)
(assert_return (invoke "count") (i32.const 1))
(assert_return (invoke "count") (i32.const 1))

;; An imported function can be the start function, and imported functions sit first in the
;; function index space (so element segments and call_indirect see them).
(module $lib
  (global (export "hits") (mut i32) (i32.const 0))
  (func (export "hit") (global.set 0 (i32.add (global.get 0) (i32.const 1))))
  (func (export "seven") (result i32) (i32.const 7))
)
(register "lib" $lib)
(module
  (import "lib" "hit" (func $hit))
  (import "lib" "seven" (func $seven (result i32)))
  (func $own (result i32) (i32.const 8))
  (table 3 funcref)
  (elem (i32.const 0) func 1 2)
  (start 0)
  (func (export "call") (param i32) (result i32) (call_indirect (result i32) (local.get 0)))
  ;; Re-exported imports are the same function instance.
  (export "seven-again" (func $seven))
)
(assert_return (get $lib "hits") (i32.const 1))
(assert_return (invoke "call" (i32.const 0)) (i32.const 7))
(assert_return (invoke "call" (i32.const 1)) (i32.const 8))
(assert_trap (invoke "call" (i32.const 2)) "uninitialized element")
(assert_return (invoke "seven-again") (i32.const 7))

;; Imported globals initialise other globals and segment offsets.
(module $consts
  (global (export "off") i32 (i32.const 3))
)
(register "consts" $consts)
(module
  (import "consts" "off" (global $off i32))
  (global $copy i32 (global.get $off))
  (memory 1)
  (data (global.get $off) "\63")
  (func (export "copy") (result i32) (global.get $copy))
  (func (export "at-off") (result i32) (i32.load8_u (global.get $off)))
)
(assert_return (invoke "copy") (i32.const 3))
(assert_return (invoke "at-off") (i32.const 0x63))

;; A module that failed to link leaves no trace: the previous current module is still current.
(assert_unlinkable
  (module (import "consts" "off" (global $off i64)) (func (export "copy") (result i32) (i32.const -1)))
  "incompatible import type")
(assert_return (invoke "copy") (i32.const 3))
