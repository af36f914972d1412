;; The start function never returns: even instantiation must be stoppable.
(module
  (func $start (loop (br 0)))
  (start $start)
  (func (export "main")))
