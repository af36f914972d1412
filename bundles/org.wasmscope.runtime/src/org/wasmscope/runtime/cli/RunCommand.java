package org.wasmscope.runtime.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.wasmscope.runtime.ThrownException;
import org.wasmscope.runtime.Trap;
import org.wasmscope.runtime.WasmException;
import org.wasmscope.runtime.debug.ExceptionText;
import org.wasmscope.runtime.embedding.Wasm;
import org.wasmscope.runtime.store.Linker;
import org.wasmscope.runtime.store.ModuleInst;
import org.wasmscope.runtime.store.ResourceLimits;
import org.wasmscope.runtime.store.Store;
import org.wasmscope.runtime.valid.ValidModule;
import org.wasmscope.runtime.wasi.ProcExit;
import org.wasmscope.runtime.wasi.Wasi;
import org.wasmscope.runtime.wasi.WasiConfig;

/**
 * {@code wasmscope run FILE [--dir HOST[::GUEST]]... [--env NAME=VALUE]... [LIMITS] [--] [ARG...]}: runs a WASI
 * command module's {@code _start} with the given preopened directories (the guest name defaults to HOST
 * as written), environment and arguments ({@code argv[0]} is FILE), connected to this process's stdin,
 * stdout and stderr. Options may come before or after FILE; the first other word after FILE (or
 * everything after {@code --}) starts the program's arguments.
 *
 * <p>Exit code: the program's {@code proc_exit} code, 0 if {@code _start} returns, {@value #TRAP_EXIT} after
 * a trap (reported as {@code trap: MESSAGE} on stderr) or an uncaught exception ({@code exception: TAG VALUES}), {@link Main#ERROR} if the module cannot be
 * loaded or the command line is wrong.
 */
public final class RunCommand {
    /** The exit code of a program that trapped (128 + SIGABRT, what a native program's abort gives). */
    public static final int TRAP_EXIT = 134;

    private static final String SYNOPSIS = "run FILE [--dir HOST[::GUEST]]... [--env NAME=VALUE]... "
            + LimitOptions.SYNOPSIS + " [--] [ARG...]";

    private RunCommand() {
    }

    /** Runs the command line {@code args} (without the word {@code run}); returns the exit code. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        WasiConfig config = new WasiConfig().stdin(in).stdout(out).stderr(err);
        LimitOptions limits = new LimitOptions();
        String file = null;
        int i = 0;
        try {
            for (; i < args.length; i++) {
                String a = args[i];
                if (a.equals("--")) {
                    i++;
                    break;
                } else if (a.equals("--dir") || a.equals("--env")) {
                    if (i + 1 == args.length) {
                        return usage(err, a + " needs a value");
                    }
                    option(config, a, args[++i]);
                } else if (a.startsWith("--dir=") || a.startsWith("--env=")) {
                    option(config, a.substring(0, 5), a.substring(6));
                } else if (LimitOptions.isOption(a)) {
                    if (i + 1 == args.length) {
                        return usage(err, a + " needs a value");
                    }
                    limits.set(a, args[++i]);
                } else if (a.indexOf('=') > 0 && LimitOptions.isOption(a.substring(0, a.indexOf('=')))) {
                    limits.set(a.substring(0, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
                } else if (a.startsWith("--")) {
                    return usage(err, "unknown option " + a);
                } else if (file == null) {
                    file = a;
                } else {
                    break; // the program's arguments start here
                }
            }
        } catch (IllegalArgumentException e) {
            return usage(err, e.getMessage());
        }
        if (file == null && i < args.length) {
            file = args[i++]; // run -- FILE ARG...
        }
        List<String> programArgs = new ArrayList<>(List.of(args).subList(i, args.length));
        if (file == null) {
            return usage(err, "no FILE");
        }
        config.arg(file).args(programArgs);
        return run(file, config, limits.limits(), err);
    }

    private static void option(WasiConfig config, String name, String value) {
        if (name.equals("--env")) {
            int eq = value.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("--env needs NAME=VALUE, got '" + value + "'");
            }
            config.env(value.substring(0, eq), value.substring(eq + 1));
        } else {
            int sep = value.indexOf("::");
            String host = sep < 0 ? value : value.substring(0, sep);
            String guest = sep < 0 ? value : value.substring(sep + 2);
            if (host.isEmpty() || guest.isEmpty()) {
                throw new IllegalArgumentException("--dir needs HOST or HOST::GUEST, got '" + value + "'");
            }
            config.preopen(Path.of(host), guest);
        }
    }

    /** Loads {@code file}, links it to a WASI host made from {@code config} and runs {@code _start}. */
    static int run(String file, WasiConfig config, ResourceLimits limits, PrintStream err) {
        ValidModule vm;
        try {
            vm = Wasm.load(Files.readAllBytes(Path.of(file)));
        } catch (IOException e) {
            err.println("error: cannot read " + file + ": " + e.getClass().getSimpleName() + " " + e.getMessage());
            return Main.ERROR;
        } catch (WasmException e) {
            err.println("error: " + file + ": " + Main.kind(e) + ": " + e.describe());
            return Main.ERROR;
        }
        Wasi wasi;
        try {
            wasi = new Wasi(config);
        } catch (UncheckedIOException | IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return Main.ERROR;
        }
        ModuleInst inst = null;
        Store store = new Store(limits);
        try {
            Linker linker = new Linker();
            linker.register(Wasi.MODULE, wasi.exports(store));
            inst = Wasm.instantiate(store, vm, linker, Path.of(file).getFileName().toString());
            return wasi.start(store, inst);
        } catch (ProcExit e) {
            return e.code(); // from a start function, during instantiation
        } catch (ThrownException e) { // ends the program as a trap does
            err.println(ExceptionText.of(e, store, inst));
            err.flush();
            return TRAP_EXIT;
        } catch (Trap e) {
            err.println("trap: " + e.getMessage());
            err.flush();
            return TRAP_EXIT;
        } catch (WasmException e) {
            err.println("error: " + file + ": " + Main.kind(e) + ": " + e.describe());
            return Main.ERROR;
        } catch (IllegalArgumentException e) {
            err.println("error: " + file + ": " + e.getMessage());
            return Main.ERROR;
        } finally {
            wasi.close();
        }
    }

    private static int usage(PrintStream err, String problem) {
        err.println("error: run: " + problem);
        err.println("usage: wasmscope " + SYNOPSIS);
        return Main.ERROR;
    }
}
