;; Tail calls (WebAssembly 3.0): `return_call` replaces the caller's frame with the callee's, so this
;; loop written as recursion runs in one frame however many times it goes round. Step into it and watch
;; Call Frames: the frame says it was entered by return_call and the caller's frame is gone.
(module
  ;; The sum 1 + 2 + ... + $n, accumulated in $acc
  (func $sum (param $n i64) (param $acc i64) (result i64)
    (if (result i64) (i64.eqz (local.get $n))
      (then (local.get $acc))
      (else
        (return_call $sum
          (i64.sub (local.get $n) (i64.const 1))
          (i64.add (local.get $acc) (local.get $n))))))

  ;; Entry point for Run/Debug As: 1 + ... + 100000 = 5000050000, in a single frame of $sum
  (func (export "main") (result i64)
    (call $sum (i64.const 100000) (i64.const 0))))
