package org.wasmscope.runtime.wasi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.embedding.Wasm;
import org.wasmscope.runtime.store.ExternVal;
import org.wasmscope.runtime.store.FuncInst;
import org.wasmscope.runtime.store.ModuleInst;
import org.wasmscope.runtime.store.Store;
import org.wasmscope.runtime.syntax.FuncType;
import org.wasmscope.runtime.syntax.Module;
import org.wasmscope.runtime.syntax.ValType;

/**
 * The WASI preview1 host module {@value #MODULE} for one program. Use:
 *
 * <pre>
 * Wasi wasi = new Wasi(config);
 * linker.register(Wasi.MODULE, wasi.exports(store));
 * ModuleInst inst = Wasm.instantiate(store, module, linker, name);
 * int exitCode = wasi.start(store, inst);   // or: wasi.bind(inst), then run "_start" on a Machine
 * </pre>
 *
 * The functions use the memory the instance exports as {@code "memory"}, so the instance must be
 * {@linkplain #bind bound} before it calls them. {@code proc_exit} throws {@link ProcExit} through the
 * machine; a trap stays a {@link org.wasmscope.runtime.Trap}.
 */
public final class Wasi {
    /** The import module name of WASI preview1. */
    public static final String MODULE = "wasi_snapshot_preview1";

    private final WasiState state;

    /**
     * Opens the program's descriptors: 0-2 are the config's standard streams, 3... its preopened
     * directories (which must exist).
     */
    public Wasi(WasiConfig config) {
        this.state = new WasiState(config);
    }

    /** Allocates the host functions in {@code store}; the result is what to register as {@link #MODULE}. */
    public Map<String, ExternVal> exports(Store store) {
        Registry r = new Registry(store);
        ArgsEnv.register(r, state);
        ProcFunctions.register(r, state);
        FdIo.register(r, state);
        FdStat.register(r, state);
        Readdir.register(r, state);
        PathFunctions.register(r, state);
        PathLinks.register(r, state);
        Poll.register(r, state);
        Sockets.register(r);
        return r.exports;
    }

    /** True if {@code module} imports anything from {@value #MODULE}: a program built for WASI. */
    public static boolean isImportedBy(Module module) {
        return module.imports.stream().anyMatch(i -> i.module().equals(MODULE));
    }

    /** Makes the functions use {@code inst}'s exported memory {@code "memory"}. */
    public void bind(ModuleInst inst) {
        state.bind(inst);
    }

    /**
     * Runs a command (spec of WASI applications: the export {@code _start}) to its end: binds {@code inst},
     * invokes {@code _start}, closes the program's files.
     *
     * @return the exit code: the {@code proc_exit} argument, or 0 if {@code _start} returned
     * @throws org.wasmscope.runtime.Trap if the program traps
     * @throws IllegalArgumentException   if there is no function {@code _start} taking and returning nothing
     */
    public int start(Store store, ModuleInst inst) {
        bind(inst);
        FuncInst f = Wasm.exportedFunc(inst, "_start");
        if (f.type.params.length != 0 || f.type.results.length != 0) {
            throw new IllegalArgumentException("_start must have type (func), not " + f.type);
        }
        try {
            Wasm.invoke(store, f, new Value[0]);
            return 0;
        } catch (ProcExit e) {
            return e.code();
        } finally {
            close();
        }
    }

    /** Closes the files the program left open (not the standard streams). */
    public void close() {
        state.fds.closeAll();
    }

    /** A WASI function's body: returns the errno; may throw {@link WasiError} or an I/O exception. */
    @FunctionalInterface
    interface Impl {
        int call(long[] args) throws IOException;
    }

    /** Makes host functions of WASI bodies, typed by a signature string: {@code i} = i32, {@code I} = i64. */
    static final class Registry {
        private static final ValType[] ERRNO = {ValType.I32};
        private final Store store;
        final Map<String, ExternVal> exports = new LinkedHashMap<>();

        Registry(Store store) {
            this.store = store;
        }

        /** A function with the parameters {@code sig} returning an errno. */
        void fn(String name, String sig, Impl impl) {
            ValType[] params = params(sig);
            FuncType type = new FuncType(params, ERRNO);
            exports.put(name, ExternVal.of(store.allocHostFunc(type, args -> {
                unsign(params, args);
                return new long[] {errno(impl, args)};
            })));
        }

        /** A function without results (only proc_exit, which never returns). */
        void noResult(String name, String sig, Impl impl) {
            ValType[] params = params(sig);
            FuncType type = new FuncType(params, new ValType[0]);
            exports.put(name, ExternVal.of(store.allocHostFunc(type, args -> {
                unsign(params, args);
                errno(impl, args);
                return new long[0];
            })));
        }

        private static ValType[] params(String sig) {
            ValType[] t = new ValType[sig.length()];
            for (int i = 0; i < t.length; i++) {
                t[i] = sig.charAt(i) == 'I' ? ValType.I64 : ValType.I32;
            }
            return t;
        }

        /** i32 arguments as unsigned values (a slot's high half carries no meaning). */
        private static void unsign(ValType[] params, long[] args) {
            for (int i = 0; i < params.length; i++) {
                if (params[i] == ValType.I32) {
                    args[i] &= 0xFFFFFFFFL;
                }
            }
        }

        private static int errno(Impl impl, long[] args) {
            try {
                return impl.call(args);
            } catch (WasiError e) {
                return e.errno;
            } catch (IOException e) {
                return Errno.of(e);
            } catch (UncheckedIOException e) {
                return Errno.of(e.getCause());
            } catch (InvalidPathException e) {
                return Errno.INVAL;
            } catch (SecurityException e) {
                return Errno.ACCES;
            } catch (UnsupportedOperationException e) {
                return Errno.NOTSUP;
            }
        }
    }
}
