package org.wasmscope.runtime.dwarf;

/**
 * The WebAssembly state a location expression reads (DWARF for WebAssembly: {@code DW_OP_WASM_location}
 * names a local, a global or an operand stack slot; other locations are addresses in linear memory 0).
 * Each method throws {@link IndexOutOfBoundsException} when there is no such local, global or operand; the
 * writes ({@link CValue#set}) throw {@link IllegalStateException} when the state cannot be changed now.
 */
public interface FrameState {
    /** The bits of local {@code index} of the frame (an i32 as its unsigned value). */
    long local(int index);

    /** The bits of global {@code index} of the frame's module. */
    long global(int index);

    /** The bits of the frame's operand {@code index}, counted from the bottom of its operand stack (0 the first pushed). */
    long operand(int index);

    /** Memory 0 of the frame's module, live; empty if it has none. */
    byte[] memory();

    /** Sets local {@code index} to {@code bits} (of the local's type: an i32 its low 32 bits). */
    void setLocal(int index, long bits);

    /** Sets global {@code index} (which must be mutable) to {@code bits}. */
    void setGlobal(int index, long bits);

    /** Sets operand {@code index} (as {@link #operand}) to {@code bits}. */
    void setOperand(int index, long bits);

    /** Writes {@code bytes} to memory 0 at {@code address}. */
    void writeMemory(long address, byte[] bytes);
}
