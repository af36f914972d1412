package org.wasmscope.runtime.debug;

import java.util.List;

import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.dwarf.FrameState;
import org.wasmscope.runtime.store.GlobalInst;
import org.wasmscope.runtime.store.ModuleInst;
import org.wasmscope.runtime.syntax.ValType;

/**
 * A suspended frame's WebAssembly state for DWARF location expressions: its locals and operands, its module's
 * globals and memory 0; written through the session (so only while it is suspended, as the debugger's other writes).
 */
final class FrameValues implements FrameState {
    private final Session session;
    private final Frame frame;
    private final List<StackEntry> operands;

    FrameValues(Session session, Snapshot s, Frame frame) {
        this.session = session;
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

    @Override
    public void setLocal(int index, long bits) {
        session.setLocal(frame.index(), index, value(frame.locals().get(index).type(), bits));
    }

    @Override
    public void setGlobal(int index, long bits) {
        GlobalInst g = frame.module().globals[index];
        try {
            session.store().global(g.address).set(value(g.type.type(), bits));
        } catch (IllegalArgumentException e) { // an immutable global
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    @Override
    public void setOperand(int index, long bits) {
        StackEntry e = operands.get(index);
        session.setStackEntry(e.index(), value(e.value().type(), bits));
    }

    @Override
    public void writeMemory(long address, byte[] bytes) {
        ModuleInst m = frame.module();
        if (m.memories.length == 0) {
            throw new IllegalStateException("the module has no memory");
        }
        session.store().memory(m.memories[0].address).write(address, bytes, 0, bytes.length);
    }

    /** A value's bits as DWARF sees them: a 32-bit value zero-extended. */
    private static long bits(Value v) {
        return v.type() == ValType.I32 || v.type() == ValType.F32 ? v.bits() & 0xFFFFFFFFL : v.bits();
    }

    /** The value of numeric type {@code t} with {@code bits}. */
    private static Value value(ValType t, long bits) {
        if (t != ValType.I32 && t != ValType.I64 && t != ValType.F32 && t != ValType.F64) {
            throw new IllegalStateException("a C value is not written into a " + t + " slot");
        }
        return Value.ofSlots(t, bits, 0);
    }
}
