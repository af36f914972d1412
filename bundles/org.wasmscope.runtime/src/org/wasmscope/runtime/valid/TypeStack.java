package org.wasmscope.runtime.valid;

import java.util.ArrayList;
import java.util.Arrays;

import org.wasmscope.runtime.InvalidException;
import org.wasmscope.runtime.syntax.AbsHeap;
import org.wasmscope.runtime.syntax.FuncType;
import org.wasmscope.runtime.syntax.ValType;

/**
 * The operand and control stacks of the spec's validation algorithm (appendix): {@code vals}, where
 * {@code null} is the Unknown type that a polymorphic (unreachable) stack yields, and {@code ctrls}.
 * It also keeps each operand's slot height, so that heights can be reported in slots.
 */
final class TypeStack {
    private ValType[] vals = new ValType[16];
    /** slotsBelow[k]: slots taken by vals[0..k). */
    private int[] slotsBelow = new int[17];
    private int size;
    /**
     * The lowest size since {@link #markLowWater()} (what an instruction consumed lies above it) or since
     * {@link #changesSince} last looked (the entries below stayed as they were).
     */
    private int lowWater;
    /** The Unknown operands a polymorphic stack yielded since {@link #markLowWater()}. */
    private int unknownsPopped;
    private final ArrayList<ControlFrame> ctrls = new ArrayList<>();
    private int maxSlots;
    /**
     * The initialization status of the locals (spec 3.3.5): a local of a non-defaultable type is set only
     * after a local.set or local.tee, and only until the end of the block in which that happened. The
     * locals set in the blocks still open are logged, so that leaving a block unsets its ones.
     */
    private boolean[] localSet = new boolean[0];
    private int[] setLog = new int[8];
    private int setLogSize;

    /** Slots a value of type {@code t} occupies on the interpreter's operand stack. */
    static int slots(ValType t) {
        return t.slots();
    }

    static InvalidException mismatch(String detail) {
        return new InvalidException("type mismatch: " + detail);
    }

    int size() {
        return size;
    }

    /** The current height in slots. */
    int slotHeight() {
        return slotsBelow[size];
    }

    int maxSlots() {
        return maxSlots;
    }

    void push(ValType t) {
        if (size == vals.length) {
            vals = Arrays.copyOf(vals, size * 2);
            slotsBelow = Arrays.copyOf(slotsBelow, size * 2 + 1);
        }
        vals[size] = t;
        slotsBelow[size + 1] = slotsBelow[size] + (t == null ? 1 : slots(t));
        size++;
        if (!ctrls.isEmpty() && top().live()) {
            maxSlots = Math.max(maxSlots, slotsBelow[size]);
        }
    }

    void push(ValType[] ts) {
        for (ValType t : ts) {
            push(t);
        }
    }

    /** pop_val(): Unknown (null) once a polymorphic stack is exhausted. */
    ValType pop() {
        return pop("a value");
    }

    /** pop_val(), saying what was wanted if the frame has no operand left. */
    private ValType pop(String wanted) {
        ControlFrame f = top();
        if (size == f.height) {
            if (f.unreachable) {
                unknownsPopped++;
                return null;
            }
            throw mismatch("expected " + wanted + " but the operand stack of the block is empty");
        }
        size--;
        lowWater = Math.min(lowWater, size);
        return vals[size];
    }

    /**
     * Pops a reference operand of any type. An unknown operand (unreachable code) counts as {@code (ref bot)},
     * a non-null reference of the bottom type, so that types derived from it match whatever is expected.
     */
    ValType popRef(String instruction) {
        ValType t = pop("a reference");
        if (t == null) {
            return ValType.ref(false, AbsHeap.BOT);
        }
        if (!t.isRef()) {
            throw mismatch(instruction + " expects a reference but found " + t);
        }
        return t;
    }

    /** pop_val(expect): the operand must match the expected type (subtyping). */
    ValType pop(ValType expect) {
        ValType actual = pop(String.valueOf(expect));
        if (actual != null && expect != null && !actual.matches(expect)) {
            throw mismatch("expected " + expect + " but found " + actual);
        }
        return actual;
    }

    /**
     * Pops {@code n} operands of type {@code t} (array.new_fixed's). Once an unreachable frame's operands are
     * exhausted, every further pop would yield Unknown and change nothing, so a huge n costs no time.
     */
    void pop(ValType t, long n) {
        ControlFrame f = top();
        for (long k = 0; k < n && !(size == f.height && f.unreachable); k++) {
            pop(t);
        }
    }

    /**
     * pop_vals(types): pops in reverse order and returns what was popped, bottom first. A mismatch names
     * both sides as the reference interpreter does: "instruction requires [i32] but stack has [i64]".
     */
    ValType[] pop(ValType[] types) {
        ControlFrame f = top();
        int before = size;
        ValType[] popped = new ValType[types.length];
        for (int i = types.length - 1; i >= 0; i--) {
            boolean empty = size == f.height;
            ValType actual = empty ? null : vals[--size];
            if (empty) {
                unknownsPopped++;
            }
            lowWater = Math.min(lowWater, size);
            if (empty && !f.unreachable || actual != null && !actual.matches(types[i])) {
                ValType[] has = Arrays.copyOfRange(vals, Math.max(f.height, before - types.length), before);
                size = before;
                throw mismatch("instruction requires " + text(types) + " but stack has " + text(has));
            }
            popped[i] = actual;
        }
        lowWater = Math.min(lowWater, size);
        return popped;
    }

    /** A result type as the spec writes it: {@code [i32 f64]}. */
    static String text(ValType[] types) {
        StringBuilder b = new StringBuilder("[");
        for (ValType t : types) {
            b.append(b.length() > 1 ? " " : "").append(t);
        }
        return b.append(']').toString();
    }

    /** Starts a function's locals: set if defaultable (parameters are always set, being given). */
    void locals(ValType[] locals, int params) {
        localSet = new boolean[locals.length];
        for (int i = 0; i < locals.length; i++) {
            localSet[i] = i < params || locals[i].defaultable();
        }
    }

    boolean isSet(int local) {
        return localSet[local];
    }

    /** A local.set or local.tee: the local is set until the end of the current block. */
    void set(int local) {
        if (!localSet[local]) {
            localSet[local] = true;
            if (setLogSize == setLog.length) {
                setLog = Arrays.copyOf(setLog, setLogSize * 2);
            }
            setLog[setLogSize++] = local;
        }
    }

    /** Unsets the locals set since the frame was entered. */
    private void resetLocals(ControlFrame f) {
        while (setLogSize > f.setLogMark) {
            localSet[setLog[--setLogSize]] = false;
        }
    }

    /** push_ctrl: enters a frame whose parameters have already been popped; pushes them again. */
    ControlFrame pushCtrl(Block.Kind kind, int start, FuncType type, ValType[] params, int blockIndex) {
        boolean dead = !ctrls.isEmpty() && !top().live();
        int parent = ctrls.isEmpty() ? -1 : top().blockIndex;
        ControlFrame f = new ControlFrame(kind, start, type, params, size, slotsBelow[size], dead, blockIndex, parent,
                setLogSize);
        ctrls.add(f);
        push(params);
        return f;
    }

    /** pop_ctrl: the frame's results must be exactly what is left above its height. */
    ControlFrame popCtrl() {
        ControlFrame f = top();
        checkEnd(f);
        ctrls.remove(ctrls.size() - 1);
        resetLocals(f);
        return f;
    }

    /** The check of pop_ctrl without leaving the frame (for else, which continues the same block). */
    void checkEnd(ControlFrame f) {
        pop(f.results);
        if (size != f.height) {
            throw mismatch("values remain on the stack at the end of the block");
        }
    }

    /** The number of control frames (labels) in scope. */
    int depth() {
        return ctrls.size();
    }

    /** After an else: the same frame starts over with its parameters (the then-branch was checked). */
    void restart(ControlFrame f) {
        resetLocals(f);
        size = f.height;
        lowWater = Math.min(lowWater, size);
        f.unreachable = false;
        push(f.params);
    }

    /** unreachable(): drop the frame's operands; from here its stack is polymorphic. */
    void unreachable() {
        ControlFrame f = top();
        size = f.height;
        lowWater = Math.min(lowWater, size);
        f.unreachable = true;
    }

    boolean hasFrames() {
        return !ctrls.isEmpty();
    }

    ControlFrame top() {
        return ctrls.get(ctrls.size() - 1);
    }

    /** The frame of label {@code l} (0 the innermost); "unknown label" if there are not that many. */
    ControlFrame label(int l) {
        if (l < 0 || l >= ctrls.size()) {
            throw ModuleContext.unknown("label", l);
        }
        return ctrls.get(ctrls.size() - 1 - l);
    }

    /** The operand types, bottom first; null for Unknown. */
    ValType[] snapshot() {
        return Arrays.copyOf(vals, size);
    }

    /**
     * The operand types as {@code previous}, the stack when this was last called, became: the same
     * entries up to the lowest height reached since, then the new ones. Linear in what changed, so a
     * whole function's stacks take time and memory in proportion to its pushes.
     */
    OperandTypes.Entry changesSince(OperandTypes.Entry previous) {
        OperandTypes.Entry e = previous;
        for (int n = previous == null ? 0 : previous.height(); n > lowWater; n--) {
            e = e.below();
        }
        for (int k = lowWater; k < size; k++) {
            e = new OperandTypes.Entry(vals[k], e, k + 1);
        }
        lowWater = size;
        return e;
    }

    /** Starts watching how low the stack goes (before an instruction). */
    void markLowWater() {
        lowWater = size;
        unknownsPopped = 0;
    }

    /** The operand types above the lowest size since {@link #markLowWater()}, bottom first; null for Unknown. */
    ValType[] aboveLowWater() {
        return Arrays.copyOfRange(vals, lowWater, size);
    }

    /** How many Unknown operands were popped beyond the frame's height since {@link #markLowWater()}. */
    int unknownsPopped() {
        return unknownsPopped;
    }
}
