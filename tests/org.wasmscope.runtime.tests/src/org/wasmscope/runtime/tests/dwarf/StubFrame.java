package org.wasmscope.runtime.tests.dwarf;

import org.wasmscope.runtime.dwarf.FrameState;

/** A frame state of given locals, globals, operands and memory that the tests read and write. */
final class StubFrame implements FrameState {
    final long[] locals;
    final long[] globals;
    final long[] operands;
    final byte[] memory;

    StubFrame(long[] locals, long[] globals, long[] operands, byte[] memory) {
        this.locals = locals;
        this.globals = globals;
        this.operands = operands;
        this.memory = memory;
    }

    @Override
    public long local(int index) {
        return locals[index];
    }

    @Override
    public long global(int index) {
        return globals[index];
    }

    @Override
    public long operand(int index) {
        return operands[index];
    }

    @Override
    public byte[] memory() {
        return memory;
    }

    @Override
    public void setLocal(int index, long bits) {
        locals[index] = bits;
    }

    @Override
    public void setGlobal(int index, long bits) {
        globals[index] = bits;
    }

    @Override
    public void setOperand(int index, long bits) {
        operands[index] = bits;
    }

    @Override
    public void writeMemory(long address, byte[] bytes) {
        System.arraycopy(bytes, 0, memory, (int) address, bytes.length);
    }
}
