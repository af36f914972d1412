;; Reduction steps as the specification writes them: open the Reduction view (or run
;; `./wasmscope trace --rules examples/reduction.wat spec 1.5 2 0.25`) and step.
(module
  ;; The specification's own example: (f64.const q1) (f64.const q2) f64.neg (f64.const q3) f64.add f64.mul
  ;; reduces in three steps.
  (func $spec (export "spec") (param $q1 f64) (param $q2 f64) (param $q3 f64) (result f64)
    (f64.const 1.5) (f64.const 2) f64.neg (f64.const 0.25) f64.add f64.mul)

  ;; A block left by a br_if, and a call with its frame.
  (func $square (param $x i32) (result i32)
    (i32.mul (local.get $x) (local.get $x)))
  (func (export "main") (param $n i32) (result i32)
    (block $done (result i32)
      (i32.const -1)
      (br_if $done (i32.eqz (local.get $n)))
      (drop)
      (call $square (local.get $n)))))
