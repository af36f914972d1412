package org.wasmscope.runtime.tests.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.debug.Action;
import org.wasmscope.runtime.debug.Frame;
import org.wasmscope.runtime.debug.Session;
import org.wasmscope.runtime.debug.SessionListener;
import org.wasmscope.runtime.debug.SessionState;
import org.wasmscope.runtime.debug.Snapshot;
import org.wasmscope.runtime.debug.SuspendReason;
import org.wasmscope.runtime.embedding.Wasm;
import org.wasmscope.runtime.store.ExternVal;
import org.wasmscope.runtime.store.Linker;
import org.wasmscope.runtime.store.ModuleInst;
import org.wasmscope.runtime.store.Store;
import org.wasmscope.runtime.syntax.FuncType;
import org.wasmscope.runtime.syntax.ValType;
import org.wasmscope.tests.support.Debuggee;

/**
 * A pause while the machine waits in a host function (as a WASI program in {@code fd_read} waits for input)
 * suspends at once at the call, the call still blocking; resume goes on waiting, a step over the call stops
 * after it; the call returning while suspended suspends after it; terminate ends the session at once.
 */
class HostCallWaitTest {
    static final String WAT = """
            (module
              (import "host" "read" (func $read (param i32) (result i32)))
              (table funcref (elem $read))
              (func (export "direct") (result i32)
                (i32.add (call $read (i32.const 7)) (i32.const 1)))
              (func (export "indirect") (result i32)
                (call_indirect (param i32) (result i32) (i32.const 7) (i32.const 0)))
              (func (export "tail") (result i32)
                (return_call $read (i32.const 7)))
            )
            """;

    private final Store store = new Store();
    /** The host function's result, handed over while it blocks; -1 when it was interrupted. */
    private final SynchronousQueue<Integer> input = new SynchronousQueue<>();
    private final CountDownLatch called = new CountDownLatch(1);
    private final List<String> events = new CopyOnWriteArrayList<>();
    private ModuleInst inst;
    private Session session;

    @BeforeEach
    void setUp() throws Exception {
        Linker linker = new Linker();
        FuncType type = new FuncType(new ValType[] { ValType.I32 }, new ValType[] { ValType.I32 });
        linker.register("host", Map.of("read", ExternVal.of(store.allocHostFunc(type, args -> {
            called.countDown();
            try {
                return new long[] { input.take() };
            } catch (InterruptedException e) {
                return new long[] { -1 };
            }
        }))));
        inst = Wasm.instantiate(store, Wasm.load(WAT.getBytes(StandardCharsets.UTF_8)), linker, "sample");
        session = new Session(store);
        session.addListener(new SessionListener() {
            @Override
            public void resumed(Session s, Action a) {
                events.add("resumed " + a);
            }

            @Override
            public void suspended(Session s, SuspendReason r, Snapshot snap) {
                events.add("suspended " + r.getClass().getSimpleName());
            }

            @Override
            public void terminated(Session s) {
                events.add("terminated");
            }
        });
    }

    @AfterEach
    void tearDown() throws InterruptedException {
        session.terminate();
        assertTrue(session.awaitTerminated(Debuggee.WAIT), "session thread ended");
    }

    /** Starts {@code export} running, waits until it is in the host call, and pauses. */
    private SuspendReason.Waiting pauseInTheCall(String export) throws InterruptedException {
        session.start(inst, export, false);
        assertTrue(called.await(10, TimeUnit.SECONDS), "host function called");
        session.pause();
        assertEquals(SessionState.SUSPENDED, session.state(), "suspended at once, not when the call returns");
        return assertInstanceOf(SuspendReason.Waiting.class, session.reason());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "direct   | 1 | call 0            | [i32:7]",
            "indirect | 2 | call_indirect 0 (type 0) | [i32:7]",
            "tail     | 1 | return_call 0     | [i32:7]" })
    void aPauseInABlockingHostCallSuspendsAtTheCall(String export, int instr, String call, String stack)
            throws InterruptedException {
        SuspendReason.Waiting w = pauseInTheCall(export);
        assertEquals("read", w.name());
        assertTrue(w.function().isHost());
        Frame top = session.snapshot().top();
        assertEquals(instr, top.instrIndex());
        assertEquals(call, top.instr().toString());
        assertEquals(stack, Debuggee.stack(session.snapshot()));
    }

    @Test
    void resumeGoesOnWaitingAndStepOutAndWritesAreRefused() throws InterruptedException {
        pauseInTheCall("direct");
        assertThrows(IllegalStateException.class, () -> session.stepOut());
        assertThrows(IllegalStateException.class, () -> session.setStackEntry(0, Value.i32(8)));
        session.resume();
        assertEquals(SessionState.RUNNING, session.state());
        assertTrue(input.offer(41, 10, TimeUnit.SECONDS), "the call still waits for its input");
        assertEquals(SessionState.SUSPENDED, session.awaitSuspended(Debuggee.WAIT));
        assertEquals(List.of(Value.i32(42)), assertInstanceOf(SuspendReason.Done.class, session.reason()).results());
        assertEvents(List.of("resumed RESUME", "suspended Waiting", "resumed RESUME", "suspended Done"));
    }

    @Test
    void aStepOverTheCallWaitsForItAndStopsAfterIt() throws InterruptedException {
        pauseInTheCall("direct");
        session.stepOver();
        assertEquals(SessionState.RUNNING, session.state());
        assertTrue(input.offer(41, 10, TimeUnit.SECONDS), "the call still waits for its input");
        assertEquals(SessionState.SUSPENDED, session.awaitSuspended(Debuggee.WAIT));
        assertEquals(Action.STEP_OVER, assertInstanceOf(SuspendReason.Step.class, session.reason()).action());
        assertEquals("i32.const 1", session.snapshot().top().instr().toString(), "after the call");
        assertEquals("[i32:41]", Debuggee.stack(session.snapshot()));
        assertEvents(List.of("resumed RESUME", "suspended Waiting", "resumed STEP_OVER", "suspended Step"));
    }

    @Test
    void theCallReturningWhileSuspendedSuspendsAfterIt() throws InterruptedException {
        pauseInTheCall("direct");
        assertTrue(input.offer(41, 10, TimeUnit.SECONDS));
        awaitReason(SuspendReason.Pause.class);
        Frame top = session.snapshot().top();
        assertEquals("i32.const 1", top.instr().toString(), "after the call");
        assertEquals("[i32:41]", Debuggee.stack(session.snapshot()));
        session.setStackEntry(0, Value.i32(1)); // a real suspension: writes are accepted again
        session.resume();
        assertEquals(SessionState.SUSPENDED, session.awaitSuspended(Debuggee.WAIT));
        assertEquals(List.of(Value.i32(2)), assertInstanceOf(SuspendReason.Done.class, session.reason()).results());
    }

    @Test
    void terminateEndsTheSessionAtOnceAndInterruptsTheCall() throws InterruptedException {
        session.start(inst, "direct", false);
        assertTrue(called.await(10, TimeUnit.SECONDS));
        session.terminate(); // running, in the call
        assertEquals(SessionState.TERMINATED, session.state());
        assertTrue(session.awaitTerminated(Debuggee.WAIT), "the interrupted call returned and the thread ended");
        assertEvents(List.of("resumed RESUME", "terminated"));
    }

    @Test
    void terminateWhileSuspendedInTheCall() throws InterruptedException {
        pauseInTheCall("direct");
        session.terminate();
        assertEquals(SessionState.TERMINATED, session.state());
        assertTrue(session.awaitTerminated(Debuggee.WAIT));
        assertEvents(List.of("resumed RESUME", "suspended Waiting", "terminated"));
    }

    /** Listeners hear of a change just after the state changed: waits for as many events as expected. */
    private void assertEvents(List<String> expected) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (events.size() < expected.size() && System.nanoTime() < end) {
            Thread.sleep(5);
        }
        assertEquals(expected, events);
    }

    private void awaitReason(Class<? extends SuspendReason> kind) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!kind.isInstance(session.reason()) && System.nanoTime() < end) {
            Thread.sleep(5);
        }
        assertInstanceOf(kind, session.reason());
    }
}
