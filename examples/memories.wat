;; Several memories (WebAssembly 3.0): a module may have more than one memory, and a memory may use
;; 64-bit addresses (memory64). This one copies a message from memory 0 into the 64-bit memory $big.
;; The Store view lists both; select one to see its dump. The Memory view opens them as mem0:0x10, mem1:0x20.
(module
  (memory $small 1)
  (memory $big i64 1)
  (data (memory $small) (i32.const 16) "Hello, memories!")

  ;; Copies $len bytes from $small at $from to $big at $to; returns the first byte copied
  (func $copy (param $from i32) (param $to i64) (param $len i32) (result i32)
    (block $done
      (loop $next
        (br_if $done (i32.eqz (local.get $len)))
        (i64.store8 $big (local.get $to) (i64.load8_u $small (local.get $from)))
        (local.set $from (i32.add (local.get $from) (i32.const 1)))
        (local.set $to (i64.add (local.get $to) (i64.const 1)))
        (local.set $len (i32.sub (local.get $len) (i32.const 1)))
        (br $next)))
    (i32.load8_u $big (i64.const 0x20)))

  ;; Entry point for Run/Debug As: 72, the "H" now at 0x20 of $big
  (func (export "main") (result i32)
    (call $copy (i32.const 16) (i64.const 0x20) (i32.const 16))))
