package org.wasmscope.runtime.syntax;

/**
 * An element segment (spec 2.5.7): its reference type, its initializers (one constant expression each)
 * and its mode; an active segment also has a table index and an offset expression.
 */
public record Elem(ValType type, Instr[][] init, SegmentMode mode, int table, Instr[] offset) {
}
