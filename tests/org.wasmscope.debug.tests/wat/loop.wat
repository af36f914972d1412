;; Never ends: a run must stay stoppable.
(module
  (func (export "main")
    (loop $forever (br $forever))))
