package org.wasmscope.runtime.store;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.wasmscope.runtime.Exhaustion;
import org.wasmscope.runtime.RefBits;
import org.wasmscope.runtime.syntax.AbsHeap;
import org.wasmscope.runtime.syntax.ValType;

/**
 * The store's struct and array instances (3.0, spec: aggregate instances) and exception instances (spec
 * 4.2.13), and their reclamation. The spec's store keeps every object forever; this one reclaims those no
 * reference can reach any more, which no program can tell apart.
 *
 * <p>Objects sit in a table; a reference is the object's index there plus a check ({@link RefBits}). When the
 * table is full, or much memory was allocated since the last collection, or the store's
 * {@linkplain ResourceLimits#maxHeapBytes limit} is reached, an allocation that may collect marks what the
 * roots reach and sweeps the rest; an allocation the limit still has no room for is an {@link Exhaustion}.
 * The heap counts the bytes when it allocates (an estimate per object), so the limit costs no more than
 * that. The roots: the slots of the machines running or suspended on the store ({@link #attach}); the
 * store's globals, tables and element segments of the any, extern and exn hierarchies; then from each marked
 * object its reference fields or elements, or its payload. The table grows only when a collection freed
 * less than half of it, so allocation costs amortised constant time.
 *
 * <p>Machine slots and exception payloads are untyped here, so they are scanned conservatively: a slot whose
 * bits equal a live object's reference keeps it, whether it holds a reference or a number. That is safe (a
 * number can only keep an object longer, never free one in use) and rarely keeps anything: the bits must
 * match an object's kind, index and 30 bits of its serial number.
 *
 * <p>Only a machine's allocation collects ({@code mayCollect}): there every value in use is in the roots.
 * Constant expressions during instantiation hold values the roots do not show, so their allocations never
 * collect. References handed to the host (invocation results, values read by a debugger) are not roots: one
 * kept across a later invocation may refer to a reclaimed object; {@link #find} then says so, and the check
 * keeps it from ever meaning another object that got the same index.
 */
public final class Heap {
    /** Slots a machine holds (its operand stacks and locals), marked with {@link Heap#markSlots}. */
    public interface Roots {
        void mark(Heap heap);
    }

    private static final int INITIAL_CAPACITY = 1024;
    /** The table's limit: an index has 31 bits. */
    private static final int MAX_CAPACITY = 1 << 30;
    /** Allocated bytes (estimated) after which an allocation collects, whatever the table's fill. */
    private static final long MIN_BYTE_BUDGET = 64L << 20;

    private final Store store;
    private HeapObject[] objects = new HeapObject[INITIAL_CAPACITY];
    /** Indices below {@code top} were used; of them, {@code free[0 .. freeCount)} are free again. */
    private int top;
    private int[] free = new int[0];
    private int freeCount;
    private long nextSerial = 1;
    /** The bytes of the objects the last collection left, and those allocated since (estimated). */
    private long liveBytes;
    private long bytesSinceCollection;
    private long byteBudget = MIN_BYTE_BUDGET;
    private final List<WeakReference<Roots>> machines = new ArrayList<>();
    private HeapObject[] work = new HeapObject[64];
    private int workCount;
    private int liveCount;
    private long collections;

    Heap(Store store) {
        this.store = store;
    }

    // ---------------------------------------------------------------- allocation

    /**
     * The slots of a new object, {@code count} of them, zero: the heap makes room for the object first, under
     * the store's {@link ResourceLimits#maxHeapBytes limit}, then {@link #newStruct} or {@link #newArray}
     * takes them. Reaching the limit, or the table's end, or much allocation since the last collection,
     * collects if {@code mayCollect}: every value in use must then be in the roots (the machine allocates
     * before it pops the operands the object takes).
     *
     * @throws Exhaustion if the object does not fit under the limit even after a collection (or without one)
     */
    public long[] newSlots(int count, boolean mayCollect) {
        long bytes = objectBytes(count);
        boolean full = freeCount == 0 && top == objects.length;
        if (mayCollect && (full || bytes > room() || bytesSinceCollection > byteBudget)) {
            int rootSlots = collect();
            // too little freed, or the roots cost more to scan than the table holds: amortise over a larger table
            if (freeCount + objects.length - top < objects.length / 2 || rootSlots > objects.length) {
                grow();
            }
        }
        if (bytes > room()) {
            throw new Exhaustion("out of memory: an object of " + bytes + " bytes exceeds the limit of "
                    + store.limits().maxHeapBytes() + " bytes for all structs, arrays and exceptions ("
                    + (liveBytes + bytesSinceCollection) + " in use)");
        }
        long[] slots;
        try {
            slots = new long[count];
        } catch (OutOfMemoryError e) { // the JVM's heap is smaller than the limit allows
            throw new Exhaustion("out of memory: an object of " + bytes + " bytes");
        }
        bytesSinceCollection += bytes;
        return slots;
    }

    /**
     * What an object of {@code slots} slots takes of the JVM's heap, about: its header and fields, its array
     * of slots, and its entries in the heap's table and free list.
     */
    static long objectBytes(long slots) {
        return 64 + 8 * slots;
    }

    /** The bytes that may still be allocated under the limit (garbage not yet collected counts as used). */
    private long room() {
        return store.limits().maxHeapBytes() - liveBytes - bytesSinceCollection;
    }

    /** Makes a struct instance of {@code fields} (from {@link #newSlots}) and returns the reference to it. */
    public long newStruct(Layout layout, long[] fields) {
        return add(new StructInst(layout, nextSerial, fields), RefBits.STRUCT);
    }

    /** As {@link #newStruct}, for an array of {@code length} elements in {@code slots}. */
    public long newArray(Layout layout, long[] slots, int length) {
        return add(new ArrayInst(layout, nextSerial, slots, length), RefBits.ARRAY);
    }

    /** allocexn (spec 4.5.3.10, 3.0): an exception of {@code tag} carrying {@code payload} (from {@link #newSlots}). */
    ExnInst newException(TagInst tag, long[] payload) {
        ExnInst e = new ExnInst(tag, nextSerial, payload);
        add(e, RefBits.EXCEPTION);
        return e;
    }

    private long add(HeapObject o, int kind) {
        if (freeCount == 0 && top == objects.length) {
            grow();
        }
        int index = freeCount > 0 ? free[--freeCount] : top++;
        nextSerial++;
        o.ref = RefBits.object(kind, index, o.serial);
        objects[index] = o;
        liveCount++;
        return o.ref;
    }

    private void grow() {
        if (objects.length == MAX_CAPACITY) {
            if (freeCount == 0 && top == objects.length) {
                throw new Exhaustion("out of memory: " + MAX_CAPACITY + " live objects");
            }
            return;
        }
        objects = Arrays.copyOf(objects, Math.min(MAX_CAPACITY, objects.length * 2));
    }

    // ---------------------------------------------------------------- looking up

    /**
     * The object {@code ref} refers to; the interpreter's lookup, for references it holds (which are live).
     *
     * @throws IllegalArgumentException if {@code ref} refers to no live object (a stale reference from the host)
     */
    public GcObject object(long ref) {
        GcObject o = find(ref);
        if (o == null) {
            throw new IllegalArgumentException("not a reference to a live struct or array: " + Long.toHexString(ref));
        }
        return o;
    }

    /** The live object {@code ref} refers to, or null (not an object reference, or its object was reclaimed). */
    public GcObject find(long ref) {
        return RefBits.isObject(ref) ? (GcObject) entry(ref) : null;
    }

    /**
     * The exception instance exnref {@code ref} refers to.
     *
     * @throws IllegalArgumentException if it refers to none (a stale reference from the host)
     */
    public ExnInst exception(long ref) {
        ExnInst e = findException(ref);
        if (e == null) {
            throw new IllegalArgumentException("not a reference to a live exception: " + Long.toHexString(ref));
        }
        return e;
    }

    /** The live exception instance {@code ref} refers to, or null (no exnref, or its exception was reclaimed). */
    public ExnInst findException(long ref) {
        return RefBits.kind(ref) == RefBits.EXCEPTION ? (ExnInst) entry(ref) : null;
    }

    /** The exception instances not yet reclaimed, in the order thrown. */
    public List<ExnInst> exceptions() {
        List<ExnInst> out = new ArrayList<>();
        for (int i = 0; i < top; i++) {
            if (objects[i] instanceof ExnInst e) {
                out.add(e);
            }
        }
        out.sort(Comparator.comparingLong(e -> e.serial));
        return out;
    }

    /** The live object (struct, array or exception) of reference {@code ref} of one of their kinds, or null. */
    private HeapObject entry(long ref) {
        int i = RefBits.index(ref);
        HeapObject o = i < top ? objects[i] : null;
        return o != null && o.ref == ref ? o : null;
    }

    /** The number of objects allocated and not yet reclaimed (some may be unreachable until the next collection). */
    public int size() {
        return liveCount;
    }

    /** The number of objects the table holds before the next allocation collects or grows it. */
    public int capacity() {
        return objects.length;
    }

    /** The number of collections so far. */
    public long collections() {
        return collections;
    }

    // ---------------------------------------------------------------- roots

    /** Makes a machine's slots roots until {@link #detach}, or until the machine itself is gone. */
    public synchronized void attach(Roots machine) {
        machines.add(new WeakReference<>(machine));
    }

    public synchronized void detach(Roots machine) {
        for (int i = machines.size() - 1; i >= 0; i--) { // the latest first: machines nest
            Roots r = machines.get(i).get();
            if (r == machine || r == null) {
                machines.remove(i);
                if (r == machine) {
                    return;
                }
            }
        }
    }

    /** Marks the objects that slots {@code from .. to} of {@code slots} may refer to (conservatively). */
    public void markSlots(long[] slots, int from, int to) {
        for (int i = from; i < to; i++) {
            mark(slots[i]);
        }
    }

    /** Marks the object {@code bits} refers to, if it is a live object's reference. */
    public void mark(long bits) {
        int kind = RefBits.kind(bits);
        boolean object = kind == RefBits.STRUCT || kind == RefBits.ARRAY || kind == RefBits.EXCEPTION;
        HeapObject o = object ? entry(bits) : null;
        if (o != null && !o.marked) {
            o.marked = true;
            if (workCount == work.length) {
                work = Arrays.copyOf(work, workCount * 2);
            }
            work[workCount++] = o;
        }
    }

    /** Marks everything the roots reach; returns how many root slots of the store it looked at. */
    private int markAll() {
        int rootSlots = 0;
        for (GlobalInst g : store.globals()) {
            if (g.type.type().isRef() && mayHoldObjects(g.type.type())) {
                mark(g.value);
            }
        }
        for (TableInst t : store.tables()) {
            if (mayHoldObjects(t.type().elemType())) {
                markSlots(t.elements(), 0, t.size());
                rootSlots += t.size();
            }
        }
        for (ElemInst e : store.elems()) {
            if (mayHoldObjects(e.type)) {
                markSlots(e.refs(), 0, e.refs().length);
                rootSlots += e.refs().length;
            }
        }
        List<Roots> roots = new ArrayList<>();
        synchronized (this) {
            machines.removeIf(w -> w.get() == null);
            for (WeakReference<Roots> w : machines) {
                Roots r = w.get();
                if (r != null) {
                    roots.add(r);
                }
            }
        }
        for (Roots r : roots) {
            r.mark(this);
        }
        while (workCount > 0) {
            HeapObject o = work[--workCount];
            work[workCount] = null;
            o.markChildren(this);
        }
        return rootSlots + store.globals().size();
    }

    /** Whether references of type {@code t} can refer to objects: those of the any, extern and exn hierarchies. */
    private static boolean mayHoldObjects(ValType t) {
        AbsHeap top = t.heap.top();
        return top == AbsHeap.ANY || top == AbsHeap.EXTERN || top == AbsHeap.EXN;
    }

    // ---------------------------------------------------------------- collecting

    /**
     * Reclaims every object the roots do not reach. Safe whenever no machine of the store is in the middle
     * of an instruction and no constant expression is being evaluated (allocation calls it when it may).
     *
     * @return how many root slots of the store it looked at
     */
    public int collect() {
        int rootSlots = markAll();
        long liveBytes = 0;
        int live = 0;
        if (free.length < top) {
            free = new int[objects.length];
        }
        freeCount = 0;
        for (int i = top - 1; i >= 0; i--) { // freed low indices come out first
            HeapObject o = objects[i];
            if (o != null && o.marked) {
                o.marked = false;
                live++;
                liveBytes += o.size();
            } else {
                objects[i] = null;
                free[freeCount++] = i;
            }
        }
        liveCount = live;
        this.liveBytes = liveBytes;
        bytesSinceCollection = 0;
        byteBudget = Math.max(MIN_BYTE_BUDGET, liveBytes);
        collections++;
        return rootSlots;
    }

    /**
     * The struct and array instances the roots reach now, in allocation order (by serial): for a debugger,
     * while every machine of the store is suspended. Marks without reclaiming anything.
     */
    public List<GcObject> reachable() {
        markAll();
        List<GcObject> out = new ArrayList<>();
        for (int i = 0; i < top; i++) {
            HeapObject o = objects[i];
            if (o != null && o.marked) {
                o.marked = false;
                if (o instanceof GcObject g) {
                    out.add(g);
                }
            }
        }
        out.sort(Comparator.comparingLong(o -> o.serial));
        return out;
    }
}
