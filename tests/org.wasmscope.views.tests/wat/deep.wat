;; Deep recursion: down(n) calls itself n times before it returns.
(module $deep
  (func $down (export "down") (param $n i32) (result i32)
    local.get $n
    i32.eqz
    if (result i32)
      i32.const 0
    else
      local.get $n
      i32.const 1
      i32.sub
      call $down
      i32.const 1
      i32.add
    end))
