;; Loads and stores on a memory initialised by an active data segment.
(module
  (memory (export "memory") 1)
  ;; Eight bytes at address 16: the numbers 1..8
  (data (i32.const 16) "\01\02\03\04\05\06\07\08")

  ;; Sum of the bytes in [from, from + count)
  (func $sum (export "sum") (param $from i32) (param $count i32) (result i32)
    (local $total i32)
    (block $done
      (loop $next
        (br_if $done (i32.eqz (local.get $count)))
        (local.set $total (i32.add (local.get $total) (i32.load8_u (local.get $from))))
        (local.set $from (i32.add (local.get $from) (i32.const 1)))
        (local.set $count (i32.sub (local.get $count) (i32.const 1)))
        (br $next)))
    (local.get $total))

  ;; Doubles each byte in place, then sums them: 2 * 36 = 72
  (func (export "main") (result i32)
    (local $a i32)
    (local.set $a (i32.const 16))
    (loop $next
      (i32.store8 (local.get $a) (i32.shl (i32.load8_u (local.get $a)) (i32.const 1)))
      (local.set $a (i32.add (local.get $a) (i32.const 1)))
      (br_if $next (i32.lt_u (local.get $a) (i32.const 24))))
    (call $sum (i32.const 16) (i32.const 8))))
