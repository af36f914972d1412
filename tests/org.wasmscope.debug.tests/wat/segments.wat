;; Segments and a start function: a debug launch with "Stop at instantiation" steps through them.
(module
  (type $t (func (result i32)))
  (global $g (mut i32) (i32.const 0))
  (table 2 funcref)
  (elem (i32.const 1) $seven)
  (memory 1)
  (data (i32.const 3) "a")
  (func $seven (type $t) (i32.const 7))
  (func $init (global.set $g (i32.const 100)))
  (start $init)
  (func (export "main") (result i32)
    (i32.add (i32.add (global.get $g) (i32.load8_u (i32.const 3)))
      (call_indirect (type $t) (i32.const 1)))))
