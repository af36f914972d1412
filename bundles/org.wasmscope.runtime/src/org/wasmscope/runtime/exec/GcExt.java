package org.wasmscope.runtime.exec;

import org.wasmscope.runtime.Exhaustion;
import org.wasmscope.runtime.RefBits;
import org.wasmscope.runtime.store.ArrayInst;
import org.wasmscope.runtime.store.Heap;
import org.wasmscope.runtime.store.Layout;
import org.wasmscope.runtime.store.ModuleInst;
import org.wasmscope.runtime.store.Store;
import org.wasmscope.runtime.store.StructInst;
import org.wasmscope.runtime.syntax.AbsHeap;
import org.wasmscope.runtime.syntax.DefType;
import org.wasmscope.runtime.syntax.Instr;
import org.wasmscope.runtime.syntax.Opcode;
import org.wasmscope.runtime.syntax.TypeIdx;
import org.wasmscope.runtime.syntax.ValType;

/**
 * The garbage-collection instructions of WebAssembly 3.0 (spec: reference and aggregate instructions), run by
 * {@link Ext} as sub-operations 200..299: struct and array instances in the store's {@link Heap}, i31
 * references, and the casts. A reference is a slot of {@link RefBits} bits, so ref.eq is i64.eq of the bits
 * and the two conversions between extern and any leave them as they are: the {@link Compiler} emits those
 * as plain operations ({@link #plainOperation}).
 *
 * <p>Allocation may collect ({@link Heap}): it happens before the operands are popped, so that the values
 * the new object takes are still roots on the stack.
 *
 * <p>Pre-decoded forms: {@code EXT, sub, instr}; br_on_cast and br_on_cast_fail, as br_on_null, carry their
 * branch after it ({@link ControlExt#BRANCH_LENGTH}).
 */
final class GcExt {
    private GcExt() {
    }

    static final int STRUCT_NEW = 200;
    static final int STRUCT_NEW_DEFAULT = 201;
    static final int STRUCT_GET = 202;
    static final int STRUCT_GET_S = 203;
    static final int STRUCT_GET_U = 204;
    static final int STRUCT_SET = 205;
    static final int ARRAY_NEW = 210;
    static final int ARRAY_NEW_DEFAULT = 211;
    static final int ARRAY_NEW_FIXED = 212;
    static final int ARRAY_NEW_DATA = 213;
    static final int ARRAY_NEW_ELEM = 214;
    static final int ARRAY_GET = 215;
    static final int ARRAY_GET_S = 216;
    static final int ARRAY_GET_U = 217;
    static final int ARRAY_SET = 218;
    static final int ARRAY_LEN = 219;
    static final int ARRAY_FILL = 220;
    static final int ARRAY_COPY = 221;
    static final int ARRAY_INIT_DATA = 222;
    static final int ARRAY_INIT_ELEM = 223;
    static final int REF_I31 = 230;
    static final int I31_GET_S = 231;
    static final int I31_GET_U = 232;
    static final int REF_TEST = 240;
    static final int REF_CAST = 241;
    static final int BR_ON_CAST = 242;
    static final int BR_ON_CAST_FAIL = 243;

    /** The pre-decoded length of an EXT form without immediates: EXT, sub-operation, instruction index. */
    private static final int LENGTH = 3;
    /** The most slots one array may have (a Java array's limit). */
    private static final long MAX_ARRAY_SLOTS = Integer.MAX_VALUE - 8;

    /** Whether {@code sub} is one of this class's sub-operations. */
    static boolean owns(int sub) {
        return sub >= 200 && sub < 300;
    }

    /** The sub-operation that runs {@code op}, or -1 if it is not a GC instruction or runs as a plain operation. */
    static int subOperation(Opcode op) {
        return switch (op) {
            case STRUCT_NEW -> STRUCT_NEW;
            case STRUCT_NEW_DEFAULT -> STRUCT_NEW_DEFAULT;
            case STRUCT_GET -> STRUCT_GET;
            case STRUCT_GET_S -> STRUCT_GET_S;
            case STRUCT_GET_U -> STRUCT_GET_U;
            case STRUCT_SET -> STRUCT_SET;
            case ARRAY_NEW -> ARRAY_NEW;
            case ARRAY_NEW_DEFAULT -> ARRAY_NEW_DEFAULT;
            case ARRAY_NEW_FIXED -> ARRAY_NEW_FIXED;
            case ARRAY_NEW_DATA -> ARRAY_NEW_DATA;
            case ARRAY_NEW_ELEM -> ARRAY_NEW_ELEM;
            case ARRAY_GET -> ARRAY_GET;
            case ARRAY_GET_S -> ARRAY_GET_S;
            case ARRAY_GET_U -> ARRAY_GET_U;
            case ARRAY_SET -> ARRAY_SET;
            case ARRAY_LEN -> ARRAY_LEN;
            case ARRAY_FILL -> ARRAY_FILL;
            case ARRAY_COPY -> ARRAY_COPY;
            case ARRAY_INIT_DATA -> ARRAY_INIT_DATA;
            case ARRAY_INIT_ELEM -> ARRAY_INIT_ELEM;
            case REF_I31 -> REF_I31;
            case I31_GET_S -> I31_GET_S;
            case I31_GET_U -> I31_GET_U;
            case REF_TEST, REF_TEST_NULL -> REF_TEST;
            case REF_CAST, REF_CAST_NULL -> REF_CAST;
            case BR_ON_CAST -> BR_ON_CAST;
            case BR_ON_CAST_FAIL -> BR_ON_CAST_FAIL;
            default -> -1;
        };
    }

    /**
     * The plain operation whose rule is the GC instruction {@code op}'s on reference bits, or -1: ref.eq is
     * i64.eq (equal references have equal bits, null included), any.convert_extern and extern.convert_any
     * change nothing (a nop).
     */
    static int plainOperation(Opcode op) {
        return switch (op) {
            case REF_EQ -> Opcode.I64_EQ.ordinal();
            case ANY_CONVERT_EXTERN, EXTERN_CONVERT_ANY -> Opcode.NOP.ordinal();
            default -> -1;
        };
    }

    /**
     * Executes sub-operation {@code sub} of the instruction at index {@code instr}; leaves {@code pc} where
     * execution continues (after it, or at a branch's target).
     */
    static void execute(Machine m, int sub, int instr) {
        Instr in = m.cur.instrs[instr];
        ModuleInst module = m.cur.module;
        long[] stack = m.stack;
        int sp = m.sp;
        Heap heap = m.store.heap();
        switch (sub) {
            case STRUCT_NEW -> {
                Layout l = module.layout(in.x);
                long[] fields = heap.newSlots(l.slots, true);
                System.arraycopy(stack, sp - l.slots, fields, 0, l.slots);
                for (int i = 0; i < l.types.length; i++) {
                    fields[l.slot[i]] = l.pack(i, fields[l.slot[i]]);
                }
                long ref = heap.newStruct(l, fields);
                sp -= l.slots;
                stack[sp++] = ref;
            }
            case STRUCT_NEW_DEFAULT -> {
                Layout l = module.layout(in.x);
                stack[sp++] = heap.newStruct(l, l.defaults(heap.newSlots(l.slots, true)));
            }
            case STRUCT_GET, STRUCT_GET_S, STRUCT_GET_U -> {
                Layout l = module.layout(in.x);
                long[] fields = struct(heap, stack[sp - 1]).fields;
                int s = l.slot[in.y];
                if (sub == STRUCT_GET) {
                    stack[sp - 1] = fields[s];
                    if (l.types[in.y] == ValType.V128) {
                        stack[sp++] = fields[s + 1];
                    }
                } else {
                    stack[sp - 1] = l.unpack(in.y, fields[s], sub == STRUCT_GET_S);
                }
            }
            case STRUCT_SET -> {
                Layout l = module.layout(in.x);
                int n = l.types[in.y].slots();
                long[] fields = struct(heap, stack[sp - 1 - n]).fields;
                int s = l.slot[in.y];
                fields[s] = l.pack(in.y, stack[sp - n]);
                if (n == 2) {
                    fields[s + 1] = stack[sp - 1];
                }
                sp -= 1 + n;
            }
            case ARRAY_NEW -> {
                Layout l = module.layout(in.x);
                long n = u32(stack[sp - 1]);
                long[] slots = newSlots(heap, l, n, true);
                int es = l.slots;
                long v = l.pack(0, stack[sp - 1 - es]);
                for (int e = 0; e < slots.length; e += es) {
                    slots[e] = v;
                    if (es == 2) {
                        slots[e + 1] = stack[sp - 2];
                    }
                }
                long ref = heap.newArray(l, slots, (int) n);
                sp -= es + 1;
                stack[sp++] = ref;
            }
            case ARRAY_NEW_DEFAULT -> {
                Layout l = module.layout(in.x);
                long n = u32(stack[sp - 1]);
                stack[sp - 1] = heap.newArray(l, l.defaults(newSlots(heap, l, n, true)), (int) n);
            }
            case ARRAY_NEW_FIXED -> {
                Layout l = module.layout(in.x);
                int total = l.slots * in.y;
                long[] slots = heap.newSlots(total, true);
                System.arraycopy(stack, sp - total, slots, 0, total);
                if (l.packedBits[0] != 0) {
                    for (int e = 0; e < total; e++) {
                        slots[e] = l.pack(0, slots[e]);
                    }
                }
                long ref = heap.newArray(l, slots, in.y);
                sp -= total;
                stack[sp++] = ref;
            }
            case ARRAY_NEW_DATA -> {
                Layout l = module.layout(in.x);
                long s = u32(stack[sp - 2]), n = u32(stack[sp - 1]);
                byte[] data = module.datas[in.y].bytes();
                checkDataRange(l, data, s, n);
                long[] slots = newSlots(heap, l, n, true);
                readData(l, data, (int) s, slots, 0, (int) n);
                stack[sp - 2] = heap.newArray(l, slots, (int) n);
                sp--;
            }
            case ARRAY_NEW_ELEM -> {
                Layout l = module.layout(in.x);
                long s = u32(stack[sp - 2]), n = u32(stack[sp - 1]);
                long[] refs = module.elems[in.y].refs();
                if (s + n > refs.length) {
                    throw Traps.tableOutOfBounds();
                }
                long[] slots = newSlots(heap, l, n, true);
                System.arraycopy(refs, (int) s, slots, 0, (int) n);
                stack[sp - 2] = heap.newArray(l, slots, (int) n);
                sp--;
            }
            case ARRAY_GET, ARRAY_GET_S, ARRAY_GET_U -> {
                Layout l = module.layout(in.x);
                ArrayInst a = array(heap, stack[sp - 2]);
                int at = element(a, stack[sp - 1]);
                sp--;
                if (sub == ARRAY_GET) {
                    stack[sp - 1] = a.slots[at];
                    if (l.slots == 2) {
                        stack[sp++] = a.slots[at + 1];
                    }
                } else {
                    stack[sp - 1] = l.unpack(0, a.slots[at], sub == ARRAY_GET_S);
                }
            }
            case ARRAY_SET -> {
                Layout l = module.layout(in.x);
                int es = l.slots;
                ArrayInst a = array(heap, stack[sp - 2 - es]);
                int at = element(a, stack[sp - 1 - es]);
                a.slots[at] = l.pack(0, stack[sp - es]);
                if (es == 2) {
                    a.slots[at + 1] = stack[sp - 1];
                }
                sp -= 2 + es;
            }
            case ARRAY_LEN -> stack[sp - 1] = array(heap, stack[sp - 1]).length;
            case ARRAY_FILL -> {
                Layout l = module.layout(in.x);
                int es = l.slots;
                ArrayInst a = array(heap, stack[sp - 3 - es]);
                long d = u32(stack[sp - 2 - es]), n = u32(stack[sp - 1]);
                checkArrayRange(a, d, n);
                long v = l.pack(0, stack[sp - 1 - es]);
                for (int e = (int) d * es, end = (int) (d + n) * es; e < end; e += es) {
                    a.slots[e] = v;
                    if (es == 2) {
                        a.slots[e + 1] = stack[sp - 2];
                    }
                }
                sp -= 3 + es;
            }
            case ARRAY_COPY -> {
                int es = module.layout(in.x).slots;
                ArrayInst dst = array(heap, stack[sp - 5]), src = array(heap, stack[sp - 3]);
                long d = u32(stack[sp - 4]), s = u32(stack[sp - 2]), n = u32(stack[sp - 1]);
                checkArrayRange(dst, d, n);
                checkArrayRange(src, s, n);
                System.arraycopy(src.slots, (int) s * es, dst.slots, (int) d * es, (int) n * es);
                sp -= 5;
            }
            case ARRAY_INIT_DATA -> {
                Layout l = module.layout(in.x);
                ArrayInst a = array(heap, stack[sp - 4]);
                long d = u32(stack[sp - 3]), s = u32(stack[sp - 2]), n = u32(stack[sp - 1]);
                checkArrayRange(a, d, n);
                byte[] data = module.datas[in.y].bytes();
                checkDataRange(l, data, s, n);
                readData(l, data, (int) s, a.slots, (int) d, (int) n);
                sp -= 4;
            }
            case ARRAY_INIT_ELEM -> {
                ArrayInst a = array(heap, stack[sp - 4]);
                long d = u32(stack[sp - 3]), s = u32(stack[sp - 2]), n = u32(stack[sp - 1]);
                checkArrayRange(a, d, n);
                long[] refs = module.elems[in.y].refs();
                if (s + n > refs.length) {
                    throw Traps.tableOutOfBounds();
                }
                System.arraycopy(refs, (int) s, a.slots, (int) d, (int) n);
                sp -= 4;
            }
            case REF_I31 -> stack[sp - 1] = RefBits.i31((int) stack[sp - 1]);
            case I31_GET_S, I31_GET_U -> {
                long ref = stack[sp - 1];
                if (ref == RefBits.NULL) {
                    throw Traps.nullI31Reference();
                }
                stack[sp - 1] = sub == I31_GET_S ? RefBits.i31Signed(ref) : RefBits.i31Unsigned(ref);
            }
            case REF_TEST -> stack[sp - 1] =
                    isInstance(m.store, stack[sp - 1], in.types[0].resolve(module.types)) ? 1 : 0;
            case REF_CAST -> {
                if (!isInstance(m.store, stack[sp - 1], in.types[0].resolve(module.types))) {
                    throw Traps.castFailure();
                }
            }
            case BR_ON_CAST, BR_ON_CAST_FAIL -> {
                boolean is = isInstance(m.store, stack[sp - 1], in.types[1].resolve(module.types));
                if (is == (sub == BR_ON_CAST)) {
                    ControlExt.branch(m); // the reference stays: it is the label's last value
                } else {
                    m.pc += ControlExt.BRANCH_LENGTH;
                }
                return;
            }
            default -> throw new IllegalStateException("no GC operation " + sub);
        }
        m.sp = sp;
        m.pc += LENGTH;
    }

    // ---------------------------------------------------------------- run-time types

    /**
     * Whether reference {@code ref} is a value of reference type {@code t} (resolved), of the same hierarchy
     * as validation ensures (spec: ref.test): null if t is nullable; else by the kind its bits tell,
     * and for a defined type by the referenced object's or function's defined type and its supertypes.
     */
    static boolean isInstance(Store store, long ref, ValType t) {
        if (ref == RefBits.NULL) {
            return t.nullable;
        }
        return switch (t.heap) {
            case AbsHeap a -> switch (a) {
                case ANY, FUNC, EXTERN, EXN -> true;
                case EQ -> RefBits.isI31(ref) || RefBits.isObject(ref);
                case I31 -> RefBits.isI31(ref);
                case STRUCT -> RefBits.kind(ref) == RefBits.STRUCT;
                case ARRAY -> RefBits.kind(ref) == RefBits.ARRAY;
                case NONE, NOFUNC, NOEXTERN, NOEXN, BOT -> false;
            };
            case DefType d -> d.isFunc() ? store.func(ref).defType.isSubtypeOf(d)
                    : RefBits.isObject(ref) && store.heap().object(ref).type().isSubtypeOf(d);
            case TypeIdx x -> throw new IllegalStateException("unresolved type " + t);
        };
    }

    // ---------------------------------------------------------------- helpers

    static long u32(long slot) {
        return slot & 0xFFFF_FFFFL;
    }

    private static StructInst struct(Heap heap, long ref) {
        if (ref == RefBits.NULL) {
            throw Traps.nullStructureReference();
        }
        return (StructInst) heap.object(ref);
    }

    private static ArrayInst array(Heap heap, long ref) {
        if (ref == RefBits.NULL) {
            throw Traps.nullArrayReference();
        }
        return (ArrayInst) heap.object(ref);
    }

    /** The first slot of element {@code i} (an unsigned i32 operand) of {@code a}; traps outside the array. */
    private static int element(ArrayInst a, long i) {
        long e = u32(i);
        if (e >= a.length) {
            throw Traps.arrayOutOfBounds();
        }
        return (int) e * a.layout.slots;
    }

    /** Traps unless elements {@code from .. from + n} lie inside {@code a}. */
    private static void checkArrayRange(ArrayInst a, long from, long n) {
        if (from + n > a.length) {
            throw Traps.arrayOutOfBounds();
        }
    }

    /** Traps unless {@code n} elements from byte {@code from} of a data segment lie inside it. */
    private static void checkDataRange(Layout l, byte[] data, long from, long n) {
        if (from + n * l.storageBytes(0) > data.length) {
            throw Traps.memoryOutOfBounds();
        }
    }

    /**
     * The slots of a new array of {@code n} elements (u32) from the heap ({@link Heap#newSlots}); exhaustion
     * beyond what one Java array can hold or the heap's limit.
     */
    static long[] newSlots(Heap heap, Layout l, long n, boolean mayCollect) {
        long count = n * l.slots;
        if (count > MAX_ARRAY_SLOTS) {
            throw new Exhaustion("out of memory: an array of " + n + " elements");
        }
        return heap.newSlots((int) count, mayCollect);
    }

    /**
     * Reads {@code n} elements from byte {@code from} of {@code data} (little-endian, each of the element's
     * storage size) into {@code slots} from element {@code to}.
     */
    private static void readData(Layout l, byte[] data, int from, long[] slots, int to, int n) {
        int size = l.storageBytes(0);
        int es = l.slots;
        for (int e = 0; e < n; e++) {
            int at = from + e * size;
            if (es == 2) {
                slots[(to + e) * 2] = littleEndian(data, at, 8);
                slots[(to + e) * 2 + 1] = littleEndian(data, at + 8, 8);
            } else {
                slots[to + e] = littleEndian(data, at, size);
            }
        }
    }

    private static long littleEndian(byte[] data, int at, int size) {
        long v = 0;
        for (int k = size - 1; k >= 0; k--) {
            v = v << 8 | data[at + k] & 0xFF;
        }
        return v;
    }
}
