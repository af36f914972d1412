;; Prints through the spectest host functions, then returns.
(module
  (import "spectest" "print_i32" (func $print_i32 (param i32)))
  (import "spectest" "print_f64" (func $print_f64 (param f64)))
  (func (export "main") (result i32)
    (call $print_i32 (i32.const 7))
    (call $print_f64 (f64.const 2.5))
    (i32.const 42))
  (func (export "add") (param $a i32) (param $b i64) (result i64)
    (i64.add (i64.extend_i32_s (local.get $a)) (local.get $b))))
