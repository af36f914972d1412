;; The views' test program: blocks, a loop, calls (direct and through a table), globals, a memory with a
;; data segment. run(n) sums square(i) for i in [0, n), storing the running sum at address 0 and counting
;; the iterations in $count.
(module $sample
  (type $binop (func (param i32 i32) (result i32)))
  (memory $mem 1 2)
  (data (i32.const 16) "WasmScope")
  (global $count (mut i32) (i32.const 0))
  (global $limit i64 (i64.const -1))
  (table $fns 2 funcref)
  (elem (i32.const 0) $add $mul)

  (func $add (type $binop)
    local.get 0
    local.get 1
    i32.add)

  (func $mul (type $binop)
    local.get 0
    local.get 1
    i32.mul)

  (func $square (param $x i32) (result i32)
    local.get $x
    local.get $x
    i32.const 1
    call_indirect (type $binop))

  (func (export "run") (param $n i32) (result i32)
    (local $i i32) (local $sum i32)
    block $done
      loop $next
        local.get $i
        local.get $n
        i32.ge_u
        br_if $done
        local.get $sum
        block $inner (result i32)
          local.get $i
          call $square
        end
        i32.add
        local.set $sum
        i32.const 0
        local.get $sum
        i32.store
        global.get $count
        i32.const 1
        i32.add
        global.set $count
        local.get $i
        i32.const 1
        i32.add
        local.set $i
        br $next
      end
    end
    local.get $sum)

  (func (export "divide") (param i32 i32) (result i32)
    local.get 0
    local.get 1
    i32.div_s)
)
