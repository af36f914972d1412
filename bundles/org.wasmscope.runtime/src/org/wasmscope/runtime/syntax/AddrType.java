package org.wasmscope.runtime.syntax;

/**
 * The address type of a memory or table (spec 2.3.10, 3.0): the value type of its addresses, sizes and
 * deltas. 32-bit is the 2.0 kind; 64-bit memories and tables are memory64 and table64.
 */
public enum AddrType {
    I32,
    I64;

    /** The value type of addresses, sizes and deltas. */
    public ValType valType() {
        return this == I32 ? ValType.I32 : ValType.I64;
    }

    /** An operand of this type as an unsigned number: an i32 slot zero-extended, an i64 as it is. */
    public long unsigned(long operand) {
        return this == I32 ? operand & 0xFFFF_FFFFL : operand;
    }

    /**
     * The narrower of two address types: the type of the length of a copy between two memories or tables
     * (spec 3.3.6, 3.3.7), which must fit both.
     */
    public static AddrType min(AddrType a, AddrType b) {
        return a == I32 || b == I32 ? I32 : I64;
    }

    /** The text keyword: i32 or i64. */
    @Override
    public String toString() {
        return this == I32 ? "i32" : "i64";
    }
}
