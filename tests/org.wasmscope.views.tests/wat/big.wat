;; For the refresh benchmark and the store's paging: a 64 MiB memory (1024 pages) written one word per
;; page, a table of 250 funcrefs, a mutable global counting the writes.
(module $big
  (memory $mem 1024 1024)
  (table $t 250 funcref)
  (elem (i32.const 0) $fill)
  (global $writes (mut i32) (i32.const 0))
  (func $fill (export "fill")
    (local $a i32)
    loop $page
      local.get $a
      local.get $a
      i32.store
      local.get $a
      i32.const 65536
      i32.add
      local.set $a
      global.get $writes
      i32.const 1
      i32.add
      global.set $writes
      local.get $a
      i32.const 67108864
      i32.lt_u
      br_if $page
    end)
)
