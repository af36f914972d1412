;; Throws $big five times, with 1 .. 5, each caught by the caller: for the exception breakpoints' hit counts.
(module
  (tag $big (param i32))
  (func $check (param $n i32)
    (throw $big (local.get $n)))
  (func (export "main") (result i32)
    (local $i i32) (local $sum i32)
    (loop $next
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (block $caught (result i32)
        (try_table (catch $big $caught)
          (call $check (local.get $i)))
        (i32.const 0))
      (local.set $sum (i32.add (local.get $sum)))
      (br_if $next (i32.lt_u (local.get $i) (i32.const 5))))
    (local.get $sum)))
