;; Bulk memory instructions (spec 4.4.7): memory.fill / memory.copy / memory.init check the whole
;; range first and trap without writing anything when it does not fit (zero-length accesses are
;; fine up to and including the end, not one past it); memory.copy behaves as if through a
;; temporary buffer so overlapping copies work in both directions; data.drop empties a segment,
;; and active segments are dropped after instantiation.

(module
  (memory 1)
  (data $passive "\01\02\03\04\05")
  (data $active (i32.const 0x8000) "\aa\bb")
  (func (export "fill") (param i32 i32 i32) (memory.fill (local.get 0) (local.get 1) (local.get 2)))
  (func (export "copy") (param i32 i32 i32) (memory.copy (local.get 0) (local.get 1) (local.get 2)))
  (func (export "init") (param i32 i32 i32) (memory.init $passive (local.get 0) (local.get 1) (local.get 2)))
  (func (export "init-active") (param i32 i32 i32) (memory.init $active (local.get 0) (local.get 1) (local.get 2)))
  (func (export "drop") (data.drop $passive))
  (func (export "drop-active") (data.drop $active))
  (func (export "load8") (param i32) (result i32) (i32.load8_u (local.get 0)))
  (func (export "load64") (param i32) (result i64) (i64.load (local.get 0)))
)

;; fill uses the low byte of the value.
(invoke "fill" (i32.const 10) (i32.const 0x1234) (i32.const 3))
(assert_return (invoke "load64" (i32.const 8)) (i64.const 0x0000003434340000))
(invoke "fill" (i32.const 65535) (i32.const 0xff) (i32.const 1))
(assert_return (invoke "load8" (i32.const 65535)) (i32.const 0xff))
(invoke "fill" (i32.const 65536) (i32.const 1) (i32.const 0))
(assert_trap (invoke "fill" (i32.const 65537) (i32.const 1) (i32.const 0)) "out of bounds memory access")
;; Out of bounds by one byte: nothing is written, not even the bytes in range.
(assert_trap (invoke "fill" (i32.const 65530) (i32.const 7) (i32.const 7)) "out of bounds memory access")
(assert_return (invoke "load8" (i32.const 65530)) (i32.const 0))
(assert_return (invoke "load8" (i32.const 65535)) (i32.const 0xff))
;; d + n is computed without 32-bit wrap-around.
(assert_trap (invoke "fill" (i32.const 1) (i32.const 0) (i32.const -1)) "out of bounds memory access")
(assert_trap (invoke "fill" (i32.const -1) (i32.const 0) (i32.const 1)) "out of bounds memory access")
(assert_return (invoke "load8" (i32.const 1)) (i32.const 0))

;; copy with overlap: forward (dest > src) and backward (dest < src).
(invoke "fill" (i32.const 0) (i32.const 0) (i32.const 16))
(invoke "init" (i32.const 0) (i32.const 0) (i32.const 5))
(assert_return (invoke "load64" (i32.const 0)) (i64.const 0x0000000504030201))
(invoke "copy" (i32.const 2) (i32.const 0) (i32.const 5))
(assert_return (invoke "load64" (i32.const 0)) (i64.const 0x0005040302010201))
(invoke "copy" (i32.const 0) (i32.const 3) (i32.const 5))
(assert_return (invoke "load64" (i32.const 0)) (i64.const 0x0005040005040302))
;; Zero-length copies at the very end are fine on either side; one past the end traps.
(invoke "copy" (i32.const 65536) (i32.const 0) (i32.const 0))
(invoke "copy" (i32.const 0) (i32.const 65536) (i32.const 0))
(assert_trap (invoke "copy" (i32.const 65537) (i32.const 0) (i32.const 0)) "out of bounds memory access")
(assert_trap (invoke "copy" (i32.const 0) (i32.const 65537) (i32.const 0)) "out of bounds memory access")
;; Either range out of bounds traps before anything is copied.
(assert_trap (invoke "copy" (i32.const 65535) (i32.const 0) (i32.const 2)) "out of bounds memory access")
(assert_return (invoke "load8" (i32.const 65535)) (i32.const 0xff))
(assert_trap (invoke "copy" (i32.const 0) (i32.const 65535) (i32.const 2)) "out of bounds memory access")
(assert_return (invoke "load8" (i32.const 0)) (i32.const 2))
(assert_trap (invoke "copy" (i32.const 0) (i32.const 0) (i32.const -1)) "out of bounds memory access")
(invoke "copy" (i32.const 65534) (i32.const 65535) (i32.const 1))
(assert_return (invoke "load8" (i32.const 65534)) (i32.const 0xff))

;; init: both the segment range and the memory range are checked.
(invoke "init" (i32.const 100) (i32.const 3) (i32.const 2))
(assert_return (invoke "load8" (i32.const 100)) (i32.const 4))
(assert_return (invoke "load8" (i32.const 101)) (i32.const 5))
(invoke "init" (i32.const 65536) (i32.const 5) (i32.const 0))
(assert_trap (invoke "init" (i32.const 0) (i32.const 4) (i32.const 2)) "out of bounds memory access")
(assert_trap (invoke "init" (i32.const 0) (i32.const 6) (i32.const 0)) "out of bounds memory access")
(assert_trap (invoke "init" (i32.const 65537) (i32.const 0) (i32.const 0)) "out of bounds memory access")
(assert_trap (invoke "init" (i32.const 65533) (i32.const 0) (i32.const 5)) "out of bounds memory access")
(assert_return (invoke "load8" (i32.const 65533)) (i32.const 0))
;; Active segments are already dropped: only a zero-length init at offset 0 succeeds.
(assert_return (invoke "load8" (i32.const 0x8001)) (i32.const 0xbb))
(invoke "init-active" (i32.const 0) (i32.const 0) (i32.const 0))
(assert_trap (invoke "init-active" (i32.const 0) (i32.const 0) (i32.const 1)) "out of bounds memory access")
(assert_trap (invoke "init-active" (i32.const 0) (i32.const 1) (i32.const 0)) "out of bounds memory access")
(invoke "drop-active")
;; After data.drop the segment has length 0; dropping again is allowed.
(invoke "drop")
(invoke "init" (i32.const 0) (i32.const 0) (i32.const 0))
(assert_trap (invoke "init" (i32.const 0) (i32.const 0) (i32.const 1)) "out of bounds memory access")
(invoke "drop")

;; A memory of zero pages: zero-length operations at address 0 are in bounds.
(module
  (memory 0)
  (data "x")
  (func (export "fill") (param i32 i32) (memory.fill (local.get 0) (i32.const 0) (local.get 1)))
  (func (export "copy") (param i32 i32) (memory.copy (local.get 0) (i32.const 0) (local.get 1)))
  (func (export "init") (param i32 i32) (memory.init 0 (local.get 0) (i32.const 0) (local.get 1)))
)
(invoke "fill" (i32.const 0) (i32.const 0))
(invoke "copy" (i32.const 0) (i32.const 0))
(invoke "init" (i32.const 0) (i32.const 0))
(assert_trap (invoke "fill" (i32.const 1) (i32.const 0)) "out of bounds memory access")
(assert_trap (invoke "copy" (i32.const 0) (i32.const 1)) "out of bounds memory access")
(assert_trap (invoke "init" (i32.const 0) (i32.const 1)) "out of bounds memory access")

;; Typing rules.
(assert_invalid (module (func (memory.fill (i32.const 0) (i32.const 0) (i32.const 0)))) "unknown memory")
(assert_invalid (module (memory 1) (func (memory.init 0 (i32.const 0) (i32.const 0) (i32.const 0)))) "unknown data segment")
(assert_invalid (module (memory 1) (func (data.drop 0))) "unknown data segment")
(assert_invalid (module (memory 1) (func (memory.copy (i32.const 0) (i32.const 0) (i64.const 0)))) "type mismatch")
(assert_invalid (module (memory 1) (func (memory.fill (i32.const 0) (i32.const 0)))) "type mismatch")
