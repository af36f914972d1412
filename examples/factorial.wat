;; Recursive factorial: each call pushes a frame; step into `fac` to watch the call stack grow and unwind.
(module
  (func $fac (export "fac") (param $n i64) (result i64)
    (if (result i64) (i64.lt_u (local.get $n) (i64.const 2))
      (then (i64.const 1))
      (else
        (i64.mul
          (local.get $n)
          (call $fac (i64.sub (local.get $n) (i64.const 1)))))))

  ;; Entry point for Run/Debug As: 10! = 3628800
  (func (export "main") (result i64)
    (call $fac (i64.const 10))))
