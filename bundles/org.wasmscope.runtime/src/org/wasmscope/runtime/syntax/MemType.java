package org.wasmscope.runtime.syntax;

/** A memory type: an address type and limits in units of 64 KiB pages (spec 2.3.9). */
public record MemType(AddrType addrType, Limits limits) {
    public static final int PAGE_SIZE = 65536;
    /** The largest number of pages a 32-bit memory can have (4 GiB). */
    public static final long MAX_PAGES = 1L << 16;
    /** The largest number of pages a 64-bit memory can have (256 TiB): 2^64 bytes would need 2^48 pages. */
    public static final long MAX_PAGES_64 = 1L << 48;

    /** A 32-bit memory. */
    public MemType(Limits limits) {
        this(AddrType.I32, limits);
    }

    /** The most pages the address type allows. */
    public long maxPages() {
        return addrType == AddrType.I32 ? MAX_PAGES : MAX_PAGES_64;
    }

    @Override
    public String toString() {
        return addrType == AddrType.I32 ? limits.toString() : addrType + " " + limits;
    }
}
