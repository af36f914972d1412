;; Exceptions (WebAssembly 3.0): `throw` raises an exception of a tag with a payload; a `try_table`
;; catches it by tag and branches to a label. Step onto a `throw`: Control Labels highlights the handler
;; that will catch it. "main" catches; "uncaught" lets one escape (the debugger suspends at its throw).
(module
  (tag $overflow (export "overflow") (param i32))
  (tag $negative (param i32))

  ;; Doubles $n; throws $overflow with $n when the result would not fit in a byte, $negative below 0.
  (func $double (param $n i32) (result i32)
    (if (i32.lt_s (local.get $n) (i32.const 0))
      (then (throw $negative (local.get $n))))
    (if (i32.gt_s (local.get $n) (i32.const 127))
      (then (throw $overflow (local.get $n))))
    (i32.shl (local.get $n) (i32.const 1)))

  ;; The doubled value, or -1 with the payload dropped when $double threw $overflow.
  (func $safe_double (param $n i32) (result i32)
    (block $handler (result i32)
      (try_table (result i32) (catch $overflow $handler)
        (call $double (local.get $n)))
      (return))
    (drop)
    (i32.const -1))

  ;; 2 * 21 + (-1 for 200, which overflows) = 41
  (func (export "main") (result i32)
    (i32.add (call $safe_double (i32.const 21)) (call $safe_double (i32.const 200))))

  ;; No handler catches $negative: the exception leaves the invocation.
  (func (export "uncaught") (result i32)
    (call $safe_double (i32.const -5))))
