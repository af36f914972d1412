(; A block comment (; with a nested one ;) still a comment ;)
(module
  (memory 1)
  (data (i32.const 0) "a string (; not a comment ;)")
  (func $f (export "main") (result i32)
    i32.const 42))  ;; a line comment
