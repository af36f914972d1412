package org.wasmscope.views.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.Wasm;
import org.wasmscope.runtime.debug.Session;
import org.wasmscope.runtime.debug.SessionState;
import org.wasmscope.runtime.debug.Snapshot;
import org.wasmscope.runtime.store.Linker;
import org.wasmscope.runtime.store.ModuleInst;
import org.wasmscope.runtime.store.Store;
import org.wasmscope.views.common.MachineInput;

/**
 * A module of this bundle's {@code wat} folder in a fresh store and a runtime {@link Session} on one of
 * its exports, started suspended at entry: what the views are fed, with no debug model in between.
 */
final class Sample implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(10);

    final Store store = new Store();
    final ModuleInst inst;
    final Session session;

    Sample(String file, String export, Value... args) throws Exception {
        byte[] bytes = Files.readAllBytes(Path.of(System.getProperty("wasmscope.testwat", "wat"), file));
        inst = Wasm.instantiate(store, Wasm.load(bytes), new Linker(), "sample");
        session = new Session(store);
        session.start(inst, export, true, args);
        assertEquals(SessionState.SUSPENDED, session.awaitSuspended(WAIT));
    }

    /** The current suspension, top frame selected. */
    MachineInput input() {
        return MachineInput.of(session);
    }

    Snapshot step() throws InterruptedException {
        session.stepInto();
        assertEquals(SessionState.SUSPENDED, session.awaitSuspended(WAIT), "suspended after a step");
        return session.snapshot();
    }

    Snapshot steps(int n) throws InterruptedException {
        Snapshot s = session.snapshot();
        for (int i = 0; i < n; i++) {
            s = step();
        }
        return s;
    }

    /** Steps until the top frame stands at source line {@code line} (the {@code occurrence}th time, from 1). */
    Snapshot stepToLine(int line, int occurrence) throws InterruptedException {
        int seen = 0;
        for (int i = 0; i < 10_000; i++) {
            Snapshot s = step();
            if (s.top() != null && s.top().pos().line() == line && ++seen == occurrence) {
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
}
