package org.wasmscope.runtime.debug;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

import org.wasmscope.runtime.store.GlobalInst;
import org.wasmscope.runtime.store.MemInst;
import org.wasmscope.runtime.store.Store;

/**
 * Remembers the machine's state when execution leaves a suspension and tells, at the next one, what
 * differs ({@link Changes} documents the method and its cost).
 */
final class ChangeTracker {
    /** Differing bytes closer than this are reported as one range. */
    private static final int MERGE_GAP = 8;
    /** More ranges than this in one memory are merged into one last range. */
    private static final int MAX_RANGES = 256;

    private final Store store;
    private Snapshot before;
    private long[] globals = new long[0];
    private byte[][] memories = new byte[0][];
    private boolean memoryTracked;

    ChangeTracker(Store store) {
        this.store = store;
    }

    boolean hasBaseline() {
        return before != null;
    }

    /** Saves the state execution starts from. */
    void leave(Snapshot current) {
        before = current;
        List<GlobalInst> gs = store.globals();
        globals = new long[gs.size() * 2];
        for (int i = 0; i < gs.size(); i++) {
            globals[2 * i] = gs.get(i).value;
            globals[2 * i + 1] = gs.get(i).high;
        }
        List<MemInst> ms = store.memories();
        long total = 0;
        for (MemInst m : ms) {
            total += m.bytes().length;
        }
        memoryTracked = total <= Changes.MEMORY_TRACKING_LIMIT;
        memories = new byte[memoryTracked ? ms.size() : 0][];
        for (int i = 0; i < memories.length; i++) {
            memories[i] = ms.get(i).bytes().clone();
        }
    }

    /** What differs in {@code now} (frames and stack) and the store from the saved state. */
    Changes diff(Snapshot now) {
        if (before == null) {
            return Changes.NONE;
        }
        BitSet newFrames = new BitSet();
        BitSet[] locals = new BitSet[now.frames().size()];
        for (Frame f : now.frames()) {
            int k = f.index();
            BitSet changed = new BitSet();
            Frame old = k < before.frames().size() ? before.frames().get(k) : null;
            if (old == null || old.function() != f.function() || tailCalledSince(old, f)) {
                newFrames.set(k);
                changed.set(0, f.locals().size());
            } else {
                for (int i = 0; i < f.locals().size(); i++) {
                    if (!f.locals().get(i).value().equals(old.locals().get(i).value())) {
                        changed.set(i);
                    }
                }
            }
            locals[k] = changed;
        }
        BitSet stack = new BitSet();
        for (StackEntry e : now.stack()) {
            int i = e.index();
            StackEntry old = i < before.stack().size() ? before.stack().get(i) : null;
            if (old == null || newFrames.get(e.frameIndex()) || old.frameIndex() != e.frameIndex()
                    || !old.value().equals(e.value())) {
                stack.set(i);
            }
        }
        return new Changes(stack, locals, newFrames, globals(), memory(), memoryTracked);
    }

    /** Whether a tail call replaced frame {@code old} by {@code now}, told as {@link Changes} says. */
    private static boolean tailCalledSince(Frame old, Frame now) {
        return now.tailCalled() && (!old.tailCalled() || old.instr().op.isTailCall());
    }

    private BitSet globals() {
        BitSet out = new BitSet();
        List<GlobalInst> gs = store.globals();
        for (int i = 0; i < gs.size(); i++) {
            GlobalInst g = gs.get(i);
            if (2 * i + 1 >= globals.length || g.value != globals[2 * i] || g.high != globals[2 * i + 1]) {
                out.set(i);
            }
        }
        return out;
    }

    private List<MemoryRange> memory() {
        List<MemoryRange> out = new ArrayList<>();
        List<MemInst> ms = store.memories();
        for (int i = 0; i < memories.length && i < ms.size(); i++) {
            ranges(i, memories[i], ms.get(i).bytes(), out);
        }
        return out;
    }

    /** Appends the ranges where {@code now} differs from {@code old} (read as zero past its end). */
    private static void ranges(int address, byte[] old, byte[] now, List<MemoryRange> out) {
        int common = Math.min(old.length, now.length);
        int count = 0;
        int p = 0;
        while (p < common) {
            int d = Arrays.mismatch(old, p, common, now, p, common);
            if (d < 0) {
                break;
            }
            int from = p + d;
            int to = from + 1;
            int same = 0;
            for (int j = to; j < common && same < MERGE_GAP; j++) {
                if (old[j] == now[j]) {
                    same++;
                } else {
                    same = 0;
                    to = j + 1;
                }
            }
            if (++count == MAX_RANGES) { // too many: one range up to the last difference
                int last = common;
                while (last > to && old[last - 1] == now[last - 1]) {
                    last--;
                }
                to = last;
            }
            out.add(new MemoryRange(address, from, to));
            p = to;
        }
        // bytes added by memory.grow: report the non-zero span
        int first = -1;
        int last = -1;
        for (int j = common; j < now.length; j++) {
            if (now[j] != 0) {
                if (first < 0) {
                    first = j;
                }
                last = j;
            }
        }
        if (first >= 0) {
            out.add(new MemoryRange(address, first, last + 1));
        }
    }
}
