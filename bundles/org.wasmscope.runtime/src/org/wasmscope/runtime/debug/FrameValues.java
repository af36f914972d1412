package org.wasmscope.runtime.debug;

import java.util.List;

import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.dwarf.FrameState;
import org.wasmscope.runtime.store.GlobalInst;
import org.wasmscope.runtime.store.ModuleInst;
import org.wasmscope.runtime.syntax.ValType;

/** A suspended frame's WebAssembly state for DWARF location expressions: its locals and operands, its module's globals and memory 0. */
final class FrameValues implements FrameState {
    private final Frame frame;
    private final List<StackEntry> operands;

    FrameValues(Snapshot s, Frame frame) {
        this.frame = frame;
        this.operands = s.stackOf(frame.index());
    }

    @Override
    public long local(int index) {
        return bits(frame.locals().get(index).value());
    }

    @Override
    public long global(int index) {
        GlobalInst g = frame.module().globals[index];
        return bits(g.get());
    }

    @Override
    public long operand(int index) {
        return bits(operands.get(index).value());
    }

    @Override
    public byte[] memory() {
        ModuleInst m = frame.module();
        return m.memories.length > 0 ? m.memories[0].bytes() : new byte[0];
    }

    /** A value's bits as DWARF sees them: a 32-bit value zero-extended. */
    private static long bits(Value v) {
        return v.type() == ValType.I32 || v.type() == ValType.F32 ? v.bits() & 0xFFFFFFFFL : v.bits();
    }
}
