;; Calls through a table: the element segment fills the table, call_indirect picks the function.
(module
  (type $binop (func (param i32 i32) (result i32)))
  (table $ops 4 funcref)
  (elem (table $ops) (i32.const 0) func $add $sub $mul)

  (func $add (type $binop) (i32.add (local.get 0) (local.get 1)))
  (func $sub (type $binop) (i32.sub (local.get 0) (local.get 1)))
  (func $mul (type $binop) (i32.mul (local.get 0) (local.get 1)))

  (func $apply (export "apply") (param $op i32) (param $a i32) (param $b i32) (result i32)
    (call_indirect $ops (type $binop) (local.get $a) (local.get $b) (local.get $op)))

  ;; (7 + 5) * (7 - 5) = 24; apply(3, ...) traps: "uninitialized element"
  (func (export "main") (result i32)
    (call $apply (i32.const 2)
      (call $apply (i32.const 0) (i32.const 7) (i32.const 5))
      (call $apply (i32.const 1) (i32.const 7) (i32.const 5)))))
