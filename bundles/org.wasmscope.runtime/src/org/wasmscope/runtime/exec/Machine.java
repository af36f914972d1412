package org.wasmscope.runtime.exec;

import static java.lang.Double.doubleToRawLongBits;
import static java.lang.Double.longBitsToDouble;
import static java.lang.Float.floatToRawIntBits;
import static java.lang.Float.intBitsToFloat;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.wasmscope.runtime.Exhaustion;
import org.wasmscope.runtime.InternalException;
import org.wasmscope.runtime.RefBits;
import org.wasmscope.runtime.ThrownException;
import org.wasmscope.runtime.Trap;
import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.WasmException;
import org.wasmscope.runtime.exec.simd.Simd;
import org.wasmscope.runtime.store.ExnInst;
import org.wasmscope.runtime.store.FuncInst;
import org.wasmscope.runtime.store.Heap;
import org.wasmscope.runtime.store.MemInst;
import org.wasmscope.runtime.store.ModuleInst;
import org.wasmscope.runtime.store.ResourceLimits;
import org.wasmscope.runtime.store.Store;
import org.wasmscope.runtime.syntax.AbsHeap;
import org.wasmscope.runtime.syntax.Instr;
import org.wasmscope.runtime.syntax.ValType;

/**
 * The abstract machine of spec 4.2 for one invocation: a value stack shared by all frames, a frame stack,
 * and the position in the current function's {@link Code}. Frames live in arrays, not in Java recursion,
 * so a deep wasm recursion ends with {@link Exhaustion} at a fixed limit.
 *
 * <p>Value stack, per frame from its frame pointer {@code fp}: the parameters (the caller's arguments,
 * left where they were pushed), the other locals, then the operand stack. Each value is one long slot (a
 * v128 two); see {@link Value} for the encoding.
 *
 * <p>Running: {@link #run()} executes until the invocation returns or reaches a breakpoint; {@link #step()}
 * executes exactly one instruction, {@link #stepOver()} one instruction of the current function (a call
 * completes), {@link #stepOut()} up to the return to the caller. All use the same loop, which has no
 * per-instruction check: frames up to {@link #stopDepth} run their function's
 * {@linkplain Code#stopCode() stop code}, where every instruction start is {@link Op#STOP}; deeper frames
 * run the plain code, or the {@linkplain Code#setBreakpoint breakpoint code} with {@link Op#BREAK} at the
 * breakpoints. Which array a frame runs is decided only on calls and returns. Resuming before a STOP or
 * BREAK first executes that one instruction on its own. {@link #requestPause()} is
 * honoured within a few thousand {@code loop} instructions (every backward branch goes through one) or
 * calls; the store's {@linkplain ResourceLimits#fuel() fuel} and {@linkplain ResourceLimits#timeout() time}
 * limits are enforced at the same checkpoints, so an invocation without them pays nothing per instruction.
 */
public final class Machine {
    /** The most frames an invocation may have by default ({@link ResourceLimits#maxDepth()}). */
    public static final int MAX_DEPTH = ResourceLimits.DEFAULT.maxDepth();
    /** The most value stack slots an invocation may use. */
    public static final int MAX_SLOTS = 1 << 22;

    /** Why {@link #run()} or {@link #step()} returned. */
    public enum Status {
        /** The invoked function returned; see {@link #results()}. */
        DONE,
        /** A step finished: the machine is before the next instruction to execute. */
        STEPPED,
        /** The machine is before an instruction that has a breakpoint. */
        BREAKPOINT,
        /** A pause was requested. */
        PAUSED,
        /**
         * An exception was thrown that a handler catches, and {@link #setStopOnCaughtThrow stopping} was asked
         * for: the machine stands at the throw, nothing unwound yet; see {@link #throwing()} and
         * {@link #catcher()}. Resuming unwinds to the handler first.
         */
        THROWING
    }

    /**
     * Where a thrown exception is caught: frame {@code frame} (0 the invoked function's), by clause
     * {@code clause} (an index into its {@code catches}) of the try_table at instruction {@code tryTable}.
     */
    public record Catcher(int frame, int tryTable, int clause) {
    }

    final Store store;
    long[] stack = new long[256];
    int sp;
    /** Number of active frames; frame k has function code {@code frameCode[k]} and frame pointer {@code frameFp[k]}. */
    private int depth;
    private Code[] frameCode = new Code[16];
    private int[] frameFp = new int[16];
    /** For each frame below the top: where it continues when its callee returns. */
    private int[] framePc = new int[16];
    /** For each frame: whether a tail call entered it, replacing its caller's frame (see {@link #tailCall}). */
    private boolean[] frameTailCalled = new boolean[16];

    // the top frame, kept in fields while the loop is not running
    Code cur;
    int[] code;
    int pc;
    int fp;

    /** Frames 1..stopDepth (counting from the invoked function's) stop before each instruction. */
    private int stopDepth;
    private volatile boolean pauseRequested;
    /**
     * A pause request is looked at on every PAUSE_CHECK_INTERVAL-th loop iteration and call: reading the
     * volatile flag each time would keep the JIT from holding the loop's state in registers (about a third
     * slower).
     */
    private static final int PAUSE_CHECK_INTERVAL = 4096;
    private int callsUntilPauseCheck;
    /**
     * Held by the machine's thread to enter and to leave a host function's call, and by a debugger that reads
     * the machine while such a call lasts (see {@link #inHostCall}), so that the call cannot return meanwhile.
     */
    private final Object hostCallLock = new Object();
    /** The host function being called, while the call lasts; else null. Guarded by hostCallLock. */
    private FuncInst hostCall;
    /** The index of the top frame's instruction that made that call. Guarded by hostCallLock. */
    private int hostCallInstr;
    /** The thread that runs that call. Guarded by hostCallLock. */
    private Thread hostCallThread;
    private final int maxDepth;
    /** Loop iterations and calls left to hand out to the two checkpoint counters (see {@link #checkpoint}). */
    private long fuel;
    /** When the time limit ends ({@link System#nanoTime()}), if {@link #timed}. */
    private final long deadline;
    private final boolean timed;
    private FuncInst entry;
    /** The last exception a host function threw: the host's to handle, not the runtime's failure. */
    private RuntimeException hostFailure;
    /**
     * Where the loop was when an unexpected Java exception left it: the function and the code position of the
     * instruction that was executing (the loop keeps its position in locals; these are set only on the way out).
     */
    private Code failedCode;
    private int failedPc;
    /** The private stop code copy of {@link #onceCode} and the function code it copies. */
    private Code onceOwner;
    private int[] onceCode;
    private Value[] results;
    private Trap trap;
    /** Whether a caught exception stops the machine before unwinding (a debugger's choice). */
    private boolean stopOnCaughtThrow;
    /** At a THROWING stop: the exception thrown and where it is caught; else null. */
    private ExnInst throwing;
    private Catcher catcher;
    /** The exception that left the invocation, or null; the machine then stays at the throw. */
    private ThrownException uncaught;
    /**
     * The value stack up to its top as the heap's roots while an invocation is under way (attached from
     * {@link #start} until it returns, traps or throws out): its references keep their objects.
     */
    private final Heap.Roots roots = heap -> {
        heap.markSlots(stack, 0, sp);
        if (throwing != null) { // stopped before unwinding: the exception is nowhere else yet
            heap.mark(throwing.ref());
        }
    };
    private boolean attached;

    /** A machine for one invocation on {@code store}, under the store's {@link ResourceLimits}, timed from now. */
    public Machine(Store store) {
        this.store = store;
        ResourceLimits limits = store.limits();
        maxDepth = limits.maxDepth();
        fuel = limits.fuel() > 0 ? limits.fuel() : Long.MAX_VALUE;
        timed = !limits.timeout().isZero();
        deadline = System.nanoTime() + (timed ? limits.timeout().toNanos() : 0);
    }

    // ---------------------------------------------------------------- starting and running

    /** Invokes {@code f} with {@code args} (spec 4.5.5): pushes its frame; nothing is executed yet. */
    public void start(FuncInst f, Value... args) {
        checkInvocation(f, args);
        entry = f;
        results = null;
        trap = null;
        throwing = null;
        catcher = null;
        uncaught = null;
        failedCode = null;
        sp = 0;
        depth = 0;
        if (!attached) {
            store.heap().attach(roots);
            attached = true;
        }
        for (Value v : args) {
            ensure(sp + 2);
            stack[sp++] = v.bits();
            if (v.type() == ValType.V128) {
                stack[sp++] = v.high();
            }
        }
        if (f.isHost()) { // nothing to step through: call it at once
            callHost(f, -1, false);
            finish();
            return;
        }
        pushFrame(f);
    }

    /**
     * The arguments check of invocation (spec 4.5.5: as many values as {@code f} has parameters, each of
     * its parameter's type), which {@link #start} makes; for callers that want it before they get that far.
     *
     * @throws IllegalArgumentException if the arguments do not match
     */
    public static void checkArguments(FuncInst f, Value[] args) {
        ValType[] params = f.type.params;
        if (args.length != params.length) {
            throw new IllegalArgumentException("wrong number of arguments: " + args.length + " for " + f.type);
        }
        for (int i = 0; i < args.length; i++) {
            if (args[i] == null || !fits(args[i], params[i])) {
                throw new IllegalArgumentException("argument " + i + " is not a " + params[i] + ": " + args[i]);
            }
        }
    }

    /**
     * Both argument checks of {@link #start}: for a caller that tells the caller's mistakes apart from
     * failures of the runtime ({@link Interpreter#invoke}).
     *
     * @throws IllegalArgumentException if the arguments do not match
     */
    void checkInvocation(FuncInst f, Value[] args) {
        checkArguments(f, args);
        checkObjects(f, args);
    }

    /**
     * The part of the arguments check that needs the store: a reference to a struct, array or exception must
     * refer to a live object (the host may have kept it across a collection), and a reference of the any
     * hierarchy must be of its parameter's type by what it refers to (ref.test's rule), not only by its
     * static type.
     */
    private void checkObjects(FuncInst f, Value[] args) {
        for (int i = 0; i < args.length; i++) {
            long bits = args[i].bits();
            ValType param = f.type.params[i];
            if (!param.isRef()) {
                continue;
            }
            if (RefBits.isObject(bits) && store.heap().find(bits) == null) {
                throw new IllegalArgumentException("argument " + i + " refers to a struct or array that was reclaimed: "
                        + args[i]);
            }
            if (param.heap.top() == AbsHeap.EXN && bits != RefBits.NULL && store.heap().findException(bits) == null) {
                throw new IllegalArgumentException("argument " + i + " refers to an exception that was reclaimed: "
                        + args[i]);
            }
            if (param.heap.top() == AbsHeap.ANY && !GcExt.isInstance(store, bits, param)) {
                throw new IllegalArgumentException("argument " + i + " is not a " + param + ": " + args[i]);
            }
        }
    }

    /**
     * Whether value v is of type t: a number or vector of exactly that type; a null reference of the type's
     * hierarchy if t is nullable (null has the bottom type); else a reference whose type, non-null, matches t.
     */
    private static boolean fits(Value v, ValType t) {
        if (!v.type().isRef() || !t.isRef()) {
            return v.type() == t;
        }
        if (v.isNull()) {
            return t.nullable && v.type().heap.top() == t.heap.top();
        }
        return v.type().withNullable(false).matches(t);
    }

    /** Runs until the invocation returns, a breakpoint is reached or a pause was requested. */
    public Status run() {
        return resume(0);
    }

    /** Executes exactly one instruction (a call enters the callee, whose first instruction is next). */
    public Status step() {
        return resume(Integer.MAX_VALUE);
    }

    /**
     * Executes one instruction of the current function: a call runs to its return (or a breakpoint); a tail
     * call stops before the callee's first instruction, the callee's frame having replaced the current one.
     */
    public Status stepOver() {
        return resume(depth);
    }

    /** Runs until the current function returns to its caller (or a breakpoint). */
    public Status stepOut() {
        return resume(depth - 1);
    }

    /**
     * Runs until a frame numbered up to {@code stopDepth} (1 the invoked function's) is before an
     * instruction, a breakpoint is reached, the invocation returns or a pause was requested: {@link #step()}
     * is {@code resume(Integer.MAX_VALUE)}, {@link #stepOver()} {@code resume(depth())}, {@link #stepOut()}
     * {@code resume(depth() - 1)}, {@link #run()} {@code resume(0)}. For a debugger that goes on with the
     * same step after a breakpoint it passes over.
     */
    public Status resume(int stopDepth) {
        checkRunnable();
        this.stopDepth = stopDepth;
        int[] target;
        if (throwing != null) { // stopped before unwinding: the throw completes first
            unwind(throwing, catcher);
            throwing = null;
            catcher = null;
            target = codeFor(cur, depth);
            if (target[pc] == Op.STOP) {
                return Status.STEPPED;
            }
            if (target[pc] == Op.BREAK) {
                return Status.BREAKPOINT;
            }
            code = target;
            return execute();
        }
        target = codeFor(cur, depth);
        if (target[pc] == Op.STOP || target[pc] == Op.BREAK) {
            // A STOP or BREAK stands before the current instruction: execute that one instruction alone
            // first, from a private copy of the stop code with the real operation at pc (callees and
            // callers run their own arrays, so a recursive call cannot meet the copy; kept for the next
            // step, so that a step costs no copy of the function's code).
            int[] once = onceCode(cur);
            int at = pc;
            once[at] = cur.opAt(at);
            code = once;
            Status s;
            try {
                s = execute();
            } finally {
                once[at] = Op.STOP;
            }
            if (s != Status.STEPPED || depth <= stopDepth) {
                return s;
            }
            target = codeFor(cur, depth); // the copy's STOP: go on as asked
            if (target[pc] == Op.BREAK) {
                return Status.BREAKPOINT;
            }
        }
        code = target;
        return execute();
    }

    /** The code array frame number {@code d} (1 for the invoked function) of function {@code c} runs. */
    private int[] codeFor(Code c, int d) {
        return d <= stopDepth ? c.stopCode() : c.runCode();
    }

    /** Asks the running machine to stop within a few thousand loop iterations or calls; safe from any thread. */
    public void requestPause() {
        pauseRequested = true;
    }

    /**
     * What the embedder gets for {@code e}, a Java exception that left {@link #start}, {@link #resume} or
     * another of the running methods: a spec error or what a host function threw (an embedder's exception,
     * such as a WASI program's exit) goes on unchanged; anything else is the runtime's failure (a bug), an
     * {@link InternalException} at the instruction that was executing.
     */
    public RuntimeException failure(RuntimeException e) {
        if (e instanceof WasmException || e == hostFailure) {
            return e;
        }
        try {
            Code c = failedCode != null ? failedCode : frameCode[depth - 1];
            int i = failedCode != null ? c.instrAt(failedPc) : frameInstr(depth - 1);
            Instr in = c.func.func.body[i];
            return new InternalException(e, c.func.index, in.offset, in.line, in.column);
        } catch (RuntimeException unknown) { // the machine's state may be what failed
            return new InternalException(e);
        }
    }

    /** This machine's private copy of {@code c}'s stop code, for {@link #resume}: made once per function stepped in. */
    private int[] onceCode(Code c) {
        if (onceOwner != c) {
            onceOwner = c;
            onceCode = c.stopCode().clone();
        }
        return onceCode;
    }

    /** Withdraws a pause request that was not honoured yet (it came after the run it was meant for). */
    public void cancelPause() {
        pauseRequested = false;
    }

    /**
     * If a frame of the running machine is calling a host function (which may block, e.g. waiting for input),
     * runs {@code whileInside} with that function while the call cannot return, and returns true; else returns
     * false. Meanwhile the machine's state reads as at the calling instruction: {@link #frameInstr} of the top
     * frame is the call, the arguments are on the operand stack. A pause requested by then takes effect as
     * soon as the call returns, with the machine after the call. Safe from any thread.
     */
    public boolean inHostCall(Consumer<FuncInst> whileInside) {
        synchronized (hostCallLock) {
            if (hostCall == null || hostCallInstr < 0) {
                return false;
            }
            whileInside.accept(hostCall);
            return true;
        }
    }

    /**
     * Interrupts the thread running a host function's call, if there is one: a call that waits for input or
     * sleeps ends early (how, the host function decides). For a debugger ending a session for good.
     */
    public void interruptHostCall() {
        synchronized (hostCallLock) {
            if (hostCallThread != null) {
                hostCallThread.interrupt();
            }
        }
    }

    private void checkRunnable() {
        if (trap != null) {
            throw new IllegalStateException("the machine trapped: " + trap.getMessage());
        }
        if (results != null) {
            throw new IllegalStateException("the invocation has returned");
        }
        if (uncaught != null) {
            throw new IllegalStateException("the invocation ended with an uncaught exception");
        }
        if (cur == null) {
            throw new IllegalStateException("nothing was started");
        }
    }

    // ---------------------------------------------------------------- state, for the debugger

    public boolean isDone() {
        return results != null;
    }

    /** The invocation's results, once it returned. */
    public Value[] results() {
        return results;
    }

    /** The trap that ended the invocation, or null; the machine then stays at the trapping instruction. */
    public Trap trap() {
        return trap;
    }

    /** The exception that left the invocation, or null; the machine then stays at the throw. */
    public ThrownException uncaught() {
        return uncaught;
    }

    /** At a {@link Status#THROWING} stop, the exception being thrown; else null. */
    public ExnInst throwing() {
        return throwing;
    }

    /** At a {@link Status#THROWING} stop, where the exception is caught; else null. */
    public Catcher catcher() {
        return catcher;
    }

    /**
     * Whether an exception that a handler catches stops the machine before unwinding
     * ({@link Status#THROWING}). One that none catches always ends the invocation at the throw.
     */
    public void setStopOnCaughtThrow(boolean on) {
        stopOnCaughtThrow = on;
    }

    /** The number of active frames. */
    public int depth() {
        return depth;
    }

    /** The code of frame {@code k} (0 is the invoked function's). */
    public Code frameCode(int k) {
        return frameCode[k];
    }

    /**
     * Whether frame {@code k} was entered by a tail call ({@code return_call} ...): the frame of the function
     * that made it is gone, so the frame below is the one this frame returns to.
     */
    public boolean frameTailCalled(int k) {
        return frameTailCalled[k];
    }

    /**
     * The index in its function body of the instruction frame {@code k} executes next; for a frame below
     * the top, its call instruction.
     */
    public int frameInstr(int k) {
        if (k == depth - 1) {
            // in a host call (read by the machine's own thread, or under inHostCall) the top frame stands at the call
            return hostCall != null ? hostCallInstr : frameCode[k].instrAt(pc);
        }
        return callBefore(frameCode[k], framePc[k]);
    }

    /** The call instruction that ends just before code position {@code pc} (a call's continuation). */
    private static int callBefore(Code c, int pc) {
        // call takes 2 ints, call_indirect and an EXT call (call_ref, 64-bit call_indirect) 3
        int call = c.instrAt(pc - 2);
        return call >= 0 ? call : c.instrAt(pc - 3);
    }

    /**
     * Whether frame {@code k} stands before the {@code end} of an if with an else, reached from the then
     * branch (false: from the else branch, or not before such an end).
     */
    public boolean frameLeftThenBranch(int k) {
        return k == depth - 1 && hostCall == null && frameCode[k].isThenEntry(pc);
    }

    /**
     * The value stack slots of frame {@code k}: its locals ({@link Code#localSlots()} of them), then its
     * operands. A frame below the top has passed its call's arguments to its callee.
     */
    public long[] frameSlots(int k) {
        int from = frameFp[k];
        int to = k == depth - 1 ? sp : frameFp[k + 1];
        return Arrays.copyOfRange(stack, from, to);
    }

    /**
     * Overwrites slot {@code i} of frame {@code k} (counted as in {@link #frameSlots}: locals, then
     * operands); for a debugger's "change value" while the machine is not running.
     */
    public void setFrameSlot(int k, int i, long bits) {
        int from = frameFp[k];
        int to = k == depth - 1 ? sp : frameFp[k + 1];
        if (i < 0 || from + i >= to) {
            throw new IndexOutOfBoundsException("slot " + i + " of frame " + k + " with " + (to - from) + " slots");
        }
        stack[from + i] = bits;
    }

    // ---------------------------------------------------------------- frames

    private void ensure(int slots) {
        if (slots > stack.length) {
            if (slots > MAX_SLOTS) {
                throw new Exhaustion("call stack exhausted");
            }
            stack = Arrays.copyOf(stack, Math.min(MAX_SLOTS, Math.max(slots, stack.length * 2)));
        }
    }

    /** Calls {@code f} with its arguments on top of the operand stack; {@link #pc} is the caller's continuation. */
    void call(FuncInst f) {
        if (f.isHost()) {
            callHost(f, callBefore(cur, pc), false);
            if (pauseRequested) { // perhaps asked while the call lasted (inHostCall): stop right after it
                pauseRequested = false;
                throw PAUSE;
            }
        } else {
            pushFrame(f);
        }
        checkPause();
    }

    /** Leaves the loop (by {@link #PAUSE}) if a pause was requested, looking on every PAUSE_CHECK_INTERVAL-th call. */
    private void checkPause() {
        if (--callsUntilPauseCheck < 0) {
            callsUntilPauseCheck = checkpoint();
            if (pauseRequested) {
                pauseRequested = false;
                throw PAUSE;
            }
        }
    }

    /**
     * Where the loop and the calls look at the limits, when their counter runs out (every
     * PAUSE_CHECK_INTERVAL-th loop iteration or call, or less fuel): each counter takes its next share of
     * the fuel here, so the fuel runs out at a checkpoint, at most one share early.
     *
     * @return the counter's next value
     * @throws Exhaustion when the fuel or the time is used up
     */
    private int checkpoint() {
        if (fuel == 0) {
            throw new Exhaustion("fuel exhausted");
        }
        if (timed && System.nanoTime() - deadline > 0) {
            throw new Exhaustion("time limit exceeded");
        }
        int share = (int) Math.min(PAUSE_CHECK_INTERVAL, fuel);
        fuel -= share;
        return share - 1;
    }

    /** Enters a module function (spec 4.4.10, invocation of a function address): a new frame. */
    private void pushFrame(FuncInst f) {
        Code c = Compiler.of(f);
        if (depth == maxDepth) {
            throw new Exhaustion("call stack exhausted");
        }
        int newFp = sp - c.paramSlots;
        ensure(newFp + c.frameSlots);
        if (depth == frameCode.length) {
            int n = Math.min(maxDepth, depth * 2);
            frameCode = Arrays.copyOf(frameCode, n);
            frameFp = Arrays.copyOf(frameFp, n);
            framePc = Arrays.copyOf(framePc, n);
            frameTailCalled = Arrays.copyOf(frameTailCalled, n);
        }
        if (depth > 0) {
            framePc[depth - 1] = pc;
        }
        frameCode[depth] = c;
        frameFp[depth] = newFp;
        frameTailCalled[depth] = false;
        depth++;
        enter(c, newFp);
    }

    /** Makes {@code c}'s function the top frame's, at {@code fp}, its arguments in place: locals initialized, at pc 0. */
    private void enter(Code c, int fp) {
        long[] init = c.localInit;
        for (int i = 0, at = fp + c.paramSlots; i < init.length; i++) { // usually a few: cheaper than arraycopy
            stack[at + i] = init[i];
        }
        cur = c;
        code = codeFor(c, depth);
        this.fp = fp;
        pc = 0;
        sp = fp + c.localSlots;
    }

    /**
     * A tail call (spec 4.4.8, return_call: the current frame is popped, then {@code f} invoked) of {@code f}
     * with its arguments on top of the operand stack. A module function's frame takes the top frame's place:
     * its arguments move down to the frame pointer, and neither the frames nor the Java stack grow, so a
     * tail-recursive loop runs in constant space. A host function is called, then its results returned as
     * {@code return} does.
     *
     * <p>Stepping: the caller is gone, so a step over a tail call stops at the callee's first instruction
     * (as a step into does), and a step out of the callee stops in the function the caller would have
     * returned to.
     *
     * @return true if the invocation ended (a host function called from the invoked function's frame)
     */
    boolean tailCall(FuncInst f) {
        checkPause(); // before anything changes: a paused machine is still before the tail call
        if (f.isHost()) {
            if (!callHost(f, cur.instrAt(pc), true)) {
                return false; // it threw an exception that a frame below caught
            }
            if (popFrame()) {
                return true;
            }
            if (pauseRequested) { // as in call: right after the host function returned to the caller
                pauseRequested = false;
                throw PAUSE;
            }
            return false;
        }
        Code c = Compiler.of(f);
        ensure(fp + c.frameSlots);
        moveTop(stack, sp, fp, c.paramSlots);
        frameCode[depth - 1] = c;
        frameTailCalled[depth - 1] = true;
        enter(c, fp);
        return false;
    }

    /**
     * Calls a host function, made by instruction {@code instr} of the top frame (-1: invoked directly): its
     * arguments are replaced by its results. A host function may end in a WebAssembly exception of this
     * store, such as one that left a function it invoked: as in the JavaScript API (an exception an imported
     * function throws), it is thrown at the call, where the calling frames' handlers may catch it; for a
     * {@code tail} call, at the call of the frame below (the tail-calling frame and its handlers are gone).
     *
     * @return true if the results are there, false if the exception was caught
     */
    private boolean callHost(FuncInst f, int instr, boolean tail) {
        int n = Slots.of(f.type.params);
        int r = Slots.of(f.type.results);
        long[] args = Arrays.copyOfRange(stack, sp - n, sp);
        synchronized (hostCallLock) {
            hostCall = f;
            hostCallInstr = instr;
            hostCallThread = Thread.currentThread();
        }
        long[] res;
        try {
            res = f.host.apply(args);
        } catch (ThrownException e) {
            ExnInst exn = instr < 0 || tail && depth == 1 ? null : thrownIn(store, e);
            if (exn == null) {
                hostFailure = e;
                throw e;
            }
            if (tail) {
                leaveTailCallingFrame();
            }
            throwException(exn);
            return false;
        } catch (RuntimeException e) {
            hostFailure = e;
            throw e;
        } finally {
            synchronized (hostCallLock) {
                hostCall = null;
                hostCallThread = null;
            }
        }
        if ((res == null ? 0 : res.length) != r) {
            throw new IllegalStateException("host function returned " + (res == null ? 0 : res.length)
                    + " slots for " + f.type);
        }
        ensure(sp - n + r);
        if (r > 0) {
            System.arraycopy(res, 0, stack, sp - n, r);
        }
        sp = sp - n + r;
        return true;
    }

    /** Leaves the top frame, which tail-called the host function now running, for its caller's call. */
    private void leaveTailCallingFrame() {
        frameCode[--depth] = null;
        cur = frameCode[depth - 1];
        code = codeFor(cur, depth);
        fp = frameFp[depth - 1];
        pc = framePc[depth - 1];
        synchronized (hostCallLock) {
            hostCallInstr = callBefore(cur, pc);
        }
    }

    /**
     * Returns from the top frame (spec 4.4.8, return; 4.4.10, returning from a function): its results move
     * to where its arguments were. True if that was the invoked function.
     */
    private boolean popFrame() {
        sp = moveTop(stack, sp, fp, cur.resultSlots);
        frameCode[--depth] = null;
        if (depth == 0) {
            finish();
            return true;
        }
        cur = frameCode[depth - 1];
        code = codeFor(cur, depth);
        fp = frameFp[depth - 1];
        pc = framePc[depth - 1];
        return false;
    }

    private void finish() {
        ValType[] types = entry.type.results;
        Value[] out = new Value[types.length];
        int s = 0;
        for (int i = 0; i < types.length; i++) {
            ValType t = types[i];
            long bits = stack[s++];
            long high = t == ValType.V128 ? stack[s++] : 0;
            out[i] = Value.ofSlots(t, bits, high);
        }
        results = out;
        cur = null;
        code = null;
        sp = 0;
        detach();
    }

    /** The invocation ended: its stack no longer keeps objects (its results are the host's now). */
    private void detach() {
        if (attached) {
            store.heap().detach(roots);
            attached = false;
        }
    }

    /** Thrown (without a stack trace) from {@link #call} to leave the loop for a requested pause. */
    private static final RuntimeException PAUSE = new RuntimeException("pause", null, false, false) {
        private static final long serialVersionUID = 1L;
    };

    /** Thrown (without a stack trace) from {@link #throwException} to leave the loop for a THROWING stop. */
    private static final RuntimeException THROW_STOP = new RuntimeException("throwing", null, false, false) {
        private static final long serialVersionUID = 1L;
    };

    // ---------------------------------------------------------------- exceptions (3.0)

    /** The top frame's code, for the rules run out of the loop. */
    Code current() {
        return cur;
    }

    Store store() {
        return store;
    }

    /**
     * Throws {@code exn} from the top frame's current instruction (spec 4.4.8, throw_ref): unwinds to the
     * innermost handler with a clause that catches it, which continues at its label with the payload.
     * Without one, the exception leaves the invocation as a {@link ThrownException} and the machine stays
     * at the throw, as it does at a trap.
     */
    void throwException(ExnInst exn) {
        Catcher c = catcher(exn);
        if (c == null) {
            Instr in = cur.instrs[frameInstr(depth - 1)];
            uncaught = new ThrownException(exn.ref(), exn.tag.address, List.of(exn.payload()), in.offset, in.line,
                    in.column);
            detach();
            throw uncaught;
        }
        if (stopOnCaughtThrow) {
            throwing = exn;
            catcher = c;
            throw THROW_STOP;
        }
        unwind(exn, c);
    }

    /** The exception instance of {@code store} that {@code e} left with; null if it is none of this store's. */
    private static ExnInst thrownIn(Store store, ThrownException e) {
        ExnInst exn = store.heap().findException(e.exception);
        return exn != null && exn.tag.address == e.tag ? exn : null;
    }

    /**
     * The handler that catches {@code exn}: the first covering handler, innermost first and frame by frame
     * from the top (a caller's at its call instruction), with a clause for the exception's tag; or null.
     */
    private Catcher catcher(ExnInst exn) {
        for (int k = depth - 1; k >= 0; k--) {
            Code c = frameCode[k];
            int instr = frameInstr(k);
            for (Handler h : c.handlers) {
                if (h.covers(instr)) {
                    for (int i = 0; i < h.clauses().length; i++) {
                        if (h.clauses()[i].catches(c.module, exn.tag)) {
                            return new Catcher(k, h.start(), i);
                        }
                    }
                }
            }
        }
        return null;
    }

    /**
     * Leaves the frames above the catching one (without results) and branches to the clause's label with
     * the payload, and for catch_ref and catch_all_ref the exnref after it.
     */
    private void unwind(ExnInst exn, Catcher c) {
        Handler.Clause clause = null;
        for (Handler h : frameCode[c.frame()].handlers) {
            if (h.start() == c.tryTable()) {
                clause = h.clauses()[c.clause()];
            }
        }
        for (int k = c.frame() + 1; k < depth; k++) {
            frameCode[k] = null;
        }
        depth = c.frame() + 1;
        cur = frameCode[c.frame()];
        fp = frameFp[c.frame()];
        code = codeFor(cur, depth);
        sp = fp + clause.height();
        if (clause.kind().hasTag()) {
            long[] payload = exn.payloadSlots();
            System.arraycopy(payload, 0, stack, sp, payload.length);
            sp += payload.length;
        }
        if (clause.kind().passesRef()) {
            stack[sp++] = exn.ref();
        }
        pc = clause.pc();
    }

    /** A trap with the position of the instruction at {@code pc} of {@code c}, unless it has one. */
    private static Trap positioned(Trap t, Code c, int pc) {
        int i = c == null ? -1 : c.instrAt(pc);
        if (i < 0 || t instanceof Exhaustion || t.offset >= 0 || t.line > 0) {
            return t;
        }
        Instr in = c.instrs[i];
        return new Trap(t.getMessage(), in.offset, in.line, in.column);
    }

    // ---------------------------------------------------------------- the loop

    /**
     * Executes {@link #code} from {@link #pc} until the invocation returns, a {@link Op#STOP} or
     * {@link Op#BREAK} is reached or a pause is requested.
     *
     * <p>Float slots are converted with the JDK's intrinsics ({@code longBitsToDouble} ...) and the fused
     * rotations written out: in a method this large the JIT inlines little else (its budget for a
     * compilation is about 8000 bytes of bytecode, this method included), and a call per instruction would
     * cost more than the instruction. Rare operations live in helpers (Convert, RareFloatOps, BulkOps).
     *
     * <p>The switch has the spec's instructions by section (4.4.1 to 4.4.8), then the debugger's stops, then
     * the superinstructions. The top frame's state stays in locals; after a call or a return the loop
     * reloads them in one place ({@code break frameChanged}).
     */
    private Status execute() {
        long[] stack = this.stack;
        int sp = this.sp;
        int pc = this.pc;
        int fp = this.fp;
        int[] code = this.code;
        Code cur = this.cur;
        ModuleInst module = cur.module;
        MemInst mem = cur.memory;
        int untilPauseCheck = 0;
        try {
            for (;;) {
                frameChanged: {
                    switch (code[pc]) {
                        // ---- numeric instructions (spec 4.4.1): t.const ----
                        case Op.I32_CONST, Op.F32_CONST:
                            stack[sp++] = code[pc + 1];
                            pc += 2;
                            break;
                        case Op.I64_CONST, Op.F64_CONST:
                            stack[sp++] = (code[pc + 1] & 0xFFFF_FFFFL) | (long) code[pc + 2] << 32;
                            pc += 3;
                            break;

                        // ---- numeric: i32 unop and binop (integer operators, 4.3.2) ----
                        case Op.I32_CLZ:
                            stack[sp - 1] = Integer.numberOfLeadingZeros((int) stack[sp - 1]);
                            pc++;
                            break;
                        case Op.I32_CTZ:
                            stack[sp - 1] = Integer.numberOfTrailingZeros((int) stack[sp - 1]);
                            pc++;
                            break;
                        case Op.I32_POPCNT:
                            stack[sp - 1] = Integer.bitCount((int) stack[sp - 1]);
                            pc++;
                            break;
                        case Op.I32_ADD:
                            sp--;
                            stack[sp - 1] = (int) stack[sp - 1] + (int) stack[sp];
                            pc++;
                            break;
                        case Op.I32_SUB:
                            sp--;
                            stack[sp - 1] = (int) stack[sp - 1] - (int) stack[sp];
                            pc++;
                            break;
                        case Op.I32_MUL:
                            sp--;
                            stack[sp - 1] = (int) stack[sp - 1] * (int) stack[sp];
                            pc++;
                            break;
                        case Op.I32_DIV_S: // operands stay on the stack if it traps
                            stack[sp - 2] = IntOps.i32DivS((int) stack[sp - 2], (int) stack[sp - 1]);
                            sp--;
                            pc++;
                            break;
                        case Op.I32_DIV_U:
                            stack[sp - 2] = IntOps.i32DivU((int) stack[sp - 2], (int) stack[sp - 1]);
                            sp--;
                            pc++;
                            break;
                        case Op.I32_REM_S:
                            stack[sp - 2] = IntOps.i32RemS((int) stack[sp - 2], (int) stack[sp - 1]);
                            sp--;
                            pc++;
                            break;
                        case Op.I32_REM_U:
                            stack[sp - 2] = IntOps.i32RemU((int) stack[sp - 2], (int) stack[sp - 1]);
                            sp--;
                            pc++;
                            break;
                        case Op.I32_AND:
                            sp--;
                            stack[sp - 1] = (int) stack[sp - 1] & (int) stack[sp];
                            pc++;
                            break;
                        case Op.I32_OR:
                            sp--;
                            stack[sp - 1] = (int) stack[sp - 1] | (int) stack[sp];
                            pc++;
                            break;
                        case Op.I32_XOR:
                            sp--;
                            stack[sp - 1] = (int) stack[sp - 1] ^ (int) stack[sp];
                            pc++;
                            break;
                        case Op.I32_SHL: // Java takes the shift count modulo 32, as Wasm does
                            sp--;
                            stack[sp - 1] = (int) stack[sp - 1] << (int) stack[sp];
                            pc++;
                            break;
                        case Op.I32_SHR_S:
                            sp--;
                            stack[sp - 1] = (int) stack[sp - 1] >> (int) stack[sp];
                            pc++;
                            break;
                        case Op.I32_SHR_U:
                            sp--;
                            stack[sp - 1] = (int) stack[sp - 1] >>> (int) stack[sp];
                            pc++;
                            break;
                        case Op.I32_ROTL:
                            sp--;
                            stack[sp - 1] = Integer.rotateLeft((int) stack[sp - 1], (int) stack[sp]);
                            pc++;
                            break;
                        case Op.I32_ROTR:
                            sp--;
                            stack[sp - 1] = Integer.rotateRight((int) stack[sp - 1], (int) stack[sp]);
                            pc++;
                            break;

                        // ---- numeric: i64 unop and binop (4.3.2) ----
                        case Op.I64_CLZ:
                            stack[sp - 1] = Long.numberOfLeadingZeros(stack[sp - 1]);
                            pc++;
                            break;
                        case Op.I64_CTZ:
                            stack[sp - 1] = Long.numberOfTrailingZeros(stack[sp - 1]);
                            pc++;
                            break;
                        case Op.I64_POPCNT:
                            stack[sp - 1] = Long.bitCount(stack[sp - 1]);
                            pc++;
                            break;
                        case Op.I64_ADD:
                            sp--;
                            stack[sp - 1] += stack[sp];
                            pc++;
                            break;
                        case Op.I64_SUB:
                            sp--;
                            stack[sp - 1] -= stack[sp];
                            pc++;
                            break;
                        case Op.I64_MUL:
                            sp--;
                            stack[sp - 1] *= stack[sp];
                            pc++;
                            break;
                        case Op.I64_DIV_S:
                            stack[sp - 2] = IntOps.i64DivS(stack[sp - 2], stack[sp - 1]);
                            sp--;
                            pc++;
                            break;
                        case Op.I64_DIV_U:
                            stack[sp - 2] = IntOps.i64DivU(stack[sp - 2], stack[sp - 1]);
                            sp--;
                            pc++;
                            break;
                        case Op.I64_REM_S:
                            stack[sp - 2] = IntOps.i64RemS(stack[sp - 2], stack[sp - 1]);
                            sp--;
                            pc++;
                            break;
                        case Op.I64_REM_U:
                            stack[sp - 2] = IntOps.i64RemU(stack[sp - 2], stack[sp - 1]);
                            sp--;
                            pc++;
                            break;
                        case Op.I64_AND:
                            sp--;
                            stack[sp - 1] &= stack[sp];
                            pc++;
                            break;
                        case Op.I64_OR:
                            sp--;
                            stack[sp - 1] |= stack[sp];
                            pc++;
                            break;
                        case Op.I64_XOR:
                            sp--;
                            stack[sp - 1] ^= stack[sp];
                            pc++;
                            break;
                        case Op.I64_SHL: // modulo 64, as Wasm
                            sp--;
                            stack[sp - 1] <<= stack[sp];
                            pc++;
                            break;
                        case Op.I64_SHR_S:
                            sp--;
                            stack[sp - 1] >>= stack[sp];
                            pc++;
                            break;
                        case Op.I64_SHR_U:
                            sp--;
                            stack[sp - 1] >>>= stack[sp];
                            pc++;
                            break;
                        case Op.I64_ROTL:
                            sp--;
                            stack[sp - 1] = Long.rotateLeft(stack[sp - 1], (int) stack[sp]);
                            pc++;
                            break;
                        case Op.I64_ROTR:
                            sp--;
                            stack[sp - 1] = Long.rotateRight(stack[sp - 1], (int) stack[sp]);
                            pc++;
                            break;

                        // ---- numeric: f32 unop and binop (floating-point operators, 4.3.3) ----
                        case Op.F32_ADD:
                            sp--;
                            stack[sp - 1] = floatToRawIntBits(intBitsToFloat((int) stack[sp - 1]) + intBitsToFloat((int) stack[sp]));
                            pc++;
                            break;
                        case Op.F32_SUB:
                            sp--;
                            stack[sp - 1] = floatToRawIntBits(intBitsToFloat((int) stack[sp - 1]) - intBitsToFloat((int) stack[sp]));
                            pc++;
                            break;
                        case Op.F32_MUL:
                            sp--;
                            stack[sp - 1] = floatToRawIntBits(intBitsToFloat((int) stack[sp - 1]) * intBitsToFloat((int) stack[sp]));
                            pc++;
                            break;
                        case Op.F32_DIV:
                            sp--;
                            stack[sp - 1] = floatToRawIntBits(intBitsToFloat((int) stack[sp - 1]) / intBitsToFloat((int) stack[sp]));
                            pc++;
                            break;

                        case Op.F32_ABS, Op.F32_NEG, Op.F32_CEIL, Op.F32_FLOOR, Op.F32_TRUNC, Op.F32_NEAREST, Op.F32_SQRT,
                                Op.F64_CEIL, Op.F64_FLOOR, Op.F64_TRUNC, Op.F64_NEAREST: // rare: RareFloatOps, then FloatOps
                            stack[sp - 1] = RareFloatOps.unary(code[pc], stack[sp - 1]);
                            pc++;
                            break;
                        case Op.F32_MIN, Op.F32_MAX, Op.F32_COPYSIGN, Op.F64_MIN, Op.F64_MAX, Op.F64_COPYSIGN:
                            sp--;
                            stack[sp - 1] = RareFloatOps.binary(code[pc], stack[sp - 1], stack[sp]);
                            pc++;
                            break;

                        // ---- numeric: f64 unop and binop (4.3.3) ----
                        case Op.F64_ABS:
                            stack[sp - 1] = FloatOps.f64Abs(stack[sp - 1]);
                            pc++;
                            break;
                        case Op.F64_NEG:
                            stack[sp - 1] = FloatOps.f64Neg(stack[sp - 1]);
                            pc++;
                            break;
                        case Op.F64_SQRT:
                            stack[sp - 1] = FloatOps.f64Sqrt(stack[sp - 1]);
                            pc++;
                            break;
                        case Op.F64_ADD:
                            sp--;
                            stack[sp - 1] = doubleToRawLongBits(longBitsToDouble(stack[sp - 1]) + longBitsToDouble(stack[sp]));
                            pc++;
                            break;
                        case Op.F64_SUB:
                            sp--;
                            stack[sp - 1] = doubleToRawLongBits(longBitsToDouble(stack[sp - 1]) - longBitsToDouble(stack[sp]));
                            pc++;
                            break;
                        case Op.F64_MUL:
                            sp--;
                            stack[sp - 1] = doubleToRawLongBits(longBitsToDouble(stack[sp - 1]) * longBitsToDouble(stack[sp]));
                            pc++;
                            break;
                        case Op.F64_DIV:
                            sp--;
                            stack[sp - 1] = doubleToRawLongBits(longBitsToDouble(stack[sp - 1]) / longBitsToDouble(stack[sp]));
                            pc++;
                            break;

                        // ---- numeric: i32 testop and relop ----
                        case Op.I32_EQZ:
                            stack[sp - 1] = (int) stack[sp - 1] == 0 ? 1 : 0;
                            pc++;
                            break;
                        case Op.I32_EQ:
                            sp--;
                            stack[sp - 1] = (int) stack[sp - 1] == (int) stack[sp] ? 1 : 0;
                            pc++;
                            break;
                        case Op.I32_NE:
                            sp--;
                            stack[sp - 1] = (int) stack[sp - 1] != (int) stack[sp] ? 1 : 0;
                            pc++;
                            break;
                        case Op.I32_LT_S:
                            sp--;
                            stack[sp - 1] = (int) stack[sp - 1] < (int) stack[sp] ? 1 : 0;
                            pc++;
                            break;
                        case Op.I32_LT_U:
                            sp--;
                            stack[sp - 1] = Integer.compareUnsigned((int) stack[sp - 1], (int) stack[sp]) < 0 ? 1 : 0;
                            pc++;
                            break;
                        case Op.I32_GT_S:
                            sp--;
                            stack[sp - 1] = (int) stack[sp - 1] > (int) stack[sp] ? 1 : 0;
                            pc++;
                            break;
                        case Op.I32_GT_U:
                            sp--;
                            stack[sp - 1] = Integer.compareUnsigned((int) stack[sp - 1], (int) stack[sp]) > 0 ? 1 : 0;
                            pc++;
                            break;
                        case Op.I32_LE_S:
                            sp--;
                            stack[sp - 1] = (int) stack[sp - 1] <= (int) stack[sp] ? 1 : 0;
                            pc++;
                            break;
                        case Op.I32_LE_U:
                            sp--;
                            stack[sp - 1] = Integer.compareUnsigned((int) stack[sp - 1], (int) stack[sp]) <= 0 ? 1 : 0;
                            pc++;
                            break;
                        case Op.I32_GE_S:
                            sp--;
                            stack[sp - 1] = (int) stack[sp - 1] >= (int) stack[sp] ? 1 : 0;
                            pc++;
                            break;
                        case Op.I32_GE_U:
                            sp--;
                            stack[sp - 1] = Integer.compareUnsigned((int) stack[sp - 1], (int) stack[sp]) >= 0 ? 1 : 0;
                            pc++;
                            break;

                        // ---- numeric: i64 testop and relop ----
                        case Op.I64_EQZ:
                            stack[sp - 1] = stack[sp - 1] == 0 ? 1 : 0;
                            pc++;
                            break;
                        case Op.I64_EQ:
                            sp--;
                            stack[sp - 1] = stack[sp - 1] == stack[sp] ? 1 : 0;
                            pc++;
                            break;
                        case Op.I64_NE:
                            sp--;
                            stack[sp - 1] = stack[sp - 1] != stack[sp] ? 1 : 0;
                            pc++;
                            break;
                        case Op.I64_LT_S:
                            sp--;
                            stack[sp - 1] = stack[sp - 1] < stack[sp] ? 1 : 0;
                            pc++;
                            break;
                        case Op.I64_LT_U:
                            sp--;
                            stack[sp - 1] = Long.compareUnsigned(stack[sp - 1], stack[sp]) < 0 ? 1 : 0;
                            pc++;
                            break;
                        case Op.I64_GT_S:
                            sp--;
                            stack[sp - 1] = stack[sp - 1] > stack[sp] ? 1 : 0;
                            pc++;
                            break;
                        case Op.I64_GT_U:
                            sp--;
                            stack[sp - 1] = Long.compareUnsigned(stack[sp - 1], stack[sp]) > 0 ? 1 : 0;
                            pc++;
                            break;
                        case Op.I64_LE_S:
                            sp--;
                            stack[sp - 1] = stack[sp - 1] <= stack[sp] ? 1 : 0;
                            pc++;
                            break;
                        case Op.I64_LE_U:
                            sp--;
                            stack[sp - 1] = Long.compareUnsigned(stack[sp - 1], stack[sp]) <= 0 ? 1 : 0;
                            pc++;
                            break;
                        case Op.I64_GE_S:
                            sp--;
                            stack[sp - 1] = stack[sp - 1] >= stack[sp] ? 1 : 0;
                            pc++;
                            break;
                        case Op.I64_GE_U:
                            sp--;
                            stack[sp - 1] = Long.compareUnsigned(stack[sp - 1], stack[sp]) >= 0 ? 1 : 0;
                            pc++;
                            break;

                        // ---- numeric: f32 and f64 relop (IEEE: false for NaN, -0 == +0) ----
                        case Op.F32_EQ:
                            sp--;
                            stack[sp - 1] = intBitsToFloat((int) stack[sp - 1]) == intBitsToFloat((int) stack[sp]) ? 1 : 0;
                            pc++;
                            break;
                        case Op.F32_NE:
                            sp--;
                            stack[sp - 1] = intBitsToFloat((int) stack[sp - 1]) != intBitsToFloat((int) stack[sp]) ? 1 : 0;
                            pc++;
                            break;
                        case Op.F32_LT:
                            sp--;
                            stack[sp - 1] = intBitsToFloat((int) stack[sp - 1]) < intBitsToFloat((int) stack[sp]) ? 1 : 0;
                            pc++;
                            break;
                        case Op.F32_GT:
                            sp--;
                            stack[sp - 1] = intBitsToFloat((int) stack[sp - 1]) > intBitsToFloat((int) stack[sp]) ? 1 : 0;
                            pc++;
                            break;
                        case Op.F32_LE:
                            sp--;
                            stack[sp - 1] = intBitsToFloat((int) stack[sp - 1]) <= intBitsToFloat((int) stack[sp]) ? 1 : 0;
                            pc++;
                            break;
                        case Op.F32_GE:
                            sp--;
                            stack[sp - 1] = intBitsToFloat((int) stack[sp - 1]) >= intBitsToFloat((int) stack[sp]) ? 1 : 0;
                            pc++;
                            break;
                        case Op.F64_EQ:
                            sp--;
                            stack[sp - 1] = longBitsToDouble(stack[sp - 1]) == longBitsToDouble(stack[sp]) ? 1 : 0;
                            pc++;
                            break;
                        case Op.F64_NE:
                            sp--;
                            stack[sp - 1] = longBitsToDouble(stack[sp - 1]) != longBitsToDouble(stack[sp]) ? 1 : 0;
                            pc++;
                            break;
                        case Op.F64_LT:
                            sp--;
                            stack[sp - 1] = longBitsToDouble(stack[sp - 1]) < longBitsToDouble(stack[sp]) ? 1 : 0;
                            pc++;
                            break;
                        case Op.F64_GT:
                            sp--;
                            stack[sp - 1] = longBitsToDouble(stack[sp - 1]) > longBitsToDouble(stack[sp]) ? 1 : 0;
                            pc++;
                            break;
                        case Op.F64_LE:
                            sp--;
                            stack[sp - 1] = longBitsToDouble(stack[sp - 1]) <= longBitsToDouble(stack[sp]) ? 1 : 0;
                            pc++;
                            break;
                        case Op.F64_GE:
                            sp--;
                            stack[sp - 1] = longBitsToDouble(stack[sp - 1]) >= longBitsToDouble(stack[sp]) ? 1 : 0;
                            pc++;
                            break;

                        // ---- numeric: cvtop (conversions, 4.3.4) ----
                        case Op.I32_WRAP_I64:
                        case Op.I64_EXTEND32_S:
                        case Op.I64_EXTEND_I32_S:
                            stack[sp - 1] = (int) stack[sp - 1];
                            pc++;
                            break;
                        case Op.I64_EXTEND_I32_U:
                            stack[sp - 1] &= 0xFFFF_FFFFL;
                            pc++;
                            break;
                        case Op.I32_EXTEND8_S, Op.I64_EXTEND8_S:
                            stack[sp - 1] = (byte) stack[sp - 1];
                            pc++;
                            break;
                        case Op.I32_EXTEND16_S, Op.I64_EXTEND16_S:
                            stack[sp - 1] = (short) stack[sp - 1];
                            pc++;
                            break;
                        case Op.I32_TRUNC_F32_S, Op.I32_TRUNC_F32_U, Op.I32_TRUNC_F64_S, Op.I32_TRUNC_F64_U,
                                Op.I64_TRUNC_F32_S, Op.I64_TRUNC_F32_U, Op.I64_TRUNC_F64_S, Op.I64_TRUNC_F64_U,
                                Op.I32_TRUNC_SAT_F32_S, Op.I32_TRUNC_SAT_F32_U, Op.I32_TRUNC_SAT_F64_S,
                                Op.I32_TRUNC_SAT_F64_U, Op.I64_TRUNC_SAT_F32_S, Op.I64_TRUNC_SAT_F32_U,
                                Op.I64_TRUNC_SAT_F64_S, Op.I64_TRUNC_SAT_F64_U, Op.F32_CONVERT_I32_S,
                                Op.F32_CONVERT_I32_U, Op.F32_CONVERT_I64_S, Op.F32_CONVERT_I64_U, Op.F64_CONVERT_I32_S,
                                Op.F64_CONVERT_I32_U, Op.F64_CONVERT_I64_S, Op.F64_CONVERT_I64_U, Op.F32_DEMOTE_F64,
                                Op.F64_PROMOTE_F32: // Convert, then Conversions: out of this method, to keep it small enough to JIT
                            stack[sp - 1] = Convert.apply(code[pc], stack[sp - 1]);
                            pc++;
                            break;
                        case Op.I32_REINTERPRET_F32, Op.F32_REINTERPRET_I32, Op.I64_REINTERPRET_F64,
                                Op.F64_REINTERPRET_I64: // the slot already holds the bits
                            pc++;
                            break;

                        // ---- references (4.4.2) ----
                        case Op.REF_NULL:
                            stack[sp++] = Value.NULL_REF;
                            pc++;
                            break;
                        case Op.REF_IS_NULL:
                            stack[sp - 1] = stack[sp - 1] == Value.NULL_REF ? 1 : 0;
                            pc++;
                            break;
                        case Op.REF_FUNC:
                            stack[sp++] = module.funcs[code[pc + 1]].address;
                            pc += 2;
                            break;

                        // ---- vector instructions (4.4.3), done by Simd ----
                        case Op.SIMD:
                            sp = Simd.execute(cur.instrs[code[pc + 1]], stack, sp, mem);
                            pc += 2;
                            break;

                        // ---- parametric (4.4.4) ----
                        case Op.DROP:
                            sp--;
                            pc++;
                            break;
                        case Op.DROP_V128:
                            sp -= 2;
                            pc++;
                            break;
                        case Op.SELECT:
                            sp -= 2;
                            if ((int) stack[sp + 1] == 0) {
                                stack[sp - 1] = stack[sp];
                            }
                            pc++;
                            break;
                        case Op.SELECT_V128:
                            sp -= 3;
                            if ((int) stack[sp + 2] == 0) {
                                stack[sp - 2] = stack[sp];
                                stack[sp - 1] = stack[sp + 1];
                            }
                            pc++;
                            break;

                        // ---- variables (4.4.5) ----
                        case Op.LOCAL_GET:
                            stack[sp++] = stack[fp + code[pc + 1]];
                            pc += 2;
                            break;
                        case Op.LOCAL_SET:
                            stack[fp + code[pc + 1]] = stack[--sp];
                            pc += 2;
                            break;
                        case Op.LOCAL_TEE:
                            stack[fp + code[pc + 1]] = stack[sp - 1];
                            pc += 2;
                            break;
                        case Op.GLOBAL_GET:
                            stack[sp++] = module.globals[code[pc + 1]].value;
                            pc += 2;
                            break;
                        case Op.GLOBAL_SET:
                            module.globals[code[pc + 1]].value = stack[--sp];
                            pc += 2;
                            break;

                        case Op.LOCAL_GET_V128, Op.LOCAL_SET_V128, Op.LOCAL_TEE_V128, Op.GLOBAL_GET_V128,
                                Op.GLOBAL_SET_V128: // rare, out of this method
                            sp = VectorVariables.execute(code[pc], code[pc + 1], stack, sp, fp, module);
                            pc += 2;
                            break;

                        // ---- tables (4.4.6), out of this method: see BulkOps and TableOps ----
                        case Op.TABLE_GET, Op.TABLE_SET, Op.TABLE_SIZE, Op.TABLE_GROW, Op.TABLE_FILL, Op.ELEM_DROP:
                            sp = BulkOps.execute(code[pc], stack, sp, code, pc, module, mem);
                            pc += 2;
                            break;
                        case Op.TABLE_COPY, Op.TABLE_INIT:
                            sp = BulkOps.execute(code[pc], stack, sp, code, pc, module, mem);
                            pc += 3;
                            break;

                        // ---- memory (4.4.7) ----
                        case Op.I32_LOAD, Op.F32_LOAD, Op.I64_LOAD32_S:
                            stack[sp - 1] = MemoryOps.load32S(mem, stack[sp - 1], code[pc + 1]);
                            pc += 2;
                            break;
                        case Op.I64_LOAD, Op.F64_LOAD:
                            stack[sp - 1] = MemoryOps.load64(mem, stack[sp - 1], code[pc + 1]);
                            pc += 2;
                            break;
                        case Op.I32_LOAD8_S, Op.I64_LOAD8_S:
                            stack[sp - 1] = MemoryOps.load8S(mem, stack[sp - 1], code[pc + 1]);
                            pc += 2;
                            break;
                        case Op.I32_LOAD8_U, Op.I64_LOAD8_U:
                            stack[sp - 1] = MemoryOps.load8U(mem, stack[sp - 1], code[pc + 1]);
                            pc += 2;
                            break;
                        case Op.I32_LOAD16_S, Op.I64_LOAD16_S:
                            stack[sp - 1] = MemoryOps.load16S(mem, stack[sp - 1], code[pc + 1]);
                            pc += 2;
                            break;
                        case Op.I32_LOAD16_U, Op.I64_LOAD16_U:
                            stack[sp - 1] = MemoryOps.load16U(mem, stack[sp - 1], code[pc + 1]);
                            pc += 2;
                            break;
                        case Op.I64_LOAD32_U:
                            stack[sp - 1] = MemoryOps.load32U(mem, stack[sp - 1], code[pc + 1]);
                            pc += 2;
                            break;
                        case Op.I32_STORE, Op.F32_STORE, Op.I64_STORE32:
                            MemoryOps.store32(mem, stack[sp - 2], code[pc + 1], stack[sp - 1]);
                            sp -= 2;
                            pc += 2;
                            break;
                        case Op.I64_STORE, Op.F64_STORE:
                            MemoryOps.store64(mem, stack[sp - 2], code[pc + 1], stack[sp - 1]);
                            sp -= 2;
                            pc += 2;
                            break;
                        case Op.I32_STORE8, Op.I64_STORE8:
                            MemoryOps.store8(mem, stack[sp - 2], code[pc + 1], stack[sp - 1]);
                            sp -= 2;
                            pc += 2;
                            break;
                        case Op.I32_STORE16, Op.I64_STORE16:
                            MemoryOps.store16(mem, stack[sp - 2], code[pc + 1], stack[sp - 1]);
                            sp -= 2;
                            pc += 2;
                            break;
                        case Op.MEMORY_SIZE:
                            stack[sp++] = MemoryOps.size(mem);
                            pc++;
                            break;
                        case Op.MEMORY_GROW: // MemoryOps.grow, then MemInst.grow
                            stack[sp - 1] = MemoryOps.grow(mem, (int) stack[sp - 1]);
                            pc++;
                            break;
                        case Op.MEMORY_FILL, Op.MEMORY_COPY: // out of this method, as the tables: see BulkOps
                            sp = BulkOps.execute(code[pc], stack, sp, code, pc, module, mem);
                            pc++;
                            break;
                        case Op.MEMORY_INIT, Op.DATA_DROP:
                            sp = BulkOps.execute(code[pc], stack, sp, code, pc, module, mem);
                            pc += 2;
                            break;

                        // ---- control (4.4.8); calls and returns enter and leave frames (function calls, 4.4.10) ----
                        case Op.UNREACHABLE:
                            throw Traps.unreachable();
                        case Op.NOP, Op.BLOCK, Op.END:
                            pc++;
                            break;
                        case Op.LOOP:
                            if (--untilPauseCheck < 0) {
                                untilPauseCheck = checkpoint();
                                if (pauseRequested) {
                                    pauseRequested = false;
                                    this.pc = pc;
                                    this.sp = sp;
                                    return Status.PAUSED;
                                }
                            }
                            pc++;
                            break;
                        case Op.IF:
                            pc = (int) stack[--sp] != 0 ? pc + 2 : code[pc + 1];
                            break;
                        case Op.JUMP, Op.BR_JUMP:
                            pc = code[pc + 1];
                            break;
                        case Op.BR: // Compiler resolved the label: target, height and arity
                            sp = moveTop(stack, sp, fp + code[pc + 2], code[pc + 3]);
                            pc = code[pc + 1];
                            break;
                        case Op.BR_IF_JUMP:
                            pc = (int) stack[--sp] != 0 ? code[pc + 1] : pc + 4;
                            break;
                        case Op.BR_IF:
                            if ((int) stack[--sp] != 0) {
                                sp = moveTop(stack, sp, fp + code[pc + 2], code[pc + 3]);
                                pc = code[pc + 1];
                            } else {
                                pc += 4;
                            }
                            break;
                        case Op.BR_TABLE: { // Compiler resolved each label (target, height, arity); the default last
                            int n = code[pc + 1];
                            int i = (int) stack[--sp];
                            int at = pc + 2 + 3 * (i >= 0 && i < n - 1 ? i : n - 1);
                            sp = moveTop(stack, sp, fp + code[at + 1], code[at + 2]);
                            pc = code[at];
                            break;
                        }
                        case Op.RETURN, Op.RETURN_END:
                            this.sp = sp;
                            if (popFrame()) {
                                return Status.DONE;
                            }
                            break frameChanged;
                        case Op.CALL:
                            this.sp = sp;
                            this.pc = pc + 2;
                            call(module.funcs[code[pc + 1]]);
                            break frameChanged;
                        case Op.CALL_INDIRECT: { // the table lookup and the type check: TableOps.callTarget
                            FuncInst f = TableOps.callTarget(store, module, code[pc + 1], code[pc + 2], (int) stack[sp - 1]);
                            this.sp = sp - 1;
                            this.pc = pc + 3;
                            call(f);
                            break frameChanged;
                        }

                        // ---- instructions run out of the loop, by Ext (the rule is in the class Ext names) ----
                        case Op.EXT:
                            this.pc = pc;
                            this.sp = sp;
                            if (Ext.execute(this, code[pc + 1], code[pc + 2])) {
                                return Status.DONE;
                            }
                            break frameChanged;

                        // ---- the debugger's stops, not spec rules (see Code.stopCode, Code.setBreakpoint) ----
                        case Op.STOP:
                            this.pc = pc;
                            this.sp = sp;
                            return Status.STEPPED;
                        case Op.BREAK:
                            this.pc = pc;
                            this.sp = sp;
                            return Status.BREAKPOINT;

                        // ---- superinstructions (Fusion): not spec rules ----
                        // Each executes the run of plain instructions named at its case, in one dispatch and with the run's
                        // effect: the same stack, locals and memory, and a trap at the same instruction with the same stack.
                        // It reads each instruction's immediates where they are. Only freely running code has them: a step,
                        // or a breakpoint inside the run, executes the plain instructions above (see Code).

                        // locals and constants pushed, locals stored
                        case Op.LOCAL_GET_LOCAL_GET: // local.get a; local.get b
                            stack[sp] = stack[fp + code[pc + 1]];
                            stack[sp + 1] = stack[fp + code[pc + 3]];
                            sp += 2;
                            pc += 4;
                            break;
                        case Op.LOCAL_GET_I32_CONST: // local.get a; i32.const c
                            stack[sp] = stack[fp + code[pc + 1]];
                            stack[sp + 1] = code[pc + 3];
                            sp += 2;
                            pc += 4;
                            break;
                        case Op.LOCAL_SET_LOCAL_GET: // local.set a; local.get b
                            stack[fp + code[pc + 1]] = stack[sp - 1];
                            stack[sp - 1] = stack[fp + code[pc + 3]];
                            pc += 4;
                            break;
                        case Op.LOCAL_TEE_LOCAL_GET: // local.tee a; local.get b
                            stack[fp + code[pc + 1]] = stack[sp - 1];
                            stack[sp++] = stack[fp + code[pc + 3]];
                            pc += 4;
                            break;
                        case Op.LOCAL_GET_LOCAL_SET: // local.get a; local.set b
                            stack[fp + code[pc + 3]] = stack[fp + code[pc + 1]];
                            pc += 4;
                            break;
                        case Op.I32_ADD_LOCAL_SET: // i32.add; local.set a
                            sp -= 2;
                            stack[fp + code[pc + 2]] = (int) stack[sp] + (int) stack[sp + 1];
                            pc += 3;
                            break;
                        case Op.I32_ADD_LOCAL_TEE: // i32.add; local.tee a
                            sp--;
                            stack[fp + code[pc + 2]] = stack[sp - 1] = (int) stack[sp - 1] + (int) stack[sp];
                            pc += 3;
                            break;
                        case Op.LOCAL_GET_I32_CONST_I32_ADD_LOCAL_SET: // local.get a; i32.const c; i32.add; local.set d
                            stack[fp + code[pc + 6]] = (int) stack[fp + code[pc + 1]] + code[pc + 3];
                            pc += 7;
                            break;
                        case Op.LOCAL_GET_LOCAL_GET_I32_ADD_LOCAL_SET: // local.get a; local.get b; i32.add; local.set d
                            stack[fp + code[pc + 6]] = (int) stack[fp + code[pc + 1]] + (int) stack[fp + code[pc + 3]];
                            pc += 7;
                            break;

                        // a binary operation whose second operand is local a (code[pc + 1])
                        case Op.LOCAL_GET_I32_ADD: // local.get a; i32.add
                            stack[sp - 1] = (int) stack[sp - 1] + (int) stack[fp + code[pc + 1]];
                            pc += 3;
                            break;
                        case Op.LOCAL_GET_I32_SUB: // local.get a; i32.sub
                            stack[sp - 1] = (int) stack[sp - 1] - (int) stack[fp + code[pc + 1]];
                            pc += 3;
                            break;
                        case Op.LOCAL_GET_I32_AND: // local.get a; i32.and
                            stack[sp - 1] = (int) stack[sp - 1] & (int) stack[fp + code[pc + 1]];
                            pc += 3;
                            break;
                        case Op.LOCAL_GET_I32_XOR: // local.get a; i32.xor
                            stack[sp - 1] = (int) stack[sp - 1] ^ (int) stack[fp + code[pc + 1]];
                            pc += 3;
                            break;
                        case Op.LOCAL_GET_I32_LT_S: // local.get a; i32.lt_s
                            stack[sp - 1] = (int) stack[sp - 1] < (int) stack[fp + code[pc + 1]] ? 1 : 0;
                            pc += 3;
                            break;
                        case Op.LOCAL_GET_I32_GT_S: // local.get a; i32.gt_s
                            stack[sp - 1] = (int) stack[sp - 1] > (int) stack[fp + code[pc + 1]] ? 1 : 0;
                            pc += 3;
                            break;
                        case Op.LOCAL_GET_F64_ADD: // local.get a; f64.add
                            stack[sp - 1] = doubleToRawLongBits(longBitsToDouble(stack[sp - 1]) + longBitsToDouble(stack[fp + code[pc + 1]]));
                            pc += 3;
                            break;
                        case Op.LOCAL_GET_F64_MUL: // local.get a; f64.mul
                            stack[sp - 1] = doubleToRawLongBits(longBitsToDouble(stack[sp - 1]) * longBitsToDouble(stack[fp + code[pc + 1]]));
                            pc += 3;
                            break;

                        // a binary operation whose second operand is the constant c (code[pc + 1])
                        case Op.I32_CONST_I32_ADD: // i32.const c; i32.add
                            stack[sp - 1] = (int) stack[sp - 1] + code[pc + 1];
                            pc += 3;
                            break;
                        case Op.I32_CONST_I32_AND: // i32.const c; i32.and
                            stack[sp - 1] = (int) stack[sp - 1] & code[pc + 1];
                            pc += 3;
                            break;
                        case Op.I32_CONST_I32_SHL: // i32.const c; i32.shl
                            stack[sp - 1] = (int) stack[sp - 1] << code[pc + 1];
                            pc += 3;
                            break;
                        case Op.I32_CONST_I32_SHR_U: // i32.const c; i32.shr_u
                            stack[sp - 1] = (int) stack[sp - 1] >>> code[pc + 1];
                            pc += 3;
                            break;
                        case Op.I32_CONST_I32_ROTL: // i32.const c; i32.rotl
                            stack[sp - 1] = (int) stack[sp - 1] << code[pc + 1] | (int) stack[sp - 1] >>> -code[pc + 1];
                            pc += 3;
                            break;
                        case Op.I32_CONST_I32_NE: // i32.const c; i32.ne
                            stack[sp - 1] = (int) stack[sp - 1] != code[pc + 1] ? 1 : 0;
                            pc += 3;
                            break;

                        // a binary operation of local a (code[pc + 1]) and the constant c (code[pc + 3])
                        case Op.LOCAL_GET_I32_CONST_I32_ADD: // local.get a; i32.const c; i32.add
                            stack[sp++] = (int) stack[fp + code[pc + 1]] + code[pc + 3];
                            pc += 5;
                            break;
                        case Op.LOCAL_GET_I32_CONST_I32_AND: // local.get a; i32.const c; i32.and
                            stack[sp++] = (int) stack[fp + code[pc + 1]] & code[pc + 3];
                            pc += 5;
                            break;
                        case Op.LOCAL_GET_I32_CONST_I32_SHR_U: // local.get a; i32.const c; i32.shr_u
                            stack[sp++] = (int) stack[fp + code[pc + 1]] >>> code[pc + 3];
                            pc += 5;
                            break;
                        case Op.LOCAL_GET_I32_CONST_I32_ROTL: // local.get a; i32.const c; i32.rotl
                            stack[sp++] = (int) stack[fp + code[pc + 1]] << code[pc + 3] | (int) stack[fp + code[pc + 1]] >>> -code[pc + 3];
                            pc += 5;
                            break;
                        case Op.LOCAL_GET_I32_CONST_I32_ROTL_I32_XOR: // local.get a; i32.const c; i32.rotl; i32.xor
                            stack[sp - 1] = (int) stack[sp - 1]
                                    ^ ((int) stack[fp + code[pc + 1]] << code[pc + 3] | (int) stack[fp + code[pc + 1]] >>> -code[pc + 3]);
                            pc += 6;
                            break;

                        // a binary operation of locals a and b (code[pc + 1], code[pc + 3])
                        case Op.LOCAL_GET_LOCAL_GET_I32_ADD: // local.get a; local.get b; i32.add
                            stack[sp++] = (int) stack[fp + code[pc + 1]] + (int) stack[fp + code[pc + 3]];
                            pc += 5;
                            break;
                        case Op.LOCAL_GET_LOCAL_GET_I32_AND: // local.get a; local.get b; i32.and
                            stack[sp++] = (int) stack[fp + code[pc + 1]] & (int) stack[fp + code[pc + 3]];
                            pc += 5;
                            break;
                        case Op.LOCAL_GET_LOCAL_GET_I32_XOR: // local.get a; local.get b; i32.xor
                            stack[sp++] = (int) stack[fp + code[pc + 1]] ^ (int) stack[fp + code[pc + 3]];
                            pc += 5;
                            break;
                        case Op.LOCAL_GET_LOCAL_GET_I32_LT_S: // local.get a; local.get b; i32.lt_s
                            stack[sp++] = (int) stack[fp + code[pc + 1]] < (int) stack[fp + code[pc + 3]] ? 1 : 0;
                            pc += 5;
                            break;
                        case Op.LOCAL_GET_LOCAL_GET_I32_GT_S: // local.get a; local.get b; i32.gt_s
                            stack[sp++] = (int) stack[fp + code[pc + 1]] > (int) stack[fp + code[pc + 3]] ? 1 : 0;
                            pc += 5;
                            break;
                        case Op.LOCAL_GET_LOCAL_GET_I64_ADD: // local.get a; local.get b; i64.add
                            stack[sp++] = stack[fp + code[pc + 1]] + stack[fp + code[pc + 3]];
                            pc += 5;
                            break;
                        case Op.LOCAL_GET_LOCAL_GET_F64_MUL: // local.get a; local.get b; f64.mul
                            stack[sp++] = doubleToRawLongBits(longBitsToDouble(stack[fp + code[pc + 1]]) * longBitsToDouble(stack[fp + code[pc + 3]]));
                            pc += 5;
                            break;
                        case Op.LOCAL_GET_LOCAL_GET_F64_SUB: // local.get a; local.get b; f64.sub
                            stack[sp++] = doubleToRawLongBits(longBitsToDouble(stack[fp + code[pc + 1]]) - longBitsToDouble(stack[fp + code[pc + 3]]));
                            pc += 5;
                            break;

                        // two operations on the operand stack
                        case Op.I32_ROTL_I32_XOR: // i32.rotl; i32.xor
                            sp -= 2;
                            stack[sp - 1] = (int) stack[sp - 1] ^ ((int) stack[sp] << (int) stack[sp + 1] | (int) stack[sp] >>> -(int) stack[sp + 1]);
                            pc += 2;
                            break;
                        case Op.F64_MUL_F64_SUB: // f64.mul; f64.sub: rounded twice, as the two are (no fused multiply-add)
                            sp -= 2;
                            stack[sp - 1] = doubleToRawLongBits(longBitsToDouble(stack[sp - 1])
                                    - longBitsToDouble(stack[sp]) * longBitsToDouble(stack[sp + 1]));
                            pc += 2;
                            break;
                        case Op.LOCAL_TEE_LOCAL_GET_F64_MUL: // local.tee a; local.get b; f64.mul
                            stack[fp + code[pc + 1]] = stack[sp - 1];
                            stack[sp - 1] = doubleToRawLongBits(longBitsToDouble(stack[sp - 1]) * longBitsToDouble(stack[fp + code[pc + 3]]));
                            pc += 5;
                            break;

                        // with a load or a store, which may trap: pc and the stack are first as at that instruction
                        case Op.LOCAL_GET_LOAD32: // local.get a; i32.load or f32.load
                            stack[sp++] = stack[fp + code[pc + 1]];
                            pc += 2;
                            stack[sp - 1] = MemoryOps.load32S(mem, stack[sp - 1], code[pc + 1]);
                            pc += 2;
                            break;
                        case Op.LOCAL_GET_LOAD64: // local.get a; i64.load or f64.load
                            stack[sp++] = stack[fp + code[pc + 1]];
                            pc += 2;
                            stack[sp - 1] = MemoryOps.load64(mem, stack[sp - 1], code[pc + 1]);
                            pc += 2;
                            break;
                        case Op.I32_CONST_I32_ADD_LOAD32: // i32.const c; i32.add; i32.load or f32.load
                            stack[sp - 1] = (int) stack[sp - 1] + code[pc + 1];
                            pc += 3;
                            stack[sp - 1] = MemoryOps.load32S(mem, stack[sp - 1], code[pc + 1]);
                            pc += 2;
                            break;
                        case Op.I32_CONST_I32_ADD_LOAD64: // i32.const c; i32.add; i64.load or f64.load
                            stack[sp - 1] = (int) stack[sp - 1] + code[pc + 1];
                            pc += 3;
                            stack[sp - 1] = MemoryOps.load64(mem, stack[sp - 1], code[pc + 1]);
                            pc += 2;
                            break;
                        case Op.LOCAL_GET_I32_CONST_I32_ADD_LOAD64: // local.get a; i32.const c; i32.add; i64.load or f64.load
                            stack[sp++] = (int) stack[fp + code[pc + 1]] + code[pc + 3];
                            pc += 5;
                            stack[sp - 1] = MemoryOps.load64(mem, stack[sp - 1], code[pc + 1]);
                            pc += 2;
                            break;
                        case Op.LOCAL_GET_F64_LOAD_F64_ADD: // local.get a; f64.load; f64.add
                            stack[sp++] = stack[fp + code[pc + 1]];
                            pc += 2;
                            stack[sp - 1] = MemoryOps.load64(mem, stack[sp - 1], code[pc + 1]);
                            sp--;
                            stack[sp - 1] = doubleToRawLongBits(longBitsToDouble(stack[sp - 1]) + longBitsToDouble(stack[sp]));
                            pc += 3;
                            break;
                        case Op.LOCAL_GET_F64_LOAD_F64_MUL: // local.get a; f64.load; f64.mul
                            stack[sp++] = stack[fp + code[pc + 1]];
                            pc += 2;
                            stack[sp - 1] = MemoryOps.load64(mem, stack[sp - 1], code[pc + 1]);
                            sp--;
                            stack[sp - 1] = doubleToRawLongBits(longBitsToDouble(stack[sp - 1]) * longBitsToDouble(stack[sp]));
                            pc += 3;
                            break;
                        case Op.F64_LOAD_F64_ADD: // f64.load; f64.add
                            stack[sp - 1] = MemoryOps.load64(mem, stack[sp - 1], code[pc + 1]);
                            sp--;
                            stack[sp - 1] = doubleToRawLongBits(longBitsToDouble(stack[sp - 1]) + longBitsToDouble(stack[sp]));
                            pc += 3;
                            break;
                        case Op.F64_LOAD_F64_SUB: // f64.load; f64.sub
                            stack[sp - 1] = MemoryOps.load64(mem, stack[sp - 1], code[pc + 1]);
                            sp--;
                            stack[sp - 1] = doubleToRawLongBits(longBitsToDouble(stack[sp - 1]) - longBitsToDouble(stack[sp]));
                            pc += 3;
                            break;
                        case Op.F64_ADD_F64_STORE: // f64.add; f64.store
                            sp--;
                            stack[sp - 1] = doubleToRawLongBits(longBitsToDouble(stack[sp - 1]) + longBitsToDouble(stack[sp]));
                            pc++;
                            MemoryOps.store64(mem, stack[sp - 2], code[pc + 1], stack[sp - 1]);
                            sp -= 2;
                            pc += 2;
                            break;
                        case Op.F64_SUB_F64_STORE: // f64.sub; f64.store
                            sp--;
                            stack[sp - 1] = doubleToRawLongBits(longBitsToDouble(stack[sp - 1]) - longBitsToDouble(stack[sp]));
                            pc++;
                            MemoryOps.store64(mem, stack[sp - 2], code[pc + 1], stack[sp - 1]);
                            sp -= 2;
                            pc += 2;
                            break;

                        // a comparison, then a br_if l that moves no values (BR_IF_JUMP, its target at pc + 2)
                        case Op.I32_EQZ_BR_IF: // i32.eqz; br_if l
                            pc = (int) stack[--sp] == 0 ? code[pc + 2] : pc + 5;
                            break;
                        case Op.I32_EQ_BR_IF: // i32.eq; br_if l
                            sp -= 2;
                            pc = (int) stack[sp] == (int) stack[sp + 1] ? code[pc + 2] : pc + 5;
                            break;
                        case Op.I32_NE_BR_IF: // i32.ne; br_if l
                            sp -= 2;
                            pc = (int) stack[sp] != (int) stack[sp + 1] ? code[pc + 2] : pc + 5;
                            break;
                        case Op.I32_LT_S_BR_IF: // i32.lt_s; br_if l
                            sp -= 2;
                            pc = (int) stack[sp] < (int) stack[sp + 1] ? code[pc + 2] : pc + 5;
                            break;
                        case Op.I32_GT_S_BR_IF: // i32.gt_s; br_if l
                            sp -= 2;
                            pc = (int) stack[sp] > (int) stack[sp + 1] ? code[pc + 2] : pc + 5;
                            break;
                        case Op.I32_LE_S_BR_IF: // i32.le_s; br_if l
                            sp -= 2;
                            pc = (int) stack[sp] <= (int) stack[sp + 1] ? code[pc + 2] : pc + 5;
                            break;
                        case Op.I32_GE_S_BR_IF: // i32.ge_s; br_if l
                            sp -= 2;
                            pc = (int) stack[sp] >= (int) stack[sp + 1] ? code[pc + 2] : pc + 5;
                            break;
                        case Op.I32_LT_U_BR_IF: // i32.lt_u; br_if l
                            sp -= 2;
                            pc = Integer.compareUnsigned((int) stack[sp], (int) stack[sp + 1]) < 0 ? code[pc + 2] : pc + 5;
                            break;
                        case Op.I32_GT_U_BR_IF: // i32.gt_u; br_if l
                            sp -= 2;
                            pc = Integer.compareUnsigned((int) stack[sp], (int) stack[sp + 1]) > 0 ? code[pc + 2] : pc + 5;
                            break;
                        case Op.I64_EQ_BR_IF: // i64.eq; br_if l
                            sp -= 2;
                            pc = stack[sp] == stack[sp + 1] ? code[pc + 2] : pc + 5;
                            break;
                        case Op.I64_NE_BR_IF: // i64.ne; br_if l
                            sp -= 2;
                            pc = stack[sp] != stack[sp + 1] ? code[pc + 2] : pc + 5;
                            break;
                        case Op.I64_LT_S_BR_IF: // i64.lt_s; br_if l
                            sp -= 2;
                            pc = stack[sp] < stack[sp + 1] ? code[pc + 2] : pc + 5;
                            break;
                        case Op.I64_GT_S_BR_IF: // i64.gt_s; br_if l
                            sp -= 2;
                            pc = stack[sp] > stack[sp + 1] ? code[pc + 2] : pc + 5;
                            break;
                        case Op.I64_LE_S_BR_IF: // i64.le_s; br_if l
                            sp -= 2;
                            pc = stack[sp] <= stack[sp + 1] ? code[pc + 2] : pc + 5;
                            break;
                        case Op.I64_GE_S_BR_IF: // i64.ge_s; br_if l
                            sp -= 2;
                            pc = stack[sp] >= stack[sp + 1] ? code[pc + 2] : pc + 5;
                            break;
                        case Op.I32_CONST_I32_NE_BR_IF: // i32.const c; i32.ne; br_if l (its target at pc + 4)
                            pc = (int) stack[--sp] != code[pc + 1] ? code[pc + 4] : pc + 7;
                            break;

                        default:
                            throw new IllegalStateException("no operation " + code[pc] + " at " + pc);
                    }
                    continue; // the next instruction, in the same frame
                }
                // a call or a return changed the top frame, and a call may have grown the stack
                stack = this.stack;
                sp = this.sp;
                pc = this.pc;
                fp = this.fp;
                code = this.code;
                cur = this.cur;
                module = cur.module;
                mem = cur.memory;
            }
        } catch (Trap t) {
            this.pc = pc;
            this.sp = sp;
            this.trap = positioned(t, cur, pc);
            detach();
            throw this.trap;
        } catch (RuntimeException e) {
            return stopped(e, cur, pc);
        }
    }

    /**
     * Why the loop stopped when {@code e} left it at code position {@code at} of {@code c}: a pause or a stop at
     * a throw; anything else goes on up, its position kept for {@link #failure}.
     */
    private Status stopped(RuntimeException e, Code c, int at) {
        if (e == PAUSE) {
            return Status.PAUSED; // call() left the fields at the callee's (or host call's) continuation
        }
        if (e == THROW_STOP) {
            return Status.THROWING;
        }
        failedCode = c;
        failedPc = at;
        throw e;
    }

    /**
     * A branch's operand move (spec 4.4.8, br: the label's arity of values kept, those below them down to
     * the label's height dropped): the top {@code keep} slots go to slot {@code to}; returns the new sp.
     */
    static int moveTop(long[] stack, int sp, int to, int keep) {
        if (keep == 1) {
            stack[to] = stack[sp - 1];
        } else if (keep > 0) {
            System.arraycopy(stack, sp - keep, stack, to, keep);
        }
        return to + keep;
    }
}
