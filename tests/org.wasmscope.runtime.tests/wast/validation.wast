;; Validation (spec chapter 3): the typing rules of instructions, blocks and labels, stack
;; polymorphism after unconditional branches, index spaces, and module-level rules (start
;; function, exports, constant expressions, limits, segments).

;; Operand and result types.
(assert_invalid (module (func (result i32) (i32.add (i32.const 0) (i64.const 0)))) "type mismatch")
(assert_invalid (module (func (result i64) (i32.const 0))) "type mismatch")
(assert_invalid (module (func (result i32))) "type mismatch")
;; Leftover values at the end of a function or block are an error too.
(assert_invalid (module (func (i32.const 1))) "type mismatch")
(assert_invalid (module (func (result i32) (i32.const 0) (i32.const 0))) "type mismatch")
(assert_invalid (module (func (block (i32.const 1)))) "type mismatch")
(assert_invalid (module (func (result f32) (f32.neg (f64.const 0)))) "type mismatch")
(assert_invalid (module (func (result i32) (i32.eqz (i64.const 0)))) "type mismatch")
(assert_invalid (module (func (result i64) (i64.extend_i32_s (i64.const 0)))) "type mismatch")
(assert_invalid (module (func (result i32) (i32.wrap_i64 (i32.const 0)))) "type mismatch")
(assert_invalid (module (func (result f32) (f32.demote_f64 (f32.const 0)))) "type mismatch")
(assert_invalid (module (func (drop))) "type mismatch")
(assert_invalid (module (func (param i32) (result i32) (local.tee 0 (f32.const 0)))) "type mismatch")
(assert_invalid (module (func (result i32) (select (i32.const 0) (i64.const 0) (i32.const 1)))) "type mismatch")
(assert_invalid (module (func (result i32) (select (i32.const 0) (i32.const 0) (i64.const 1)))) "type mismatch")
;; Untyped select only for numeric (and vector) types; references need the typed form.
(assert_invalid (module (func (drop (select (ref.null func) (ref.null func) (i32.const 1))))) "type mismatch")
(module (func (drop (select (result funcref) (ref.null func) (ref.null func) (i32.const 1)))))
(assert_invalid (module (func (result i32) (select (result i64) (i32.const 0) (i32.const 0) (i32.const 1)))) "type mismatch")

;; Blocks: params are taken from the stack, results must match exactly.
(assert_invalid (module (func (result i32) (block (result i32)))) "type mismatch")
(assert_invalid (module (func (result i32) (block (result i32) (i64.const 0)))) "type mismatch")
(assert_invalid (module (func (block (param i32) (drop)))) "type mismatch")
(assert_invalid (module (func (i64.const 0) (block (param i32) (drop)))) "type mismatch")
(assert_invalid (module (func (result i32) (loop (result i32) (i64.const 0)))) "type mismatch")
;; An if with a result needs an else producing it; the condition is an i32.
(assert_invalid (module (func (result i32) (if (result i32) (i32.const 1) (then (i32.const 1))))) "type mismatch")
(assert_invalid (module (func (if (i64.const 1) (then)))) "type mismatch")
(assert_invalid (module (func (result i32) (if (result i32) (i32.const 1) (then (i32.const 1)) (else (i64.const 1))))) "type mismatch")
(assert_invalid (module (func (if (param i32) (i32.const 1) (then (drop)) (else (drop))))) "type mismatch")

;; Branches: the label's type is a block's results, but a loop's parameters.
(assert_invalid (module (func (result i32) (block (result i32) (br 0 (i64.const 0))))) "type mismatch")
(assert_invalid (module (func (result i32) (block (result i32) (br 0)))) "type mismatch")
(assert_invalid (module (func (result i32) (block (result i32) (br_if 0 (i64.const 0) (i32.const 1))))) "type mismatch")
(assert_invalid (module (func (result i32) (block (result i32) (br_if 0 (i32.const 0) (i64.const 1))))) "type mismatch")
;; br_table: every target must accept the same operand types.
(assert_invalid
  (module (func (result i32)
    (block (result i32) (block (result i64) (br_table 0 1 (i32.const 0) (i32.const 0))))))
  "type mismatch")
;; ... and a loop label takes the loop's (empty) parameters, not its i32 result.
(assert_invalid
  (module (func (result i32) (loop (result i32) (br_table 0 1 (i32.const 5) (i32.const 0)))))
  "type mismatch")
(assert_invalid (module (func (br_table 0 (i64.const 0)))) "type mismatch")
(assert_invalid (module (func (br 1))) "unknown label")
(assert_invalid (module (func (block (br_if 2 (i32.const 1))))) "unknown label")
(assert_invalid (module (func (block (br_table 0 0 2 (i32.const 1))))) "unknown label")
(assert_invalid (module (func (result i32) (return (i64.const 1)))) "type mismatch")
(assert_invalid (module (func (result i32) (return))) "type mismatch")

;; After br / return / unreachable the stack is polymorphic: missing operands are fine,
;; but operands that are pushed afterwards still have to fit.
(module
  (func (export "poly1") (result i32) (unreachable) (i32.add))
  (func (export "poly2") (result i32) (return (i32.const 1)) (i32.eqz))
  (func (export "poly3") (result i32) (block (result i32) (br 0 (i32.const 2)) (select)))
  (func (export "poly4") (result i32 i64) (unreachable))
  (func (export "poly5") (result i32) (block (result i32) (i32.const 3) (br 0) (f64.const 0) (drop)))
  (func (export "poly6") (result i32) (i32.const 4) (br_table 0 0 (i32.const 9)) (i64.const 0) (drop))
)
(assert_trap (invoke "poly1") "unreachable")
(assert_return (invoke "poly2") (i32.const 1))
(assert_return (invoke "poly3") (i32.const 2))
(assert_return (invoke "poly5") (i32.const 3))
(assert_return (invoke "poly6") (i32.const 4))
(assert_invalid (module (func (result i32) (block (result i32) (br 0 (i32.const 1)) (i64.const 0)))) "type mismatch")
(assert_invalid (module (func (result i32) (unreachable) (i64.const 0) (i32.add))) "type mismatch")
(assert_invalid (module (func (unreachable) (i32.const 0) (i64.const 0) (select) (i32.eqz) (drop))) "type mismatch")

;; Calls.
(assert_invalid (module (func $f (param i32)) (func (call $f (i64.const 0)))) "type mismatch")
(assert_invalid (module (func $f (param i32 i32)) (func (call $f (i32.const 0)))) "type mismatch")
(assert_invalid (module (func $f (result i32)) (func (call $f))) "type mismatch")
(assert_invalid (module (func (call 3))) "unknown function")
(assert_invalid (module (type (func)) (func (call_indirect (type 0) (i32.const 0)))) "unknown table")
(assert_invalid (module (table 1 funcref) (func (call_indirect (type 9) (i32.const 0)))) "unknown type")
(assert_invalid (module (table 1 funcref) (func (call_indirect (param i32) (i64.const 0) (i32.const 0)))) "type mismatch")
(assert_invalid (module (table 1 funcref) (func (call_indirect (i64.const 0)))) "type mismatch")

;; Index spaces.
(assert_invalid (module (func (local.set 0 (i32.const 0)))) "unknown local")
(assert_invalid (module (func (drop (global.get 0)))) "unknown global")
(assert_invalid (module (func (drop (table.get 0 (i32.const 0))))) "unknown table")
(assert_invalid (module (func (drop (i64.load (i32.const 0))))) "unknown memory")
(assert_invalid (module (func (drop (memory.grow (i32.const 0))))) "unknown memory")
(assert_invalid (module (func (drop (ref.func 5)))) "unknown function")
(assert_invalid (module (func (block (type 3)))) "unknown type")
(assert_invalid (module (table 1 funcref) (func (table.init 0 0 (i32.const 0) (i32.const 0) (i32.const 0)))) "unknown elem segment")
(assert_invalid (module (memory 1) (func (memory.init 0 (i32.const 0) (i32.const 0) (i32.const 0)))) "unknown data segment")
(assert_invalid (module (memory 1) (func (drop (memory.grow (i64.const 1))))) "type mismatch")

;; Module-level rules.
(assert_invalid (module (func $f (param i32)) (start $f)) "start function")
(assert_invalid (module (func $f (result i32) (i32.const 0)) (start $f)) "start function")
(assert_invalid (module (start 0)) "unknown function")
(assert_invalid (module (func (export "x")) (func (export "x"))) "duplicate export name")
(assert_invalid (module (func (export "x")) (memory (export "x") 1)) "duplicate export name")
(module (memory 1) (memory 1))
(module (memory (import "spectest" "memory") 1) (memory 1))
(assert_invalid (module (memory 1) (func (drop (i32.load offset=4294967296 (i32.const 0))))) "offset out of range")
(module (memory i64 1) (func (drop (i32.load offset=4294967296 (i64.const 0)))))
(module (table 1 funcref) (table 1 externref))
(assert_invalid (module (table 1 2 funcref) (table 3 2 funcref)) "size minimum must not be greater than maximum")
(assert_invalid (module (memory 65537)) "memory size must be at most 65536 pages (4GiB)")
(assert_invalid (module (func (export "e") (global.get 0)) (global i32 (i32.const 0))) "type mismatch")
(assert_invalid (module (global (export "g") (mut i32) (f32.const 0))) "type mismatch")
;; Constant expressions: only *.const, i32/i64 add, sub and mul, ref.null, ref.func and global.get of an
;; immutable global.
(module (global i32 (i32.add (i32.const 1) (i32.const 2))))
(assert_invalid (module (global i32 (i32.div_s (i32.const 1) (i32.const 2)))) "constant expression required")
(assert_invalid (module (global i32 (nop) (i32.const 0))) "constant expression required")
(assert_invalid (module (global (import "m" "g") (mut i32)) (global i32 (global.get 0))) "constant expression required")
(assert_invalid (module (memory 1) (data (i32.ctz (i32.const 0)) "")) "constant expression required")
(assert_invalid (module (memory 1) (data (i64.const 0) "")) "type mismatch")
(assert_invalid (module (table 1 funcref) (elem (i32.const 0) funcref (ref.null extern))) "type mismatch")
(assert_invalid (module (func $f) (table 1 externref) (elem (i32.const 0) func $f)) "type mismatch")
(assert_invalid (module (table 1 funcref) (elem (f32.const 0) func)) "type mismatch")
;; Lane indices of vector instructions are bounded by the lane count.
(assert_invalid (module (func (result i32) (i8x16.extract_lane_s 16 (v128.const i64x2 0 0)))) "invalid lane index")
(assert_invalid (module (func (result i64) (i64x2.extract_lane 2 (v128.const i64x2 0 0)))) "invalid lane index")
;; A function referenced by an export counts as declared for ref.func (C.refs covers the whole
;; module outside function bodies), as do element segments and global initialisers.
(module (func $f (export "f")) (func (drop (ref.func $f))))
(module (func $f) (global funcref (ref.func $f)) (func (drop (ref.func $f))))
(assert_invalid (module (func $f) (func (drop (ref.func $f)))) "undeclared function reference")
;; Typed select takes exactly one type.
(assert_invalid (module (func (select (result i32 i32) (unreachable)))) "invalid result arity")
