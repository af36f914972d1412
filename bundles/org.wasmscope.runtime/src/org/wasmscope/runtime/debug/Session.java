package org.wasmscope.runtime.debug;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.wasmscope.runtime.ThrownException;
import org.wasmscope.runtime.Trap;
import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.dwarf.DebugInfo;
import org.wasmscope.runtime.embedding.Wasm;
import org.wasmscope.runtime.exec.Code;
import org.wasmscope.runtime.exec.Machine;
import org.wasmscope.runtime.store.ExnInst;
import org.wasmscope.runtime.store.FuncInst;
import org.wasmscope.runtime.store.ModuleInst;
import org.wasmscope.runtime.store.Store;
import org.wasmscope.runtime.syntax.ExternKind;
import org.wasmscope.runtime.syntax.Import;
import org.wasmscope.runtime.syntax.ValType;

/**
 * A debuggable execution of one invocation (spec 4.5.5, invoking a function) on a {@link Machine}: step
 * into, step over, step out, resume, pause, terminate; breakpoints; a {@link Snapshot} of stack, labels
 * and frames at every suspension; the store through {@link #store()}; writes of locals, operands, globals
 * and memory while suspended.
 *
 * <h2>Threads</h2>
 * The session executes on a thread of its own ({@code wasmscope-session-N}, a daemon), started by
 * {@link #start} and ending when the session is {@link SessionState#TERMINATED}. Every public method may
 * be called from any thread. The control methods ({@link #stepInto()}, {@link #stepOver()},
 * {@link #stepOut()}, {@link #resume()}, {@link #pause()}, {@link #terminate()}) do not wait: a step or
 * resume sets the state to {@link SessionState#RUNNING} before it returns and hands the work to the
 * session's thread; a caller that wants to wait uses {@link #awaitSuspended} / {@link #awaitTerminated}.
 * Listeners are called one at a time, in the order of the changes they report, never under the session's
 * lock: on the session's thread, except while it waits in a host function (below), when a pause, the
 * resume from it or a terminate is reported on the thread that asked for it. {@link Snapshot}s are immutable. Writes
 * ({@link #setLocal}, {@link #setStackEntry}, the store views' setters) are accepted only while
 * {@link SessionState#SUSPENDED} (else {@link IllegalStateException}), and are ordered before the next
 * step by the session's lock. Call {@link #terminate()} when done with a session: a suspended session's
 * thread waits for the next command.
 *
 * <h2>Pausing and cost</h2>
 * {@link #pause()} sets the machine's pause flag, which it reads every few thousand loop iterations or
 * calls: a tight loop stops within microseconds. Execution between suspensions runs the interpreter's
 * normal code (breakpoints are patched into function code, see {@link Breakpoint}), so a debug run costs
 * about what a plain run costs; the work of a suspension (snapshot, {@link Changes}) is done only then.
 * Wasm code that a host function runs on a machine of its own (re-entrance) is not observed.
 *
 * <h2>Waiting in a host function</h2>
 * A host function may block (WASI's {@code fd_read} waiting for input, {@code poll_oneoff} sleeping). A pause
 * then suspends at once with {@link SuspendReason.Waiting}: the top frame stands at the call, its arguments on
 * the operand stack, while the call goes on blocking on the session's thread. {@link #resume()} goes on
 * waiting; {@link #stepOver()} (or {@link #stepInto()}) waits for the call to return and stops right after it;
 * {@link #stepOut()} is refused, and so are writes, since the host function may still write memory. If the
 * call returns while suspended, the session suspends again right after it ({@link SuspendReason.Pause}).
 * {@link #terminate()} ends the session at once and interrupts the call.
 *
 * <h2>Source level</h2>
 * Where a module carries DWARF debug information ({@link #debugInfo}), {@link #breakAtSourceLine} sets
 * breakpoints on lines of its C (or other) source files, {@link #setLineStepping} makes steps go by source
 * line ({@link LineStepper}: a run of instruction steps, checked against the line table after each), and
 * {@link SourceFrame#of} gives the C frames of a snapshot's frame with their variables.
 *
 * <h2>Ends</h2>
 * A trap suspends at the trapping instruction ({@link SuspendReason.Trapped}) unless
 * {@link #setSuspendOnTrap} turned that off; the invocation returning suspends with
 * {@link SuspendReason.Done}. From both, any step or resume terminates. An exception that no handler
 * catches suspends at its throw ({@link SuspendReason.Thrown}, not caught) as a trap does; with
 * {@link #setSuspendOnException} at {@link OnException#ALL}, so does each caught one, before unwinding.
 * {@link #trap()}, {@link #exception()}, {@link #results()} and {@link #failure()} (a host function's
 * exception, e.g. WASI's {@code proc_exit}, or the runtime's failure) tell how it ended.
 */
public final class Session {
    /**
     * Which thrown exceptions suspend the session at their throw: {@code exception} (its tag's store address
     * and its payload), which a handler catches ({@code caught}) or not, suspends if this says so; asked once
     * per throw. One that does not suspend is unwound to its handler, or, uncaught, ends the session at once.
     */
    @FunctionalInterface
    public interface ExceptionFilter {
        boolean suspendsAt(ExceptionView exception, boolean caught);

        /**
         * Whether any caught exception may suspend: if not, the machine need not stop at caught throws to
         * ask (which makes each throw slower).
         */
        default boolean mayStopCaught() {
            return true;
        }
    }

    /** The usual {@link ExceptionFilter}s, whatever the tag. */
    public enum OnException implements ExceptionFilter {
        /** None: an uncaught one ends the session at once. */
        NEVER,
        /** Those no handler catches (the default), as traps do. */
        UNCAUGHT,
        /** Every one, before unwinding to its handler. */
        ALL;

        @Override
        public boolean suspendsAt(ExceptionView exception, boolean caught) {
            return this == ALL || this == UNCAUGHT && !caught;
        }

        @Override
        public boolean mayStopCaught() {
            return this == ALL;
        }
    }

    private static final AtomicInteger THREADS = new AtomicInteger();

    private final Store store;
    private final Machine machine;
    private final StoreView storeView;
    private final SnapshotReader builder = new SnapshotReader();
    private final ChangeTracker tracker;
    private final List<SessionListener> listeners = new CopyOnWriteArrayList<>();
    private final BreakpointTable breakpoints = new BreakpointTable();
    /** Listener calls to make, in the order of the changes they report. Guarded by lock. */
    private final Deque<Consumer<SessionListener>> events = new ArrayDeque<>();
    /** Whether a thread is making the listener calls (one at a time, to keep their order). Guarded by lock. */
    private boolean delivering;

    private final Object lock = new Object();
    private SessionState state = SessionState.NEW;
    private SuspendReason reason;
    private Snapshot snapshot;
    private int sequence;
    /** The next thing the session's thread does; null while it has nothing to do. */
    private Action pending;
    private boolean terminateRequested;
    /**
     * Set when a session waiting in a host function was resumed after the call had returned but before the
     * pause asked for during the call took effect: that pause is passed over. Guarded by lock.
     */
    private boolean passOverPause;
    /**
     * A step asked for while waiting in a host function: the pause that ends the wait is that step's end.
     * Guarded by lock.
     */
    private Action stepFromWait;
    private volatile boolean suspendOnTrap = true;
    private volatile ExceptionFilter onException = OnException.UNCAUGHT;
    private volatile boolean lineStepping;
    /** A pause or terminate asked for while a line step runs instruction by instruction. */
    private volatile boolean stopRequested;
    private Thread thread;
    private FuncInst entry;
    private Value[] args;
    private boolean suspendAtEntry;
    private Value[] results;
    private Trap trap;
    private ThrownException exception;
    private RuntimeException failure;

    public Session(Store store) {
        this.store = store;
        this.machine = new Machine(store);
        this.storeView = new StoreView(store, this);
        this.tracker = new ChangeTracker(store);
    }

    // ---------------------------------------------------------------- starting

    /**
     * Starts invoking {@code f} with {@code args} on the session's thread: suspended before its first
     * instruction ({@link SuspendReason.Entry}) if {@code suspendAtEntry}, else running. Breakpoints may be
     * set before.
     *
     * @throws IllegalArgumentException if the arguments do not match the function's parameters
     */
    public void start(FuncInst f, boolean suspendAtEntry, Value... args) {
        Machine.checkArguments(f, args); // on the caller's thread, which gets the exception
        synchronized (lock) {
            if (state != SessionState.NEW) {
                throw new IllegalStateException("already started");
            }
            this.entry = f;
            this.args = args.clone();
            this.suspendAtEntry = suspendAtEntry;
            state = suspendAtEntry ? SessionState.NEW : SessionState.RUNNING;
            thread = new Thread(this::work, "wasmscope-session-" + THREADS.incrementAndGet());
            thread.setDaemon(true);
            thread.start();
        }
        if (suspendAtEntry) { // the entry suspension is a frame push away: let callers step at once
            try {
                awaitSuspended(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Starts invoking the function {@code inst} exports as {@code export}; see {@link #start(FuncInst, boolean, Value...)}. */
    public void start(ModuleInst inst, String export, boolean suspendAtEntry, Value... args) {
        start(Wasm.exportedFunc(inst, export), suspendAtEntry, args);
    }

    public void addListener(SessionListener l) {
        listeners.add(l);
    }

    public void removeListener(SessionListener l) {
        listeners.remove(l);
    }

    // ---------------------------------------------------------------- control

    /** Executes one instruction; a call stops before the callee's first instruction. */
    public void stepInto() {
        command(Action.STEP_INTO);
    }

    /**
     * Executes one instruction of the current function; a call runs to its return (or a breakpoint). A tail
     * call ({@code return_call} ...) replaces the current function's frame, so it stops before the callee's
     * first instruction, as a step into does.
     */
    public void stepOver() {
        command(Action.STEP_OVER);
    }

    /**
     * Runs until the current function has returned, stopping in the caller after the call (or at a breakpoint);
     * for a function entered by a tail call, in the caller of the function it replaced.
     */
    public void stepOut() {
        command(Action.STEP_OUT);
    }

    /** Runs until a breakpoint, a trap, a pause, or the invocation's return. */
    public void resume() {
        command(Action.RESUME);
    }

    private void command(Action a) {
        synchronized (lock) {
            if (state != SessionState.SUSPENDED) {
                throw new IllegalStateException("not suspended: " + state);
            }
            if (reason instanceof SuspendReason.Waiting w) {
                // the session's thread still runs the call: let it go on
                switch (a) {
                    case RESUME -> passOverPause = !machine.inHostCall(f -> machine.cancelPause()); // without the pause
                    case STEP_INTO, STEP_OVER -> stepFromWait = a; // the pause stays: it stops right after the call
                    case STEP_OUT -> throw new IllegalStateException("waiting in " + w.name()
                            + ": resume, or step over the call");
                }
                state = SessionState.RUNNING;
                reason = null;
                post(l -> l.resumed(this, a));
                lock.notifyAll();
            } else {
                state = SessionState.RUNNING;
                reason = null;
                pending = a;
                lock.notifyAll();
            }
        }
        deliver();
    }

    /**
     * Asks a running session to suspend ({@link SuspendReason.Pause}); nothing happens unless it runs. If it is
     * calling a host function, it suspends at once, waiting in that call ({@link SuspendReason.Waiting}).
     */
    public void pause() {
        synchronized (lock) {
            if (state == SessionState.RUNNING) {
                stopRequested = true;
                machine.requestPause();
                passOverPause = false; // a pause still to come from a resumed wait: now it is this one
                stepFromWait = null;
                machine.inHostCall(f -> enterSuspension(new SuspendReason.Waiting(f, hostName(f))));
            }
        }
        deliver();
    }

    /** The name the top frame's module imports host function {@code f} by (e.g. {@code fd_read}). */
    private String hostName(FuncInst f) {
        ModuleInst m = machine.frameCode(machine.depth() - 1).func.module;
        int funcImport = 0;
        for (Import im : m.module.imports) {
            if (im.kind() == ExternKind.FUNC) {
                if (m.funcs[funcImport] == f) {
                    return im.name();
                }
                funcImport++;
            }
        }
        return Snapshot.functionName(f);
    }

    /**
     * Ends the session: a running one stops as quickly as a pause; one in a host function's call ends at once,
     * the call interrupted; idempotent.
     */
    public void terminate() {
        synchronized (lock) {
            terminateRequested = true;
            switch (state) {
                case NEW -> {
                    if (thread == null) {
                        state = SessionState.TERMINATED;
                    }
                }
                case RUNNING, SUSPENDED -> {
                    stopRequested = true;
                    machine.requestPause();
                    if (machine.inHostCall(f -> machine.interruptHostCall())) {
                        enterTermination(); // the call may not return soon; the thread ends when it does
                    }
                }
                default -> {
                }
            }
            lock.notifyAll();
        }
        deliver();
    }

    /**
     * Waits until the session is not running (suspended or terminated) or {@code timeout} passed; returns
     * the state then.
     */
    public SessionState awaitSuspended(Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (state == SessionState.RUNNING || (state == SessionState.NEW && thread != null)) {
                long left = end - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                lock.wait(Math.max(1, left / 1_000_000));
            }
            return state;
        }
    }

    /** Waits until the session is terminated and its thread has ended, or {@code timeout} passed; true if so. */
    public boolean awaitTerminated(Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        Thread t;
        synchronized (lock) {
            while (state != SessionState.TERMINATED) {
                long left = end - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                lock.wait(Math.max(1, left / 1_000_000));
            }
            t = thread;
        }
        if (t != null) {
            t.join(Math.max(1, (end - System.nanoTime()) / 1_000_000));
            return !t.isAlive();
        }
        return true;
    }

    // ---------------------------------------------------------------- state

    public SessionState state() {
        synchronized (lock) {
            return state;
        }
    }

    /** Why the session is suspended; null unless it is. */
    public SuspendReason reason() {
        synchronized (lock) {
            return reason;
        }
    }

    /** The machine's state at the current suspension (or the last one, once running or terminated); null before the first. */
    public Snapshot snapshot() {
        synchronized (lock) {
            return snapshot;
        }
    }

    /** The store, live. */
    public StoreView store() {
        return storeView;
    }

    /** The invoked function's results once it returned, else null. */
    public List<Value> results() {
        synchronized (lock) {
            return results == null ? null : List.of(results);
        }
    }

    /** The trap execution ended with, or null. */
    public Trap trap() {
        synchronized (lock) {
            return trap;
        }
    }

    /** The WebAssembly exception that no handler caught, which ended execution; or null. */
    public ThrownException exception() {
        synchronized (lock) {
            return exception;
        }
    }

    /**
     * An exception other than a trap that ended execution, or null: a host function's (e.g. WASI's
     * {@code proc_exit}), or the runtime's own failure as an {@link org.wasmscope.runtime.InternalException}
     * at the instruction that was executing.
     */
    public RuntimeException failure() {
        synchronized (lock) {
            return failure;
        }
    }

    /** The invoked function (null before {@link #start}). */
    public FuncInst entry() {
        return entry;
    }

    // ---------------------------------------------------------------- writes while suspended

    /** Sets local {@code local} of frame {@code frame} (the debugger's "change value"). */
    public void setLocal(int frame, int local, Value v) {
        whileSuspended(() -> {
            requireFrames();
            Frame f = snapshot.frames().get(frame);
            Local l = f.locals().get(local);
            requireType(l.type(), v);
            writeSlots(frame, f.function().code.localSlot[local], v);
        });
    }

    /** Sets operand stack entry {@code index} of the {@link Snapshot#stack()} to {@code v} of the same type. */
    public void setStackEntry(int index, Value v) {
        whileSuspended(() -> {
            requireFrames();
            StackEntry e = snapshot.stack().get(index);
            requireType(e.value().type(), v);
            Frame f = snapshot.frames().get(e.frameIndex());
            int slot = Code.of(f.function()).localSlots();
            for (StackEntry below : snapshot.stackOf(f.index())) {
                if (below.index() == index) {
                    break;
                }
                slot += below.value().type() == ValType.V128 ? 2 : 1;
            }
            writeSlots(e.frameIndex(), slot, v);
        });
    }

    private void requireFrames() {
        if (machine.isDone() || machine.depth() == 0) {
            throw new IllegalStateException("the invocation has returned: no frames");
        }
    }

    private void writeSlots(int frame, int slot, Value v) {
        machine.setFrameSlot(frame, slot, v.bits());
        if (v.type() == ValType.V128) {
            machine.setFrameSlot(frame, slot + 1, v.high());
        }
    }

    private static void requireType(ValType t, Value v) {
        if (v.type() != t) {
            throw new IllegalArgumentException("not a " + t + ": " + v);
        }
    }

    /** Runs a write while suspended, then refreshes the snapshot (same sequence, same baseline for changes). */
    void whileSuspended(Runnable write) {
        synchronized (lock) {
            if (state != SessionState.SUSPENDED) {
                throw new IllegalStateException("writes need a suspended session, not " + state);
            }
            if (reason instanceof SuspendReason.Waiting w) {
                throw new IllegalStateException("the machine is waiting in " + w.name() + ", which may write too");
            }
            write.run();
            if (!machine.isDone() && machine.depth() > 0) {
                Snapshot s = builder.read(machine, sequence);
                snapshot = new Snapshot(sequence, s.frames(), s.stack(), tracker.diff(s));
            }
        }
    }

    /** What {@code read} gives, read while suspended (the machine cannot start meanwhile); else {@code otherwise}. */
    <T> T whileSuspendedOr(Supplier<T> read, T otherwise) {
        synchronized (lock) {
            return state == SessionState.SUSPENDED ? read.get() : otherwise;
        }
    }

    // ---------------------------------------------------------------- breakpoints

    /** A breakpoint before instruction {@code instrIndex} of module function {@code f}'s body. */
    public Breakpoint breakAt(FuncInst f, int instrIndex) {
        requireBody(f);
        if (instrIndex < 0 || instrIndex >= f.func.body.length) {
            throw new IllegalArgumentException("no instruction " + instrIndex + " in " + Snapshot.functionName(f));
        }
        return add(new Breakpoint(Breakpoint.Kind.INSTRUCTION, List.of(new Breakpoint.Location(f, instrIndex)), 0,
                f.func.body[instrIndex].line));
    }

    /** A breakpoint on every call of {@code f}: before its first instruction. */
    public Breakpoint breakOnEntry(FuncInst f) {
        requireBody(f);
        return add(new Breakpoint(Breakpoint.Kind.ENTRY, List.of(new Breakpoint.Location(f, 0)), 0,
                f.func.body[0].line));
    }

    /**
     * A breakpoint at {@code .wat} source line {@code line} of module instance {@code m} (see
     * {@link Breakpoint#line()} for a line without code).
     *
     * @throws IllegalArgumentException if no instruction lies on or after that line
     */
    public Breakpoint breakAtLine(ModuleInst m, int line) {
        int at = LineMap.resolve(m, line);
        if (at < 0) {
            throw new IllegalArgumentException("no code on or after line " + line);
        }
        return add(new Breakpoint(Breakpoint.Kind.LINE, LineMap.locations(m, at), line, at));
    }

    /**
     * A breakpoint on source line {@code line} of {@code file} (a C file named by the DWARF line table of
     * {@code m}'s module, matched by path suffix, see {@link DebugInfo#sameFile}): at each entry into the
     * line's code, in every function and inlined copy; a line without code inside a function goes to the
     * function's next line with code ({@link DebugInfo#resolveLine}).
     *
     * @throws IllegalArgumentException if no code will run for that line of the file (the module's line table
     *         does not name the file, or the line lies outside every function)
     */
    public Breakpoint breakAtSourceLine(ModuleInst m, String file, int line) {
        DebugInfo info = debugInfo(m);
        int at = info.resolveLine(file, line);
        List<Breakpoint.Location> locations = new ArrayList<>();
        if (at >= 0) {
            for (long address : info.lineEntries(file, at)) {
                int[] place = info.instructionAt(address);
                FuncInst f = place == null ? null : definedFunction(m, place[0]);
                if (f != null) {
                    locations.add(new Breakpoint.Location(f, place[1]));
                }
            }
        }
        if (locations.isEmpty()) {
            throw new IllegalArgumentException("no code at line " + line + " of " + file);
        }
        return add(new Breakpoint(Breakpoint.Kind.LINE, locations, line, at, file));
    }

    /** The function instance of {@code m}'s {@code i}-th defined function. */
    private static FuncInst definedFunction(ModuleInst m, int i) {
        int index = m.module.importCount(ExternKind.FUNC) + i;
        return index < m.funcs.length ? m.funcs[index] : null;
    }

    private static void requireBody(FuncInst f) {
        if (f.isHost()) {
            throw new IllegalArgumentException("a host function has no instructions");
        }
    }

    private Breakpoint add(Breakpoint b) {
        synchronized (lock) {
            breakpoints.add(b);
        }
        return b;
    }

    /** Removes a breakpoint of this session. */
    public void remove(Breakpoint b) {
        synchronized (lock) {
            breakpoints.remove(b);
        }
    }

    public void setEnabled(Breakpoint b, boolean on) {
        synchronized (lock) {
            breakpoints.setEnabled(b, on);
        }
    }

    public List<Breakpoint> breakpoints() {
        synchronized (lock) {
            return breakpoints.all();
        }
    }

    /**
     * Which thrown exceptions suspend the session at their throw (default {@link OnException#UNCAUGHT}); may
     * change while suspended (e.g. when a debugger's exception breakpoints change).
     */
    public void setSuspendOnException(ExceptionFilter on) {
        onException = on;
        machine.setStopOnCaughtThrow(on.mayStopCaught());
    }

    /**
     * Where the exception that the top frame's {@code throw} or {@code throw_ref} throws (or, at a
     * {@link SuspendReason.Thrown}, has thrown) will be caught; null if it is not at one, if no handler
     * catches it, or for a {@code throw_ref} of null (which traps).
     */
    public CatchSite catchSite() {
        Snapshot s = snapshot();
        Frame top = s == null ? null : s.top();
        if (top == null) {
            return null;
        }
        int tag = switch (top.instr().op) {
            case THROW -> top.module().tags[top.instr().x].address;
            case THROW_REF -> {
                List<StackEntry> operands = s.stackOf(top.index());
                Value exn = operands.isEmpty() ? null : operands.get(operands.size() - 1).value();
                yield exn == null || exn.isNull() ? -1 : store.exception(exn.bits()).tag.address;
            }
            default -> -1;
        };
        return tag < 0 ? null : s.catchSite(tag);
    }

    /**
     * Whether steps go by source line (DWARF line table) where the top frame's code has one: step over a
     * line, into a call, out to the caller's line (see {@link LineStepper}); else, and by default, by
     * instruction. Takes effect at the next step.
     */
    public void setLineStepping(boolean on) {
        lineStepping = on;
    }

    public boolean isLineStepping() {
        return lineStepping;
    }

    /** The DWARF debug information of {@code m}'s module (read once, {@link DebugInfo#of}; empty without DWARF). */
    public DebugInfo debugInfo(ModuleInst m) {
        return DebugInfo.of(m.module);
    }

    /** Whether a trap suspends (default) or ends the session at once. */
    public void setSuspendOnTrap(boolean on) {
        suspendOnTrap = on;
    }

    // ---------------------------------------------------------------- the session's thread

    private void work() {
        try {
            Action first;
            synchronized (lock) {
                first = suspendAtEntry ? null : Action.RESUME;
            }
            if (!begin()) {
                return;
            }
            if (machine.isDone()) {
                // a host function: begin() suspended with its results
            } else if (first == null) {
                suspend(new SuspendReason.Entry());
            } else {
                tracker.leave(builder.read(machine, 0));
                fire(first);
                SuspendReason h = atBreakpoint() ? hit() : null; // resume() would run past it
                if (h != null) {
                    suspend(h);
                } else {
                    execute(first);
                }
            }
            for (;;) {
                Action a;
                synchronized (lock) {
                    while (pending == null && !terminateRequested) {
                        lock.wait();
                    }
                    if (terminateRequested) {
                        return;
                    }
                    a = pending;
                    pending = null;
                }
                if (machine.isDone() || machine.trap() != null || machine.uncaught() != null) {
                    return; // stepping on from the end: done
                }
                synchronized (lock) { // on this thread: copying memory must not hold up the caller
                    tracker.leave(snapshot);
                }
                fire(a);
                execute(a);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) { // a bug or resource exhaustion: end, and tell why
            synchronized (lock) {
                failure = e instanceof RuntimeException r ? r : new IllegalStateException("session failed: " + e, e);
            }
        } finally {
            end();
        }
    }

    /** Pushes the invoked function's frame; false if that already ended it (a host function, a failure). */
    private boolean begin() {
        try {
            machine.start(entry, args);
            if (machine.isDone()) {
                synchronized (lock) {
                    results = machine.results();
                }
                suspend(new SuspendReason.Done(List.of(machine.results())));
            }
            return true;
        } catch (Trap t) {
            synchronized (lock) {
                trap = t;
            }
            return false;
        } catch (RuntimeException e) {
            synchronized (lock) {
                failure = machine.failure(e);
            }
            return false;
        }
    }

    /** Runs the machine for {@code a} until this session has a reason to suspend. */
    private void execute(Action a) {
        LineStepper lines = lineStepping && a != Action.RESUME ? LineStepper.start(machine, this::debugInfo, a) : null;
        int stopDepth = lines != null ? lines.stopDepth() : switch (a) {
            case STEP_INTO -> Integer.MAX_VALUE;
            case STEP_OVER -> machine.depth();
            case STEP_OUT -> machine.depth() - 1;
            case RESUME -> 0;
        };
        try {
            for (;;) {
                Machine.Status s = machine.resume(stopDepth);
                if (s == Machine.Status.STEPPED && lines != null && !stopRequested && !lines.stopHere()) {
                    stopDepth = lines.stopDepth();
                    continue; // the source line's step goes on, an instruction at a time
                }
                if (s == Machine.Status.STEPPED && lines != null && stopRequested) {
                    s = Machine.Status.PAUSED;
                }
                switch (s) {
                    case DONE -> {
                        synchronized (lock) {
                            results = machine.results();
                        }
                        suspend(new SuspendReason.Done(List.of(machine.results())));
                        return;
                    }
                    case STEPPED -> {
                        suspend(new SuspendReason.Step(a));
                        return;
                    }
                    case PAUSED -> {
                        synchronized (lock) {
                            if (terminateRequested) {
                                return;
                            }
                            if (passOverPause) { // asked for in a host call that was resumed as it returned
                                passOverPause = false;
                                continue;
                            }
                            // under the lock: a resume from a wait in a host call decides before or after this
                            SuspendReason h = atBreakpoint() ? hit() : null; // paused right before one of ours
                            machine.cancelPause();
                            SuspendReason paused = stepFromWait != null ? new SuspendReason.Step(stepFromWait)
                                    : new SuspendReason.Pause();
                            enterSuspension(h != null ? h : paused);
                        }
                        deliver();
                        return;
                    }
                    case THROWING -> {
                        ExnInst e = machine.throwing();
                        ExceptionView thrown = ExceptionView.of(e);
                        if (onException.suspendsAt(thrown, true)) {
                            suspend(thrown(thrown, true));
                            return;
                        }
                        // not one to suspend at: unwind to its handler and go on with the same step
                    }
                    case BREAKPOINT -> {
                        SuspendReason hit = hit();
                        if (hit != null) {
                            suspend(hit);
                            return;
                        }
                        // not ours, ignored or disabled: go on with the same step
                    }
                }
            }
        } catch (Trap t) {
            synchronized (lock) {
                trap = t;
            }
            if (suspendOnTrap) {
                suspend(new SuspendReason.Trapped(t.getMessage(), t));
            } else {
                terminate();
            }
        } catch (ThrownException e) {
            synchronized (lock) {
                exception = e;
            }
            ExceptionView thrown = ExceptionView.of(store.exception(e.exception));
            if (onException.suspendsAt(thrown, false)) {
                suspend(thrown(thrown, false));
            } else {
                terminate();
            }
        } catch (RuntimeException e) {
            synchronized (lock) {
                failure = machine.failure(e);
            }
            terminate();
        }
    }

    /** The reason to suspend at the throw the top frame stands at. */
    private SuspendReason thrown(ExceptionView e, boolean caught) {
        int k = machine.depth() - 1;
        return new SuspendReason.Thrown(e, machine.frameCode(k).func, machine.frameInstr(k), caught);
    }

    /** Whether a breakpoint patch stands before the top frame's next instruction. */
    private boolean atBreakpoint() {
        int k = machine.depth() - 1;
        return k >= 0 && machine.frameCode(k).hasBreakpoint(machine.frameInstr(k));
    }

    /** Counts the hits of this session's breakpoints at the top frame's position; the reason to suspend, or null. */
    private SuspendReason hit() {
        int k = machine.depth() - 1;
        synchronized (lock) {
            return breakpoints.hit(machine.frameCode(k).func, machine.frameInstr(k));
        }
    }

    private void suspend(SuspendReason why) {
        synchronized (lock) {
            if (state == SessionState.TERMINATED) { // terminated while in a host call, which has returned now
                return;
            }
            machine.cancelPause(); // a pause that came too late for the run that just ended
            enterSuspension(why);
        }
        deliver();
    }

    /** Takes the snapshot and suspends for {@code why}; under the lock (on the session's thread, or in a host call). */
    private void enterSuspension(SuspendReason why) {
        stopRequested = false;
        sequence++;
        Snapshot raw = builder.read(machine, sequence);
        if (!tracker.hasBaseline()) { // the first suspension: writes made now are changes against it
            tracker.leave(raw);
        }
        Snapshot s = new Snapshot(sequence, raw.frames(), raw.stack(), tracker.diff(raw));
        snapshot = s;
        reason = why;
        state = SessionState.SUSPENDED;
        passOverPause = false; // a pause of a wait whose call ended otherwise (returned the invocation, trapped)
        stepFromWait = null;
        post(l -> l.suspended(this, why, s));
        lock.notifyAll();
    }

    private void fire(Action a) {
        synchronized (lock) {
            post(l -> l.resumed(this, a));
        }
        deliver();
    }

    private void end() {
        synchronized (lock) {
            if (state != SessionState.TERMINATED) {
                enterTermination();
            }
        }
        deliver();
    }

    /** Ends the session; under the lock. */
    private void enterTermination() {
        breakpoints.disarmAll();
        state = SessionState.TERMINATED;
        reason = null;
        pending = null;
        post(l -> l.terminated(this));
        lock.notifyAll();
    }

    /** Queues a listener call; under the lock. {@link #deliver()} makes it. */
    private void post(Consumer<SessionListener> event) {
        events.add(event);
    }

    /** Makes the queued listener calls in order, unless another thread is making them; never under the lock. */
    private void deliver() {
        synchronized (lock) {
            if (delivering) {
                return;
            }
            delivering = true;
        }
        boolean done = false;
        try {
            for (;;) {
                Consumer<SessionListener> event;
                synchronized (lock) {
                    event = events.poll();
                    if (event == null) {
                        delivering = false;
                        done = true;
                        return;
                    }
                }
                for (SessionListener l : listeners) {
                    event.accept(l);
                }
            }
        } finally {
            if (!done) { // a listener failed: let the next caller go on with the rest
                synchronized (lock) {
                    delivering = false;
                }
            }
        }
    }
}
