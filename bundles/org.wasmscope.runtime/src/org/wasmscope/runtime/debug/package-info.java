/**
 * Observable stepping: a {@link org.wasmscope.runtime.debug.Session} runs one invocation on the
 * interpreter's {@link org.wasmscope.runtime.exec.Machine} under control (step into, over, out, resume,
 * pause, terminate; breakpoints), and at each suspension hands out an immutable
 * {@link org.wasmscope.runtime.debug.Snapshot} of the abstract machine in the specification's terms
 * (operand stack, labels, frames, spec 4.2) plus live {@link org.wasmscope.runtime.debug.StoreView views
 * of the store}: a reference to a struct or array instance in any value (stack entry, local, global, table
 * element, field) opens as an {@link org.wasmscope.runtime.debug.ObjectView} with its identity, type and
 * fields, and {@link org.wasmscope.runtime.debug.ValueFormat} writes values the way the command line does.
 * The Eclipse debug model, the machine views and {@code wasmscope trace} stand on it.
 *
 * <p>Where a module has DWARF debug information ({@link org.wasmscope.runtime.dwarf}), the session also
 * works at source level: C line breakpoints, steps by source line, and
 * {@link org.wasmscope.runtime.debug.SourceFrame C frames} with their variables.
 *
 * <p>Labels are not tracked while running: they are derived, at a suspension, from validation's static
 * block structure ({@link org.wasmscope.runtime.valid.FunctionCode}) and each frame's position.
 */
package org.wasmscope.runtime.debug;
