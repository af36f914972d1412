;; A loop that classifies 0..9 with br_table: watch the label stack as each branch leaves its blocks.
(module
  (func $classify (export "classify") (param $i i32) (result i32)
    (block $other
      (block $two
        (block $one
          (block $zero
            (br_table $zero $one $two $other (local.get $i)))
          (return (i32.const 100)))  ;; i = 0
        (return (i32.const 10)))     ;; i = 1
      (return (i32.const 1)))        ;; i = 2
    (i32.const 0))                   ;; anything else

  ;; Sums classify(i) for i = 0..9: 100 + 10 + 1 = 111
  (func (export "main") (result i32)
    (local $i i32) (local $sum i32)
    (loop $next
      (local.set $sum (i32.add (local.get $sum) (call $classify (local.get $i))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $next (i32.lt_u (local.get $i) (i32.const 10))))
    (local.get $sum)))
