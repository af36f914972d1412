;; A binary search tree of GC structs: main inserts five keys, then sums the tree. Stop in $sum and open $t
;; (Call Frames, Variables): each node shows its identity (struct#3), its type and its fields, which open in
;; turn. Store's "heap" lists the objects the program still reaches; $count holds an i31 (i31:5).
(module
  (type $node (struct (field $key i32) (field $left (mut (ref null $node))) (field $right (mut (ref null $node)))))
  (type $keys (array (mut i32)))
  (global $root (mut (ref null $node)) (ref.null $node))
  (global $count (mut i31ref) (ref.null i31))

  ;; The tree $t with $k inserted, new nodes at the leaves.
  (func $insert (param $t (ref null $node)) (param $k i32) (result (ref $node))
    (if (ref.is_null (local.get $t))
      (then (return (struct.new $node (local.get $k) (ref.null $node) (ref.null $node)))))
    (if (i32.lt_s (local.get $k) (struct.get $node $key (local.get $t)))
      (then (struct.set $node $left (local.get $t)
              (call $insert (struct.get $node $left (local.get $t)) (local.get $k))))
      (else (struct.set $node $right (local.get $t)
              (call $insert (struct.get $node $right (local.get $t)) (local.get $k)))))
    (ref.as_non_null (local.get $t)))

  (func $sum (param $t (ref null $node)) (result i32)
    (if (result i32) (ref.is_null (local.get $t))
      (then (i32.const 0))
      (else
        (i32.add (struct.get $node $key (local.get $t))
          (i32.add (call $sum (struct.get $node $left (local.get $t)))
                   (call $sum (struct.get $node $right (local.get $t))))))))

  ;; Entry point for Run/Debug As: 4 + 2 + 6 + 1 + 3 = 16
  (func (export "main") (result i32)
    (local $keys (ref null $keys)) (local $i i32)
    (local.set $keys (array.new_fixed $keys 5 (i32.const 4) (i32.const 2) (i32.const 6) (i32.const 1) (i32.const 3)))
    (loop $next
      (global.set $root (call $insert (global.get $root) (array.get $keys (local.get $keys) (local.get $i))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (global.set $count (ref.i31 (local.get $i)))
      (br_if $next (i32.lt_u (local.get $i) (array.len (local.get $keys)))))
    (call $sum (global.get $root))))
