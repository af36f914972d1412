package org.wasmscope.runtime.syntax;

/**
 * A data segment (spec 2.5.8): its bytes and its mode; an active segment also has a memory index and an
 * offset expression.
 */
public record Data(byte[] init, SegmentMode mode, int memory, Instr[] offset) {
}
