package org.wasmscope.runtime.tests.dwarf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.wasmscope.runtime.debug.Action;
import org.wasmscope.runtime.debug.Frame;
import org.wasmscope.runtime.debug.Session;
import org.wasmscope.runtime.debug.SessionState;
import org.wasmscope.runtime.debug.Snapshot;
import org.wasmscope.runtime.debug.SourceFrame;
import org.wasmscope.runtime.dwarf.DebugInfo;
import org.wasmscope.runtime.embedding.Wasm;
import org.wasmscope.runtime.store.Linker;
import org.wasmscope.runtime.store.ModuleInst;
import org.wasmscope.runtime.store.Store;
import org.wasmscope.runtime.tests.wasi.CPrograms;
import org.wasmscope.runtime.wasi.Wasi;
import org.wasmscope.runtime.wasi.WasiConfig;
import org.wasmscope.tests.support.Debuggee;

/**
 * A C program of the {@code c/dwarf} folder, compiled with debug information (once per flags, for all
 * tests), run as a WASI program on a {@link Session} that steps by source line; with the source frames
 * of each suspension for the assertions. Skips the test without clang-14.
 */
final class CDebuggee implements AutoCloseable {
    private static final Map<String, byte[]> BUILT = new HashMap<>();

    final Store store = new Store();
    final ModuleInst inst;
    final Session session;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Wasi wasi;

    CDebuggee(byte[] module) throws Exception {
        wasi = new Wasi(new WasiConfig().arg("prog").stdin(InputStream.nullInputStream()).stdout(out).stderr(out));
        Linker linker = new Linker();
        linker.register(Wasi.MODULE, wasi.exports(store));
        inst = Wasm.instantiate(store, Wasm.load(module), linker, Debuggee.INSTANCE_NAME);
        wasi.bind(inst);
        session = new Session(store);
        session.setLineStepping(true);
    }

    /** Program {@code name}.c of c/dwarf built with {@code flags} (e.g. -O0 -gdwarf-4), as module bytes. */
    static synchronized byte[] build(String name, String... flags) throws IOException, InterruptedException {
        Assumptions.assumeTrue(CPrograms.clangAvailable(), "clang-14 is not on the PATH");
        String key = name + " " + String.join(" ", flags);
        byte[] built = BUILT.get(key);
        if (built == null) {
            Path dir = Files.createTempDirectory("wasmscope-dwarf");
            Path wasm = dir.resolve(name + ".wasm");
            CPrograms.compileWithDebugInfo(CPrograms.dir().resolve("dwarf").resolve(name + ".c"), wasm, flags);
            built = Files.readAllBytes(wasm);
            Files.delete(wasm);
            Files.delete(dir);
            BUILT.put(key, built);
        }
        return built;
    }

    /**
     * Program {@code name}.c built with {@code optimization} and {@code dwarf} (e.g. -O0, -gdwarf-4), run to its
     * first stop at a breakpoint on {@code line} of {@code file}: how most tests begin.
     */
    static CDebuggee stoppedAt(String name, String optimization, String dwarf, String file, int line) throws Exception {
        CDebuggee d = new CDebuggee(build(name, optimization, dwarf));
        try {
            d.session.breakAtSourceLine(d.inst, file, line);
            d.run();
            return d;
        } catch (Exception | AssertionError e) {
            d.close();
            throw e;
        }
    }

    DebugInfo info() {
        return session.debugInfo(inst);
    }

    /** Starts {@code _start} running (to the first breakpoint) and waits for the suspension. */
    Snapshot run() throws InterruptedException {
        session.start(inst, "_start", false);
        return await("start");
    }

    Snapshot act(Action a) throws InterruptedException {
        switch (a) {
            case STEP_INTO -> session.stepInto();
            case STEP_OVER -> session.stepOver();
            case STEP_OUT -> session.stepOut();
            case RESUME -> session.resume();
        }
        return await(a.toString());
    }

    private Snapshot await(String after) throws InterruptedException {
        assertEquals(SessionState.SUSPENDED, session.awaitSuspended(Debuggee.WAIT), () -> "after " + after + ": trap "
                + session.trap() + ", failure " + session.failure());
        return session.snapshot();
    }

    /** The source frames of the whole stack, innermost first. */
    List<SourceFrame> sourceFrames() {
        Snapshot s = session.snapshot();
        List<SourceFrame> all = new ArrayList<>();
        for (int k = s.frames().size() - 1; k >= 0; k--) {
            Frame f = s.frames().get(k);
            all.addAll(SourceFrame.of(session, s, f));
        }
        return all;
    }

    /** The innermost source frame. */
    SourceFrame top() {
        return sourceFrames().get(0);
    }

    /** The innermost frame as {@code function:line}. */
    String where() {
        SourceFrame f = top();
        return f.function() + ":" + f.line();
    }

    String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        session.terminate();
        wasi.close();
    }
}
