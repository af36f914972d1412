package org.wasmscope.runtime.syntax;

/** A table type: an address type, limits and a reference type (spec 2.3.10). */
public record TableType(AddrType addrType, Limits limits, ValType elemType) {
    /** A table with 32-bit indices. */
    public TableType(Limits limits, ValType elemType) {
        this(AddrType.I32, limits, elemType);
    }

    /** The largest size (unsigned) the address type allows: 2^32-1, or 2^64-1 (-1) for table64. */
    public long maxSize() {
        return addrType == AddrType.I32 ? 0xFFFF_FFFFL : -1L;
    }

    /** The same table type with another minimum (a grown table's current size). */
    public TableType withMin(long min) {
        return new TableType(addrType, limits.withMin(min), elemType);
    }

    /** The same table type with another element type (validation's resolved one). */
    public TableType withElemType(ValType t) {
        return new TableType(addrType, limits, t);
    }

    @Override
    public String toString() {
        return (addrType == AddrType.I32 ? "" : addrType + " ") + limits + " " + elemType;
    }
}
