package org.wasmscope.runtime;

/**
 * How a reference is encoded in a {@code long}: in operand stack slots, locals, globals, tables, segments,
 * fields and {@link Value#bits()}. The one place that knows the bit patterns.
 *
 * <p>The kind sits in the top three bits, so that each pattern tells what it refers to, whatever static type
 * it was read at (ref.test and ref.cast decide by it; extern.convert_any and any.convert_extern keep the
 * bits as they are):
 *
 * <pre>
 *  111 1...1                        null ({@link #NULL}, -1), of every type
 *  000 0...0 address/number         a function's address in the store (funcref), or a host reference's
 *                                   number, 0 .. 2^32-1 (externref, and in the any hierarchy a host
 *                                   reference made internal by any.convert_extern)
 *  001 0...0 v (31 bits)            an i31 reference: the value itself, nothing allocated
 *  010 check (30 bits) index (31)   a struct instance: its index in the store's Heap, and a check
 *  011 check (30 bits) index (31)   an array instance
 *  100 check (30 bits) index (31)   an exception instance (exnref)
 * </pre>
 *
 * The check of an object reference is the low 30 bits of the object's serial number, which is never reused:
 * a reference kept by the host after the heap reclaimed its object and gave the index to another object
 * is recognized as stale ({@code Heap} compares the check), it never silently means the new object.
 */
public final class RefBits {
    private RefBits() {
    }

    /** The null reference, of every reference type. */
    public static final long NULL = -1L;

    /** The kinds, as {@link #kind} returns them. */
    public static final int ADDRESS = 0;
    public static final int I31 = 1;
    public static final int STRUCT = 2;
    public static final int ARRAY = 3;
    public static final int EXCEPTION = 4;
    public static final int NULL_KIND = 7;

    private static final int KIND_SHIFT = 61;
    private static final int CHECK_SHIFT = 31;
    private static final long INDEX_MASK = 0x7FFF_FFFFL;
    /** The bits of a serial number an object reference carries. */
    private static final long CHECK_MASK = (1L << 30) - 1;

    /** The kind of reference {@code bits} encodes: ADDRESS, I31, STRUCT, ARRAY, EXCEPTION or NULL_KIND. */
    public static int kind(long bits) {
        return (int) (bits >>> KIND_SHIFT);
    }

    // ---------------------------------------------------------------- i31

    /** ref.i31: the low 31 bits of {@code value}. */
    public static long i31(int value) {
        return (long) I31 << KIND_SHIFT | value & INDEX_MASK;
    }

    public static boolean isI31(long bits) {
        return kind(bits) == I31;
    }

    /** i31.get_s: the 31 bits sign-extended. */
    public static int i31Signed(long bits) {
        return (int) bits << 1 >> 1;
    }

    /** i31.get_u: the 31 bits zero-extended. */
    public static int i31Unsigned(long bits) {
        return (int) bits & 0x7FFF_FFFF;
    }

    // ---------------------------------------------------------------- struct, array and exception instances

    /** The reference to the object of kind STRUCT, ARRAY or EXCEPTION at {@code index} with serial {@code serial}. */
    public static long object(int kind, int index, long serial) {
        return (long) kind << KIND_SHIFT | (serial & CHECK_MASK) << CHECK_SHIFT | index;
    }

    /** Whether {@code bits} refers to a struct or array instance. */
    public static boolean isObject(long bits) {
        int k = kind(bits);
        return k == STRUCT || k == ARRAY;
    }

    /** The heap index of an object reference. */
    public static int index(long bits) {
        return (int) (bits & INDEX_MASK);
    }
}
