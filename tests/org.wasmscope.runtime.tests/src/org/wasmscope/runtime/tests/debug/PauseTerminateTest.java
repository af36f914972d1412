package org.wasmscope.runtime.tests.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.debug.Action;
import org.wasmscope.runtime.debug.Session;
import org.wasmscope.runtime.debug.SessionListener;
import org.wasmscope.runtime.debug.SessionState;
import org.wasmscope.runtime.debug.Snapshot;
import org.wasmscope.runtime.debug.SuspendReason;
import org.wasmscope.tests.support.Debuggee;

/**
 * A runaway program can always be paused (within 10 ms; asserted with a generous bound, the latency
 * printed) and terminated, and no session thread is left behind.
 */
class PauseTerminateTest {
    static final String WAT = """
            (module
              (global $count (mut i64) (i64.const 0))
              (func $spin (export "spin")
                (loop $l
                  (global.set $count (i64.add (global.get $count) (i64.const 1)))
                  (br $l)))
              (func $tight (export "tight") (loop (br 0)))
              (func $recur (export "recur") (param i32) (result i32)
                (call $recur (i32.add (local.get 0) (i32.const 1))))
              (func $bounce (export "bounce") (loop (call $nop) (br 0)))
              (func $nop)
            )
            """;

    @Test
    void pauseStopsATightLoopQuickly() throws Exception {
        for (String export : List.of("tight", "spin", "bounce")) {
            try (Debuggee d = new Debuggee(WAT)) {
                List<String> events = new CopyOnWriteArrayList<>();
                d.session.addListener(new SessionListener() {
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
                d.session.start(d.inst, export, false);
                long best = Long.MAX_VALUE;
                for (int round = 0; round < 5; round++) {
                    Thread.sleep(30);
                    assertEquals(SessionState.RUNNING, d.session.state());
                    long t0 = System.nanoTime();
                    d.session.pause();
                    assertEquals(SessionState.SUSPENDED, d.session.awaitSuspended(Duration.ofSeconds(1)));
                    long latency = System.nanoTime() - t0;
                    best = Math.min(best, latency);
                    System.out.printf("pause latency (%s, round %d): %.3f ms%n", export, round, latency / 1e6);
                    assertTrue(latency < 1_000_000_000L, "pause within 1 s");
                    assertInstanceOf(SuspendReason.Pause.class, d.session.reason());
                    Snapshot s = d.session.snapshot();
                    assertTrue(s.top() != null && s.top().function() == d.func(export) || export.equals("bounce"));
                    d.session.resume();
                }
                // the goal is 10 ms; asserted generously (a loaded machine delays the threads' wake-ups)
                System.out.printf("best pause latency (%s): %.3f ms%n", export, best / 1e6);
                d.session.terminate();
                assertTrue(d.session.awaitTerminated(Duration.ofSeconds(1)));
                assertEquals("resumed RESUME", events.get(0));
                assertEquals("suspended Pause", events.get(1));
                assertEquals("terminated", events.get(events.size() - 1));
            }
        }
        assertNoSessionThreads();
    }

    @Test
    void terminateEndsARunningLoop() throws Exception {
        try (Debuggee d = new Debuggee(WAT)) {
            d.session.start(d.inst, "spin", false);
            Thread.sleep(20);
            long t0 = System.nanoTime();
            d.session.terminate();
            assertTrue(d.session.awaitTerminated(Duration.ofSeconds(1)));
            System.out.printf("terminate latency: %.3f ms%n", (System.nanoTime() - t0) / 1e6);
            assertEquals(SessionState.TERMINATED, d.session.state());
            assertTrue(d.session.store().globals().get(0).value().asLong() > 0);
        }
        try (Debuggee d = new Debuggee(WAT)) { // a never-started session ends at once
            d.session.terminate();
            assertEquals(SessionState.TERMINATED, d.session.state());
        }
        try (Debuggee d = new Debuggee(WAT)) { // deep recursion: the pause flag is read on calls too
            d.start("recur", Value.i32(0));
            d.session.resume();
            d.session.pause();
            SessionState st = d.session.awaitSuspended(Duration.ofSeconds(1));
            assertEquals(SessionState.SUSPENDED, st);
            // either the pause or the exhaustion came first
            SuspendReason r = d.session.reason();
            assertTrue(r instanceof SuspendReason.Pause || r instanceof SuspendReason.Trapped, r.toString());
        }
        assertNoSessionThreads();
    }

    static void assertNoSessionThreads() throws InterruptedException {
        List<String> left = new ArrayList<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith("wasmscope-session-") && t.isAlive()) {
                t.join(1000);
                if (t.isAlive()) {
                    left.add(t.getName());
                }
            }
        }
        assertEquals(List.of(), left, "session threads left");
    }
}
