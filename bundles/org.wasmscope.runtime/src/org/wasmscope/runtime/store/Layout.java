package org.wasmscope.runtime.store;

import org.wasmscope.runtime.RefBits;
import org.wasmscope.runtime.syntax.ArrayType;
import org.wasmscope.runtime.syntax.DefType;
import org.wasmscope.runtime.syntax.FieldType;
import org.wasmscope.runtime.syntax.PackedType;
import org.wasmscope.runtime.syntax.StructType;
import org.wasmscope.runtime.syntax.ValType;

/**
 * Where the values of a struct or array type lie in its instances' {@code long} slots: a field or element
 * of type v128 takes two slots, any other one. Made once per defined type and module instance (see
 * {@link ModuleInst#layout}).
 *
 * <p>A packed field or element is kept wrapped to its width (zero-extended): {@link #pack}.
 */
public final class Layout {
    public final DefType type;
    public final boolean isArray;
    /**
     * The value type of each field (an array type: of its element), a packed type given as i32; for reading
     * values out as {@link org.wasmscope.runtime.Value}s.
     */
    public final ValType[] types;
    /** Each field's (element's) packed width in bits, 8 or 16, or 0 if it is not packed. */
    public final int[] packedBits;
    /** A struct type: each field's first slot. An array type: {0}. */
    public final int[] slot;
    /** A struct type: the slots of all fields. An array type: the slots of one element. */
    public final int slots;
    /** The slots that hold references, for the collector (a struct type). */
    final int[] refSlots;
    /** Whether the elements are references (an array type). */
    final boolean refElements;

    /** The layout of struct or array type {@code type}. */
    public static Layout of(DefType type) {
        FieldType[] fields = switch (type.comp()) {
            case StructType s -> s.fields;
            case ArrayType a -> new FieldType[] {a.element()};
            default -> throw new IllegalArgumentException(type + " is not a struct or array type");
        };
        ValType[] types = new ValType[fields.length];
        int[] packedBits = new int[fields.length];
        for (int i = 0; i < fields.length; i++) {
            types[i] = fields[i].unpacked();
            packedBits[i] = fields[i].storage() instanceof PackedType p ? p.bits : 0;
        }
        return new Layout(type, type.comp() instanceof ArrayType, types, packedBits);
    }

    private Layout(DefType type, boolean isArray, ValType[] types, int[] packedBits) {
        this.type = type;
        this.isArray = isArray;
        this.types = types;
        this.packedBits = packedBits;
        this.slot = new int[types.length];
        int s = 0, refs = 0;
        for (int i = 0; i < types.length; i++) {
            slot[i] = s;
            s += types[i].slots();
            refs += types[i].isRef() ? 1 : 0;
        }
        this.slots = s;
        this.refSlots = new int[refs];
        for (int i = 0, r = 0; i < types.length; i++) {
            if (types[i].isRef()) {
                refSlots[r++] = slot[i];
            }
        }
        this.refElements = isArray && types[0].isRef();
    }

    /** What an i32 {@code value} is stored as in packed field {@code i} (element: 0): its low bits; else unchanged. */
    public long pack(int i, long value) {
        int bits = packedBits[i];
        return bits == 0 ? value : value & (1L << bits) - 1;
    }

    /**
     * The i32 value of packed field {@code i} (element: 0) holding {@code stored}: sign- or zero-extended
     * (struct.get_s/get_u, array.get_s/get_u).
     */
    public int unpack(int i, long stored, boolean signed) {
        int shift = 32 - packedBits[i];
        return signed ? (int) stored << shift >> shift : (int) stored;
    }

    /**
     * The bytes field {@code i} (element: 0) takes in a data segment, which array.new_data and array.init_data
     * read little-endian: its storage type's size.
     */
    public int storageBytes(int i) {
        if (packedBits[i] != 0) {
            return packedBits[i] / 8;
        }
        return switch (types[i].kind) {
            case I32, F32 -> 4;
            case I64, F64 -> 8;
            case V128 -> 16;
            case REF -> throw new IllegalStateException("a reference has no size in bytes");
        };
    }

    /**
     * {@code slots} (of a struct instance, or of array elements) with each value set to its default (spec
     * 4.2.1): references null, the rest zero as they are.
     */
    public long[] defaults(long[] slots) {
        if (refSlots.length > 0 || refElements) {
            for (int e = 0; e < slots.length; e += this.slots) {
                for (int i = 0; i < types.length; i++) {
                    if (types[i].isRef()) {
                        slots[e + slot[i]] = RefBits.NULL;
                    }
                }
            }
        }
        return slots;
    }
}
