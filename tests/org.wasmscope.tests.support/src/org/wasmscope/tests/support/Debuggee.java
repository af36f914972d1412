package org.wasmscope.tests.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.debug.Action;
import org.wasmscope.runtime.debug.Frame;
import org.wasmscope.runtime.debug.Label;
import org.wasmscope.runtime.debug.Session;
import org.wasmscope.runtime.debug.SessionState;
import org.wasmscope.runtime.debug.Snapshot;
import org.wasmscope.runtime.debug.StackEntry;
import org.wasmscope.runtime.embedding.Wasm;
import org.wasmscope.runtime.store.FuncInst;
import org.wasmscope.runtime.store.Linker;
import org.wasmscope.runtime.store.ModuleInst;
import org.wasmscope.runtime.store.Store;

/**
 * A module instantiated in a fresh store (as {@value #INSTANCE_NAME}, the name the views show) and a
 * runtime {@link Session} on it, driven step by step with a wait for each suspension, with compact texts
 * of what a snapshot shows for the assertions. No debug model in between: what the Eclipse debug model
 * and the machine views are fed.
 */
public final class Debuggee implements AutoCloseable {
    public static final Duration WAIT = Duration.ofSeconds(10);
    public static final String INSTANCE_NAME = "sample";

    public final Store store = new Store();
    public final ModuleInst inst;
    public final Session session;

    /** A module from {@code .wat} text. */
    public Debuggee(String wat) throws Exception {
        this(wat.getBytes(StandardCharsets.UTF_8));
    }

    /** The module in {@code file}, binary or text. */
    public Debuggee(Path file) throws Exception {
        this(Files.readAllBytes(file));
    }

    private Debuggee(byte[] module) throws Exception {
        inst = Wasm.instantiate(store, Wasm.load(module), new Linker(), INSTANCE_NAME);
        session = new Session(store);
    }

    public FuncInst func(String export) {
        return Wasm.exportedFunc(inst, export);
    }

    /** Starts {@code export}, suspended at its entry. */
    public Snapshot start(String export, Value... args) throws InterruptedException {
        session.start(inst, export, true, args);
        assertEquals(SessionState.SUSPENDED, session.awaitSuspended(WAIT));
        return session.snapshot();
    }

    /** Does {@code a} and waits for the next suspension. */
    public Snapshot act(Action a) throws InterruptedException {
        switch (a) {
            case STEP_INTO -> session.stepInto();
            case STEP_OVER -> session.stepOver();
            case STEP_OUT -> session.stepOut();
            case RESUME -> session.resume();
        }
        SessionState s = session.awaitSuspended(WAIT);
        assertEquals(SessionState.SUSPENDED, s, () -> "session after " + a + ": trap " + session.trap()
                + ", failure " + session.failure());
        return session.snapshot();
    }

    public Snapshot step() throws InterruptedException {
        return act(Action.STEP_INTO);
    }

    /** Steps {@code n} times; returns the last snapshot (the current one for 0). */
    public Snapshot steps(int n) throws InterruptedException {
        Snapshot s = session.snapshot();
        for (int i = 0; i < n; i++) {
            s = step();
        }
        return s;
    }

    /** Steps until the top frame's next instruction prints as {@code instr} (at most 10000 steps). */
    public Snapshot stepTo(String instr) throws InterruptedException {
        for (int i = 0; i < 10_000; i++) {
            Snapshot s = step();
            if (s.top() != null && s.top().instr().toString().equals(instr)) {
                return s;
            }
        }
        throw new AssertionError("never reached " + instr);
    }

    /**
     * Steps until the top frame stands where a breakpoint on source line {@code line} stops (the first
     * instruction of a run of instructions on it) the {@code occurrence}th time (from 1).
     */
    public Snapshot stepToLine(int line, int occurrence) throws InterruptedException {
        int seen = 0;
        for (int i = 0; i < 10_000; i++) {
            Snapshot s = step();
            Frame top = s.top();
            if (top != null && top.pos().line() == line
                    && (top.instrIndex() == 0 || top.function().func.body[top.instrIndex() - 1].line != line)
                    && ++seen == occurrence) {
                return s;
            }
        }
        throw new AssertionError("never reached line " + line + " " + occurrence + " times");
    }

    @Override
    public void close() throws InterruptedException {
        session.terminate();
        assertTrue(session.awaitTerminated(WAIT), "session thread ended");
    }

    // ---- texts of a snapshot ----

    /** The whole operand stack as {@code [i32:1 | i32:2 i32:3]}, frames separated by {@code |}. */
    public static String stack(Snapshot s) {
        StringBuilder b = new StringBuilder("[");
        int frame = 0;
        for (StackEntry e : s.stack()) {
            if (b.length() > 1) {
                b.append(e.frameIndex() != frame ? " | " : " ");
            } else if (e.frameIndex() > 0) {
                b.append("| ".repeat(e.frameIndex()));
            }
            frame = e.frameIndex();
            b.append(e.value());
        }
        return b.append(']').toString();
    }

    /**
     * The frames, bottom first, as {@code $fac@7 $fac@0}: next instruction index after the function's name,
     * or after {@code func[i]} for one without (shorter than the views' naming, for long chains).
     */
    public static String frames(Snapshot s) {
        List<String> out = new ArrayList<>();
        for (Frame f : s.frames()) {
            out.add((f.name() != null ? "$" + f.name() : "func[" + f.funcIndex() + "]") + "@" + f.instrIndex());
        }
        return String.join(" ", out);
    }

    /**
     * A frame's labels, outermost first, as {@code kind[$name](arity)->continuation^height}, e.g.
     * {@code function(1)->17 block$done(0)->16^0 loop$again(0)->4^0}.
     */
    public static String labels(Frame f) {
        List<String> out = new ArrayList<>();
        for (Label l : f.labels()) {
            String k = l.kind().name().toLowerCase() + (l.name() != null ? "$" + l.name() : "");
            out.add(k + "(" + l.arity() + ")->" + l.continuation()
                    + (l.kind() == Label.Kind.FUNCTION ? "" : "^" + l.height()));
        }
        return String.join(" ", out);
    }

    /** Locals of a frame as {@code $n=i32:3 $acc=i32:1}. */
    public static String locals(Frame f) {
        List<String> out = new ArrayList<>();
        f.locals().forEach(l -> out.add(l.displayName() + "=" + l.value()));
        return String.join(" ", out);
    }

    /** Owner of each stack entry of the snapshot as {@code frame.labelDepth}. */
    public static String owners(Snapshot s) {
        List<String> out = new ArrayList<>();
        for (StackEntry e : s.stack()) {
            out.add(e.frameIndex() + "." + e.labelDepth());
        }
        return String.join(" ", out);
    }
}
