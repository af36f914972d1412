package org.wasmscope.debug.core.model;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IMarkerDelta;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.IBreakpointManager;
import org.eclipse.debug.core.IBreakpointManagerListener;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.debug.core.model.IDebugTarget;
import org.eclipse.debug.core.model.IMemoryBlock;
import org.eclipse.debug.core.model.IMemoryBlockExtension;
import org.eclipse.debug.core.model.IMemoryBlockRetrievalExtension;
import org.eclipse.debug.core.model.IProcess;
import org.eclipse.debug.core.model.IThread;
import org.wasmscope.debug.core.breakpoints.MarkerLineBreakpoint;
import org.wasmscope.debug.core.breakpoints.WasmExceptionBreakpoint;
import org.wasmscope.debug.core.breakpoints.WasmFunctionBreakpoint;
import org.wasmscope.debug.core.breakpoints.SourceLineBreakpoint;
import org.wasmscope.debug.core.breakpoints.WasmInstructionBreakpoint;
import org.wasmscope.debug.core.breakpoints.WasmLineBreakpoint;
import org.wasmscope.debug.core.launching.LaunchSetup;
import org.wasmscope.debug.core.launching.LaunchTarget;
import org.wasmscope.debug.core.launching.ProcessStreams;
import org.wasmscope.debug.core.launching.WasmLaunchConstants;
import org.wasmscope.debug.core.launching.WasmProcess;
import org.wasmscope.debug.core.sourcelookup.Disassembly;
import org.wasmscope.runtime.debug.Action;
import org.wasmscope.runtime.debug.Breakpoint;
import org.wasmscope.runtime.debug.ExceptionView;
import org.wasmscope.runtime.debug.MemoryView;
import org.wasmscope.runtime.debug.Session;
import org.wasmscope.runtime.debug.SessionListener;
import org.wasmscope.runtime.debug.Snapshot;
import org.wasmscope.runtime.debug.SuspendReason;
import org.wasmscope.runtime.dwarf.DebugInfo;
import org.wasmscope.runtime.embedding.Wasm;
import org.wasmscope.runtime.store.FuncInst;
import org.wasmscope.runtime.store.ModuleInst;
import org.wasmscope.runtime.store.TagInst;
import org.wasmscope.runtime.syntax.ValType;
import org.wasmscope.runtime.text.ValueParser;

/**
 * A debug-mode launch: the module set up by a {@link LaunchSetup} as in run mode, then its start function
 * (if any) and its entry point each invoked on a runtime {@link Session}, which runs on its own thread.
 * The target relays the session's suspensions as debug events, keeps the workspace's breakpoints of the
 * module installed in the session, and serves the module's linear memory to the Memory view.
 *
 * <p>Output goes to a {@link WasmProcess} as in run mode: the print functions' lines, the results
 * ({@code i64:3628800}), a trap as {@code trap: MESSAGE}. A trap suspends (unless the launch turned that
 * off) at the trapping instruction; resuming then ends the run.
 */
public final class WasmDebugTarget extends WasmDebugElement
        implements IDebugTarget, IMemoryBlockRetrievalExtension, IBreakpointManagerListener {

    /** An optional {@code memN:} prefix naming the module's memory index, then the address. */
    private static final Pattern MEMORY_ADDRESS = Pattern.compile("\\s*(?:mem\\s*(\\d+)\\s*:)?\\s*(\\S+)\\s*");

    private final ILaunch launch;
    private final LaunchTarget target;
    private final boolean suspendOnTrap;
    private final boolean stopAtEntry;
    /** Whether the code instantiation executes starts suspended before its first instruction. */
    private final boolean stopAtInstantiation;
    private final String label;
    private final ProcessStreams streams = new ProcessStreams();
    private final LaunchSetup setup;
    private final WasmProcess process;
    private final WasmThread thread;
    private final Deque<LaunchSetup.Invocation> invocations = new ArrayDeque<>();
    private final Map<IBreakpoint, Breakpoint> installed = new HashMap<>();
    /** The source line breakpoints this run showed as installed or unresolved, cleared when it ends. */
    private final java.util.Set<SourceLineBreakpoint> marked = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final SessionListener listener = new Listener();
    /** Each exception breakpoint's hits in this launch: throws it matched, counted on the session's thread. */
    private final Map<WasmExceptionBreakpoint, Integer> exceptionHits = new HashMap<>();
    /** The exception breakpoint that suspends at the current throw, or null; set when the session asks. */
    private volatile WasmExceptionBreakpoint exceptionHit;
    /** Whether an uncaught exception was reported where it suspended. */
    private volatile boolean exceptionPrinted;
    private Disassembly disassembly;
    private volatile Session session;
    private boolean terminated;

    private WasmDebugTarget(ILaunch launch, LaunchTarget target, boolean suspendOnTrap, boolean stopAtEntry,
            boolean stopAtInstantiation, String label) {
        super(null);
        this.launch = launch;
        this.target = target;
        this.suspendOnTrap = suspendOnTrap;
        this.stopAtEntry = stopAtEntry;
        this.stopAtInstantiation = stopAtInstantiation;
        this.label = label;
        this.setup = new LaunchSetup(target, streams, target.limits().untimed()); // paused time is no run time
        this.process = new WasmProcess(launch, label, streams, this::terminateQuietly);
        this.thread = new WasmThread(this, label);
    }

    /**
     * Starts debugging {@code target} in {@code launch}, suspended before the entry point's first instruction if
     * {@code stopAtEntry}, before the first instruction of instantiation's code if {@code stopAtInstantiation};
     * returns at once, the session runs on its own thread.
     */
    public static WasmDebugTarget start(LaunchTarget target, ILaunch launch, boolean suspendOnTrap, boolean stopAtEntry,
            boolean stopAtInstantiation, String label) {
        WasmDebugTarget t = new WasmDebugTarget(launch, target, suspendOnTrap, stopAtEntry, stopAtInstantiation, label);
        launch.addDebugTarget(t);
        t.fireCreationEvent();
        t.begin();
        return t;
    }

    @Override
    public IDebugTarget getDebugTarget() {
        return this;
    }

    @Override
    public ILaunch getLaunch() {
        return launch;
    }

    /** The session of the invocation being debugged (instantiation's code, then the entry point's). */
    public Session session() {
        return session;
    }

    /** Project-relative path of the module file: the source of every frame. */
    String sourceName() {
        return target.file().getProjectRelativePath().toString();
    }

    /** The listing frames of a binary module point into; null for a text module. */
    Disassembly disassembly() {
        return disassembly;
    }

    // ---------------------------------------------------------------- starting

    private void begin() {
        try {
            if (isBinary()) {
                disassembly = Disassembly.of(target.file().getName(), bytes());
            }
            invocations.addAll(setup.instantiate());
            for (String w : DebugInfo.of(setup.instance().module).warnings()) { // damaged: debugged without that part
                streams.err().println("warning: DWARF debug information: " + w);
            }
        } catch (CoreException | RuntimeException e) {
            finish(setup.exitValue(e));
            return;
        }
        IBreakpointManager manager = DebugPlugin.getDefault().getBreakpointManager();
        manager.addBreakpointListener(this);
        manager.addBreakpointManagerListener(this);
        startNext();
    }

    private boolean isBinary() throws CoreException {
        byte[] b = bytes();
        return Wasm.isBinary(b);
    }

    private byte[] bytes() throws CoreException {
        try (InputStream in = target.file().getContents(true)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new CoreException(failed("Cannot read " + target.file().getFullPath(), e).getStatus());
        }
    }

    /** Starts the next invocation on a new session with the breakpoints installed, or ends the run. */
    private void startNext() {
        LaunchSetup.Invocation next;
        synchronized (this) {
            next = setup.stopRequested() ? null : invocations.poll();
        }
        if (next == null) {
            finish(setup.exitValue());
            return;
        }
        Session s = new Session(setup.store());
        s.setSuspendOnTrap(suspendOnTrap);
        s.addListener(listener);
        synchronized (installed) {
            installed.clear();
            session = s;
        }
        for (IBreakpoint b : DebugPlugin.getDefault().getBreakpointManager().getBreakpoints(MODEL_ID)) {
            breakpointAdded(b);
        }
        updateExceptionFilter();
        s.start(next.function(), stopAtEntry && invocations.isEmpty() // the entry point comes last
                || stopAtInstantiation && next.function().isInstantiation(), next.args());
    }

    /** The session's events, on its thread. */
    private final class Listener implements SessionListener {
        @Override
        public void resumed(Session s, Action action) {
            thread.resumed(action);
        }

        @Override
        public void suspended(Session s, SuspendReason reason, Snapshot snapshot) {
            switch (reason) {
                case SuspendReason.Done done -> {
                    setup.printResults(done.results());
                    s.terminate(); // nothing left to step through: go on to the end
                }
                case SuspendReason.Trapped trapped -> {
                    setup.printTrap(trapped.trap());
                    thread.suspended(reason, null);
                }
                case SuspendReason.BreakpointHit hit -> thread.suspended(reason, breakpointOf(hit.breakpoint()));
                case SuspendReason.Thrown thrown -> {
                    if (!thrown.caught()) {
                        setup.printException(s.exception());
                        exceptionPrinted = true;
                    }
                    thread.suspended(reason, exceptionHit);
                }
                default -> thread.suspended(reason, null);
            }
        }

        @Override
        public void terminated(Session s) {
            if (s != session) {
                return;
            }
            if (s.trap() != null) {
                finish(suspendOnTrap ? setup.trapExit() : setup.exitValue(s.trap())); // suspending printed it
            } else if (s.exception() != null) {
                finish(exceptionPrinted ? setup.exceptionExit() : setup.exitValue(s.exception()));
            } else if (s.failure() != null) { // a WASI program's proc_exit, or a host function's failure
                finish(setup.exitValue(s.failure()));
            } else if (s.results() != null && !setup.stopRequested()) {
                startNext();
            } else {
                finish(WasmLaunchConstants.EXIT_TERMINATED);
            }
        }
    }

    private void finish(int exitValue) {
        synchronized (this) {
            if (terminated) {
                return;
            }
            terminated = true;
        }
        setup.close();
        IBreakpointManager manager = DebugPlugin.getDefault().getBreakpointManager();
        manager.removeBreakpointListener(this);
        manager.removeBreakpointManagerListener(this);
        for (SourceLineBreakpoint sb : marked) { // the run no longer stops anywhere for them
            try {
                sb.uninstalled();
            } catch (CoreException e) {
                ILog.of(WasmDebugTarget.class).log(e.getStatus());
            }
        }
        thread.terminated();
        terminated();
        process.exited(exitValue);
    }

    /** After a write in the Variables or Memory view: every view reads the machine again. */
    void valuesWritten() {
        thread.changed();
    }

    // ---------------------------------------------------------------- IDebugTarget

    @Override
    public IProcess getProcess() {
        return process;
    }

    @Override
    public IThread[] getThreads() {
        return isTerminated() ? new IThread[0] : new IThread[] { thread };
    }

    @Override
    public boolean hasThreads() {
        return !isTerminated();
    }

    @Override
    public String getName() {
        return label;
    }

    @Override
    public boolean canTerminate() {
        return !isTerminated();
    }

    @Override
    public synchronized boolean isTerminated() {
        return terminated;
    }

    @Override
    public void terminate() {
        terminateQuietly();
    }

    /** Asks the session to end (it does as quickly as a pause); the TERMINATE events follow. */
    private void terminateQuietly() {
        setup.stop(); // a program waiting for input reads its end, and the session can stop
        Session s = session;
        if (s != null) {
            s.terminate();
        } else if (!invocations.isEmpty() || setup.instance() == null) {
            finish(WasmLaunchConstants.EXIT_TERMINATED);
        }
    }

    @Override
    public boolean canResume() {
        return thread.canResume();
    }

    @Override
    public boolean canSuspend() {
        return thread.canSuspend();
    }

    @Override
    public boolean isSuspended() {
        return thread.isSuspended();
    }

    /** Whether the Variables and Memory views may change values now. */
    boolean acceptsWrites() {
        return thread.acceptsWrites();
    }

    @Override
    public void resume() throws DebugException {
        thread.resume();
    }

    @Override
    public void suspend() {
        thread.suspend();
    }

    @Override
    public boolean canDisconnect() {
        return false;
    }

    @Override
    public void disconnect() throws DebugException {
        throw failed("a WebAssembly run cannot be disconnected", null);
    }

    @Override
    public boolean isDisconnected() {
        return false;
    }

    // ---------------------------------------------------------------- breakpoints

    /**
     * Which thrown exceptions suspend: one no handler catches as a trap does (if the launch suspends on traps),
     * and those an enabled {@link WasmExceptionBreakpoint} asks for. Set at the start of each invocation and
     * whenever exception breakpoints change.
     */
    private void updateExceptionFilter() {
        Session s = session;
        if (s == null) {
            return;
        }
        boolean caught = false;
        for (WasmExceptionBreakpoint b : exceptionBreakpoints()) {
            caught |= b.isCaught();
        }
        boolean stopCaught = caught;
        s.setSuspendOnException(new Session.ExceptionFilter() {
            @Override
            public boolean suspendsAt(ExceptionView exception, boolean isCaught) {
                return WasmDebugTarget.this.suspendsAt(exception, isCaught);
            }

            @Override
            public boolean mayStopCaught() {
                return stopCaught;
            }
        });
    }

    /** Asked once at each throw the session may suspend at: counts the hits and says whether to suspend. */
    private boolean suspendsAt(ExceptionView exception, boolean caught) {
        exceptionHit = hitExceptionBreakpoint(exception, caught);
        return !caught && suspendOnTrap || exceptionHit != null;
    }

    /**
     * The enabled exception breakpoint that suspends at the throw of {@code exception}, or null: each breakpoint
     * whose tag, case and condition the exception meets counts a hit, and the first whose hit count is reached
     * suspends (as a line breakpoint's: from that hit on).
     */
    private WasmExceptionBreakpoint hitExceptionBreakpoint(ExceptionView exception, boolean caught) {
        TagInst t = setup.store().tags().get(exception.tag());
        WasmExceptionBreakpoint hit = null;
        for (WasmExceptionBreakpoint b : exceptionBreakpoints()) {
            if (b.matches(setup.instance(), t, caught) && b.conditionHolds(exception.payload())
                    && exceptionHits.merge(b, 1, Integer::sum) >= b.getHitCount() && hit == null) {
                hit = b;
            }
        }
        return hit;
    }

    /** The workspace's enabled exception breakpoints, none while the breakpoint manager skips all breakpoints. */
    private static List<WasmExceptionBreakpoint> exceptionBreakpoints() {
        IBreakpointManager manager = DebugPlugin.getDefault().getBreakpointManager();
        List<WasmExceptionBreakpoint> out = new ArrayList<>();
        if (!manager.isEnabled()) {
            return out;
        }
        for (IBreakpoint b : manager.getBreakpoints(MODEL_ID)) {
            try {
                if (b instanceof WasmExceptionBreakpoint e && e.isEnabled()) {
                    out.add(e);
                }
            } catch (CoreException ex) {
                ILog.of(WasmDebugTarget.class).log(ex.getStatus());
            }
        }
        return out;
    }

    /**
     * Line breakpoints of a text module, instruction breakpoints of a binary one (set in its disassembly) and
     * function breakpoints of any module, on this target's file; exception breakpoints, which apply to every module;
     * source line breakpoints in any file (they apply where the module's DWARF names the file).
     */
    @Override
    public boolean supportsBreakpoint(IBreakpoint b) {
        if (b instanceof WasmExceptionBreakpoint) {
            return true;
        }
        if (b instanceof SourceLineBreakpoint) {
            return b.getMarker() != null;
        }
        boolean kind = b instanceof WasmInstructionBreakpoint ? disassembly != null
                : b instanceof WasmLineBreakpoint && disassembly == null || b instanceof WasmFunctionBreakpoint;
        return kind && b.getMarker() != null && target.file().equals(b.getMarker().getResource());
    }

    /** The session's breakpoint for {@code b}; IllegalArgumentException if it has no place in the module. */
    private Breakpoint create(Session s, IBreakpoint b) throws CoreException {
        if (b instanceof WasmFunctionBreakpoint fb) {
            FuncInst f = fb.resolve(setup.instance());
            if (f == null) {
                throw new IllegalArgumentException("no function " + fb.getFunction());
            }
            return s.breakOnEntry(f);
        }
        MarkerLineBreakpoint lb = (MarkerLineBreakpoint) b;
        Breakpoint rb;
        if (b instanceof SourceLineBreakpoint sb) {
            rb = createSourceLine(s, sb);
        } else if (b instanceof WasmInstructionBreakpoint ib) {
            Breakpoint.Location at = ib.resolve(setup.instance());
            if (at == null) {
                throw new IllegalArgumentException(
                        "no instruction at " + WasmInstructionBreakpoint.offsetText(ib.getOffset()));
            }
            rb = s.breakAt(at.function(), at.instrIndex());
        } else {
            rb = s.breakAtLine(setup.instance(), lb.getLineNumber());
        }
        rb.setIgnoreCount(lb.getHitCount() - 1);
        return rb;
    }

    /**
     * The session's breakpoint for a source line breakpoint, where the module's line table names its file (by
     * its path in the project, else, compiled elsewhere, by its name alone); the breakpoint shows where it
     * stops, or that no code runs for its line. IllegalArgumentException if the module does not have the file
     * (the breakpoint is none of its business) or no code for the line.
     */
    private Breakpoint createSourceLine(Session s, SourceLineBreakpoint sb) throws CoreException {
        DebugInfo info = s.debugInfo(setup.instance());
        String name = sb.getMarker().getResource().getName();
        String file = info.hasFile(sb.sourcePath()) ? sb.sourcePath() : info.hasFile(name) ? name : null;
        if (file == null) {
            throw new IllegalArgumentException("the module's line table does not name " + name);
        }
        Breakpoint rb;
        try {
            rb = s.breakAtSourceLine(setup.instance(), file, sb.getLineNumber());
        } catch (IllegalArgumentException e) {
            sb.unresolved("no code at line " + sb.getLineNumber());
            marked.add(sb);
            throw e;
        }
        sb.installedAt(rb.line());
        marked.add(sb);
        return rb;
    }

    /**
     * Installs {@code b} in the session, replacing an earlier installation: the breakpoint manager may
     * report a breakpoint the session already got at its start, and reports each change; both re-install.
     */
    @Override
    public void breakpointAdded(IBreakpoint b) {
        Session s = session;
        if (b instanceof WasmExceptionBreakpoint) {
            updateExceptionFilter();
            return;
        }
        if (s == null || !supportsBreakpoint(b)) {
            return;
        }
        synchronized (installed) {
            Breakpoint old = installed.remove(b);
            if (old != null) {
                s.remove(old);
            }
            try {
                Breakpoint rb = create(s, b);
                s.setEnabled(rb, b.isEnabled() && DebugPlugin.getDefault().getBreakpointManager().isEnabled());
                installed.put(b, rb);
            } catch (IllegalArgumentException e) {
                // no code on or after that line, or no such function: the breakpoint cannot be reached
            } catch (CoreException e) {
                ILog.of(WasmDebugTarget.class).log(e.getStatus());
            }
        }
    }

    @Override
    public void breakpointRemoved(IBreakpoint b, IMarkerDelta delta) {
        if (b instanceof WasmExceptionBreakpoint) {
            updateExceptionFilter();
            return;
        }
        Session s = session;
        synchronized (installed) {
            Breakpoint rb = installed.remove(b);
            if (rb != null && s != null) {
                s.remove(rb);
            }
        }
    }

    /** Enabled state, hit count or line changed: install it afresh (not after a change of where it stands only). */
    @Override
    public void breakpointChanged(IBreakpoint b, IMarkerDelta delta) {
        try {
            if (b instanceof SourceLineBreakpoint sb && sb.onlyStatusChanged(delta)) {
                return;
            }
        } catch (CoreException e) {
            ILog.of(WasmDebugTarget.class).log(e.getStatus());
        }
        breakpointAdded(b);
    }

    @Override
    public void breakpointManagerEnablementChanged(boolean enabled) {
        updateExceptionFilter();
        Session s = session;
        if (s == null) {
            return;
        }
        synchronized (installed) {
            for (Map.Entry<IBreakpoint, Breakpoint> e : installed.entrySet()) {
                try {
                    s.setEnabled(e.getValue(), enabled && e.getKey().isEnabled());
                } catch (CoreException ex) {
                    ILog.of(WasmDebugTarget.class).log(ex.getStatus());
                }
            }
        }
    }

    private IBreakpoint breakpointOf(Breakpoint rb) {
        synchronized (installed) {
            for (Map.Entry<IBreakpoint, Breakpoint> e : installed.entrySet()) {
                if (e.getValue() == rb) {
                    return e.getKey();
                }
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- memory

    /** The module's memory {@code index}, live, or null if it has none such. */
    MemoryView memory(int index) {
        Session s = session;
        ModuleInst instance = setup.instance();
        if (s == null || instance == null || instance.memories == null || index < 0 || index >= instance.memories.length) {
            return null;
        }
        return s.store().memory(instance.memories[index].address);
    }

    @Override
    public boolean supportsStorageRetrieval() {
        return memory(0) != null;
    }

    @Override
    public IMemoryBlock getMemoryBlock(long startAddress, long length) throws DebugException {
        return block("0x" + Long.toHexString(startAddress), 0, startAddress);
    }

    /**
     * {@code 0x400}, {@code 1024}: an address in the module's memory 0, read as an i64 literal; {@code mem1:0x10}
     * (or {@code mem 1 : 0x10}): an address in the module's memory 1, for a module with several memories.
     */
    @Override
    public IMemoryBlockExtension getExtendedMemoryBlock(String expression, Object context) throws DebugException {
        Matcher m = MEMORY_ADDRESS.matcher(expression);
        if (!m.matches()) {
            throw failed("\"" + expression + "\" is not an address (use e.g. 0x400 or 1024, or mem1:0x400 for memory 1)", null);
        }
        int index;
        long address;
        try {
            index = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
            address = ValueParser.parse(ValType.I64, m.group(2)).asLong();
        } catch (IllegalArgumentException ex) {
            throw failed("\"" + expression + "\" is not an address (use e.g. 0x400 or 1024, or mem1:0x400 for memory 1)", ex);
        }
        return block(expression.trim(), index, address);
    }

    private WasmMemoryBlock block(String expression, int index, long address) throws DebugException {
        MemoryView m = memory(index);
        if (m == null) {
            throw failed(index == 0 ? "the module has no memory" : "the module has no memory " + index, null);
        }
        if (address < 0 || address >= m.byteSize()) {
            throw failed("address " + address + " is outside memory " + index + " (" + m.byteSize() + " bytes)", null);
        }
        return new WasmMemoryBlock(this, expression, index, address);
    }
}
