package org.wasmscope.runtime.wasi;

import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.Random;

import org.wasmscope.runtime.Trap;
import org.wasmscope.runtime.store.ExternVal;
import org.wasmscope.runtime.store.ModuleInst;
import org.wasmscope.runtime.syntax.ExternKind;

/**
 * Everything the WASI functions of one program share: its configuration, its descriptor table, clocks,
 * the random source, and the module instance whose exported memory {@code "memory"} the functions read
 * and write (preview1's convention: the caller's memory is the one it exports under that name).
 */
final class WasiState {
    final WasiConfig config;
    final FdTable fds = new FdTable();
    final Clocks clocks = new Clocks();
    final Random random = new SecureRandom();
    private ModuleInst instance;

    WasiState(WasiConfig config) {
        this.config = config;
        fds.add(StreamFd.input(config.stdin()));
        fds.add(StreamFd.output(config.stdout()));
        fds.add(StreamFd.output(config.stderr()));
        for (WasiConfig.Preopen p : config.preopens()) {
            OpenDir dir;
            try {
                Path real = p.host().toRealPath();
                if (!Files.isDirectory(real)) {
                    throw new IllegalArgumentException("cannot preopen " + p.host() + ": not a directory");
                }
                dir = OpenDir.preopen(real);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot preopen " + p.host() + ": " + e.getMessage(), e);
            } catch (UnsupportedOperationException e) {
                throw new IllegalArgumentException("cannot preopen " + p.host() + ": " + e.getMessage(), e);
            }
            fds.add(new DirectoryFd(dir, p.guestName(), Rights.DIRECTORY, Rights.ALL));
        }
    }

    void bind(ModuleInst inst) {
        this.instance = inst;
    }

    /** The calling program's memory; a trap if the program has none (or was not bound). */
    GuestMemory mem() {
        if (instance == null) {
            throw new Trap("WASI: no module instance bound (call Wasi.bind after instantiation)");
        }
        ExternVal ev = instance.export("memory");
        if (ev == null || ev.kind() != ExternKind.MEMORY) {
            throw new Trap("WASI: the module does not export a memory named \"memory\"");
        }
        return new GuestMemory(ev.memory());
    }
}
