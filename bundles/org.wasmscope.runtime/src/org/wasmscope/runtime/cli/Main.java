package org.wasmscope.runtime.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.wasmscope.runtime.InternalException;
import org.wasmscope.runtime.InvalidException;
import org.wasmscope.runtime.LinkException;
import org.wasmscope.runtime.MalformedException;
import org.wasmscope.runtime.ThrownException;
import org.wasmscope.runtime.Trap;
import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.WasmException;
import org.wasmscope.runtime.debug.ExceptionText;
import org.wasmscope.runtime.debug.ValueFormat;
import org.wasmscope.runtime.dwarf.DebugInfo;
import org.wasmscope.runtime.dwarf.LineRow;
import org.wasmscope.runtime.embedding.Wasm;
import org.wasmscope.runtime.spectest.SpecTest;
import org.wasmscope.runtime.store.FuncInst;
import org.wasmscope.runtime.store.Linker;
import org.wasmscope.runtime.store.ModuleInst;
import org.wasmscope.runtime.store.Store;
import org.wasmscope.runtime.syntax.FuncType;
import org.wasmscope.runtime.syntax.Module;
import org.wasmscope.runtime.syntax.ModuleListing;
import org.wasmscope.runtime.text.ValueParser;
import org.wasmscope.runtime.valid.ValidModule;

/**
 * The {@code wasmscope} command line: {@code wast}, {@code invoke}, {@code validate}, {@code dump},
 * {@code run}, {@code trace}, {@code help}. Exit codes: 0 success; 1 an error (usage, unreadable file, malformed, invalid or
 * unlinkable module, a failed script check), printed as {@code error: ...}; 2 a trap, printed as
 * {@code trap: <message>}; 3 an exception no handler caught, printed as {@code exception: TAG VALUES}; 4 a
 * failure of the runtime itself ({@link InternalException}), printed as {@code error: FILE: internal error: ...}.
 */
public final class Main {
    public static final int OK = 0;
    public static final int ERROR = 1;
    public static final int TRAPPED = 2;
    public static final int THROWN = 3;
    public static final int INTERNAL = 4;

    private static final String USAGE = """
            usage: wasmscope COMMAND ARGS...
              wast [--verbose] [--spec 2.0|3.0] PATH...
                                                 run .wast scripts (files, or folders recursively):
                                                 PASS|FAIL <file> <passed>/<total> per file, then totals;
                                                 read by the 2.0 rules under a wasm-2.0 folder, else 3.0
              invoke FILE EXPORT [ARG...] [LIMITS]
                                                 instantiate a module (.wasm or .wat) and call an exported
                                                 function; prints each result, e.g. i32:120, or
                                                 exception: TAG VALUES if an exception escapes it
              validate FILE                      decode or parse, then validate a module
              dump FILE                          print a module's sections, functions and instructions
              dump --lines FILE                  print its DWARF line table: address (in the code
                                                 section) -> file:line:column
              run FILE [--dir HOST[::GUEST]]... [--env K=V]... [LIMITS] [--] [ARG...]
                                                 run a WASI program's _start; exit code: its exit code,
                                                 134 after a trap or an uncaught exception
              trace [--rules] FILE EXPORT [ARG...] [--labels] [--lines] [--limit N] [LIMITS]
                                                 invoke, printing each executed instruction: call depth,
                                                 function, position, instruction, operand stack after it;
                                                 --lines: and its C position (DWARF); a WASI program's
                                                 export (e.g. _start) runs with the WASI host;
                                                 --rules: each reduction step as RULE: BEFORE ↪ AFTER
              fuzz [--seed N] [--mutants N] [--generated N] [--suite DIR] [--binaryen DIR] [--work DIR]
                                                 mutation fuzzing over the spec testsuite's modules and
                                                 differential testing against Binaryen (see
                                                 docs/RELIABILITY.md); exit 1 if any input failed
              help                               this text
            LIMITS (what an untrusted module may take; reaching one is an exhaustion trap, or -1 from
            memory.grow and table.grow):
              --max-memory SIZE   all memories together: bytes, or with k, m, g (KiB, MiB, GiB) or p
                                  (64 KiB pages); default 1g
              --max-table N       all tables' elements together; default 10000000
              --max-heap SIZE     struct, array and exception instances together (as the heap
                                  estimates them): bytes, or with k, m, g; default 512m
              --max-depth N       call frames of one invocation; default 50000
              --fuel N            loop iterations and calls of one invocation (counted a few thousand at
                                  a time); default 0, no limit
              --timeout TIME      wall-clock time of one invocation: seconds, or with ms, s, m; default
                                  0, no limit
            The runtime implements WebAssembly 3.0: typed references, garbage collection (structs,
            arrays, i31 references, casts), tail calls, exceptions, multi-memory, memory64 and table64,
            extended constants, relaxed SIMD (deterministic profile). wast --spec 2.0 applies the few
            2.0 rules that 3.0 relaxed. A struct or array result prints as (ref $t) struct#N {fields}.
            Modules may import the testsuite's "spectest" host module. Arguments: integers (decimal or 0x),
            floats (decimal, 0x1.8p3, inf, nan, nan:0x...), v128 as one hex number, references null, N or i31:N.
            Exit codes: 0 ok, 1 error (bad input or a failed check), 2 trap, 3 uncaught exception,
            4 internal error (a failure of the runtime itself, reported with the module position).""";

    private static final String INVOKE = "invoke FILE EXPORT [ARG...] " + LimitOptions.SYNOPSIS;

    private final PrintStream out;
    private final PrintStream err;

    private Main(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        System.out.flush();
        System.exit(code);
    }

    /** Runs one command line, writing results to {@code out} and errors to {@code err}; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            return new Main(out, err).dispatch(args);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // the runtime's API lets none through; this is the last line, still without a stack trace
            err.println("error: internal error: " + e);
            return INTERNAL;
        }
    }

    private int dispatch(String[] args) {
        if (args.length == 0) {
            err.println(USAGE);
            return ERROR;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        return switch (args[0]) {
            case "wast" -> new WastCommand(out, err).run(rest);
            case "invoke" -> invoke(rest);
            case "validate" -> validate(rest);
            case "dump" -> dump(rest);
            case "run" -> RunCommand.run(rest, System.in, out, err);
            case "trace" -> TraceCommand.run(rest, out, err);
            case "fuzz" -> FuzzCommand.run(rest, out, err);
            case "help", "-h", "--help" -> {
                out.println(USAGE);
                yield OK;
            }
            default -> {
                err.println("error: unknown command '" + args[0] + "' (try: wasmscope help)");
                yield ERROR;
            }
        };
    }

    private int invoke(String[] words) {
        LimitOptions options = new LimitOptions();
        List<String> args;
        try {
            args = options.extract(List.of(words));
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return usage(INVOKE);
        }
        if (args.size() < 2) {
            return usage(INVOKE);
        }
        String file = args.get(0);
        ModuleInst inst = null;
        Store store = new Store(options.limits());
        try {
            ValidModule vm = Wasm.validate(parse(file));
            Linker linker = new Linker();
            if (SpecTest.isImportedBy(vm.module)) {
                linker.register(SpecTest.NAME, SpecTest.exports(store, out));
            }
            inst = Wasm.instantiate(store, vm, linker, Path.of(file).getFileName().toString());
            FuncInst f = Wasm.exportedFunc(inst, args.get(1));
            Value[] values = arguments(f.type, args.subList(2, args.size()));
            ValueFormat format = new ValueFormat(store, List.of(inst));
            for (Value v : Wasm.invoke(store, f, values)) {
                out.println(format.full(v));
            }
            return OK;
        } catch (IOException e) {
            return unreadable(file, e);
        } catch (IllegalArgumentException e) {
            err.println("error: " + file + ": " + e.getMessage());
            return ERROR;
        } catch (ThrownException e) {
            err.println(ExceptionText.of(e, store, inst));
            return THROWN;
        } catch (WasmException e) {
            return error(file, e);
        }
    }

    /** The command line arguments as values of the function's parameter types. */
    static Value[] arguments(FuncType type, List<String> texts) {
        if (texts.size() != type.params.length) {
            throw new IllegalArgumentException("the function " + type + " takes " + type.params.length
                    + " argument(s), got " + texts.size());
        }
        Value[] values = new Value[texts.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = ValueParser.parse(type.params[i], texts.get(i));
        }
        return values;
    }

    private int validate(String[] args) {
        if (args.length != 1) {
            return usage("validate FILE");
        }
        try {
            Wasm.validate(parse(args[0]));
            out.println(args[0] + ": valid");
            return OK;
        } catch (IOException e) {
            return unreadable(args[0], e);
        } catch (WasmException e) {
            return error(args[0], e);
        }
    }

    private int dump(String[] args) {
        boolean lines = args.length == 2 && args[0].equals("--lines");
        if (args.length != 1 && !lines) {
            return usage("dump [--lines] FILE");
        }
        String file = args[args.length - 1];
        try {
            if (lines) {
                printLines(DebugInfo.read(parse(file)));
            } else {
                ModuleListing.print(parse(file), out);
            }
            return OK;
        } catch (IOException e) {
            return unreadable(file, e);
        } catch (WasmException e) {
            return error(file, e);
        }
    }

    /**
     * The line table, a row a line: {@code 0x0000001f /src/fib.c:10:0 stmt prologue_end}, a sequence's end as
     * {@code 0x000000ee end}; the warnings for damaged DWARF go to stderr.
     */
    private void printLines(DebugInfo info) {
        for (String w : info.warnings()) {
            err.println("warning: " + w);
        }
        if (info.lineRows().isEmpty()) {
            out.println("no DWARF line table");
            return;
        }
        for (LineRow r : info.lineRows()) {
            String address = String.format("0x%08x ", r.address());
            if (r.endSequence()) {
                out.println(address + "end");
            } else {
                out.println(address + r.position() + (r.isStmt() ? " stmt" : "") + (r.prologueEnd() ? " prologue_end" : ""));
            }
        }
    }

    private static Module parse(String file) throws IOException, MalformedException {
        return Wasm.parse(Files.readAllBytes(Path.of(file)));
    }

    private int usage(String synopsis) {
        err.println("usage: wasmscope " + synopsis);
        return ERROR;
    }

    private int unreadable(String file, IOException e) {
        err.println("error: cannot read " + file + ": " + e.getClass().getSimpleName() + " " + e.getMessage());
        return ERROR;
    }

    /**
     * One line: {@code trap: <message>} for a trap; otherwise {@code error: <file>: <error class>: <the
     * spec's message> at <position>}.
     */
    private int error(String file, WasmException e) {
        if (e instanceof Trap) {
            err.println("trap: " + e.getMessage());
            return TRAPPED;
        }
        err.println("error: " + file + ": " + kind(e) + ": " + e.describe());
        return e instanceof InternalException ? INTERNAL : ERROR;
    }

    /** The error class as the command line names it: {@code malformed module}, {@code link error}, {@code trap}. */
    static String kind(WasmException e) {
        if (e instanceof LinkException) {
            return "link error";
        }
        if (e instanceof InternalException) {
            return e.errorClass();
        }
        return e instanceof Trap ? e.errorClass() : e.errorClass() + " module";
    }
}
