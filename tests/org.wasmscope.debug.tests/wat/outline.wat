;; One of each kind of field, for the editor's Outline, hover, Ctrl+click and content assist.
(module
  (type $binary (func (param i32 i32) (result i32)))
  (import "env" "log" (func $log (param i32)))
  (import "env" "mem" (memory $shared 1))
  (func $add (type $binary)
    (i32.add (local.get 0) (local.get 1)))
  (func $twice (export "twice") (param $x i32) (result i32)
    (local $sum i32)
    (block $done
      (local.set $sum (call $add (local.get $x) (local.get $x))))
    (local.get $sum))
  (table $fns 1 funcref)
  (memory $heap 1)
  (global $count (mut i32) (i32.const 0))
  (tag $oops (param i32))
  (export "add" (func $add))
  (elem (i32.const 0) $add))
