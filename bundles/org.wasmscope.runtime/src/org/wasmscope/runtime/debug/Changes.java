package org.wasmscope.runtime.debug;

import java.util.BitSet;
import java.util.List;

/**
 * What differs between a suspension and the moment execution last left a suspension (so a value the user
 * wrote while suspended is not reported again as changed by execution, only if execution changes it).
 *
 * <p>How it is computed, and what it costs: stack entries, locals and globals by comparing with the values
 * saved at the previous suspension (a few small arrays). Frames are matched by position and function: a
 * frame at the same depth running the same function counts as the same frame (a return followed by a new
 * call of the same function is not told apart), unless a tail call entered it since (the frame at its depth
 * was not tail-called or was at a tail call); locals of a frame that was not there are all "changed".
 * Memory by comparing each memory with a copy taken when execution left the previous suspension
 * ({@link java.util.Arrays#mismatch}, vectorised): time proportional to the memory's size at each
 * suspension and twice its size in heap. Memories above {@link #MEMORY_TRACKING_LIMIT} bytes in all are
 * not compared: then {@link #memoryTracked()} is false and {@link #memoryWritten()} empty.
 */
public final class Changes {
    /** The most bytes of memory (all memories together) that are compared between suspensions. */
    public static final long MEMORY_TRACKING_LIMIT = 64L << 20;

    /** Nothing changed (the first suspension). */
    public static final Changes NONE = new Changes(new BitSet(), new BitSet[0], new BitSet(), new BitSet(), List.of(),
            true);

    private final BitSet stack;
    private final BitSet[] locals;
    private final BitSet newFrames;
    private final BitSet globals;
    private final List<MemoryRange> memory;
    private final boolean memoryTracked;

    Changes(BitSet stack, BitSet[] locals, BitSet newFrames, BitSet globals, List<MemoryRange> memory,
            boolean memoryTracked) {
        this.stack = stack;
        this.locals = locals;
        this.newFrames = newFrames;
        this.globals = globals;
        this.memory = List.copyOf(memory);
        this.memoryTracked = memoryTracked;
    }

    /** Whether operand stack entry {@code index} ({@link Snapshot#stack()}) is new or has a different value or owner. */
    public boolean stackEntry(int index) {
        return stack.get(index);
    }

    /** Whether local {@code local} of frame {@code frame} changed (or the frame is new). */
    public boolean local(int frame, int local) {
        return frame < locals.length && locals[frame] != null && locals[frame].get(local);
    }

    /** Whether frame {@code frame} was not there (with the same function at that depth) before. */
    public boolean frameNew(int frame) {
        return newFrames.get(frame);
    }

    /** Whether the global at store address {@code address} changed. */
    public boolean global(int address) {
        return globals.get(address);
    }

    /** The byte ranges of memories that changed, by memory address then offset. */
    public List<MemoryRange> memoryWritten() {
        return memory;
    }

    /** False if memory was too large to compare (see the class comment). */
    public boolean memoryTracked() {
        return memoryTracked;
    }

    /** Whether any byte in {@code [from, to)} of memory {@code address} changed. */
    public boolean memoryChanged(int address, long from, long to) {
        for (MemoryRange r : memory) {
            if (r.memory() == address && r.from() < to && from < r.to()) {
                return true;
            }
        }
        return false;
    }

    public boolean isEmpty() {
        if (!stack.isEmpty() || !globals.isEmpty() || !newFrames.isEmpty() || !memory.isEmpty()) {
            return false;
        }
        for (BitSet b : locals) {
            if (b != null && !b.isEmpty()) {
                return false;
            }
        }
        return true;
    }
}
