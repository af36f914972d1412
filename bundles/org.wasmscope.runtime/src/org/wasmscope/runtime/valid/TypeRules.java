package org.wasmscope.runtime.valid;

import org.wasmscope.runtime.InvalidException;
import org.wasmscope.runtime.syntax.AddrType;
import org.wasmscope.runtime.syntax.FuncType;
import org.wasmscope.runtime.syntax.Limits;
import org.wasmscope.runtime.syntax.MemType;
import org.wasmscope.runtime.syntax.TableType;

/** Validity of limits, table types, memory types and tag types (spec 3.2.1 to 3.2.5, 3.2.8). */
final class TypeRules {
    private TypeRules() {
    }

    /** A tag's function type has no results (3.0, 3.2.8): an exception carries only its payload. */
    static void tag(FuncType t) {
        if (t.results.length != 0) {
            throw new InvalidException("non-empty tag result type");
        }
    }

    /** Table limits lie within 2^32 - 1 elements, or 2^64 - 1 for a 64-bit table. */
    static void table(TableType t) {
        limits(t.limits(), t.maxSize(), t.addrType() == AddrType.I32 ? "table size must be at most 2^32-1"
                : "table size must be at most 2^64-1");
    }

    /** Memory limits lie within 2^16 pages, which is 4 GiB, or 2^48 pages for a 64-bit memory. */
    static void memory(MemType m) {
        limits(m.limits(), m.maxPages(), m.addrType() == AddrType.I32 ? "memory size must be at most 65536 pages (4GiB)"
                : "memory size must be at most 2^48 pages (256TiB)");
    }

    /** Both bounds within range (checked first, as the reference interpreter does), and min <= max. */
    static void limits(Limits l, long range, String tooLarge) {
        if (Long.compareUnsigned(l.min(), range) > 0) {
            throw new InvalidException(tooLarge);
        }
        if (l.hasMax()) {
            if (Long.compareUnsigned(l.max(), range) > 0) {
                throw new InvalidException(tooLarge);
            }
            if (Long.compareUnsigned(l.min(), l.max()) > 0) {
                throw new InvalidException("size minimum must not be greater than maximum");
            }
        }
    }
}
