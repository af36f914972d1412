package org.wasmscope.runtime.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.wasmscope.runtime.ThrownException;
import org.wasmscope.runtime.Trap;
import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.WasmException;
import org.wasmscope.runtime.debug.ExceptionText;
import org.wasmscope.runtime.debug.Frame;
import org.wasmscope.runtime.debug.Label;
import org.wasmscope.runtime.debug.Snapshot;
import org.wasmscope.runtime.debug.SnapshotReader;
import org.wasmscope.runtime.debug.SourcePos;
import org.wasmscope.runtime.debug.SuspendReason;
import org.wasmscope.runtime.debug.ValueFormat;
import org.wasmscope.runtime.dwarf.DebugInfo;
import org.wasmscope.runtime.embedding.Wasm;
import org.wasmscope.runtime.exec.Code;
import org.wasmscope.runtime.exec.Machine;
import org.wasmscope.runtime.reduction.Notation;
import org.wasmscope.runtime.reduction.Reduction;
import org.wasmscope.runtime.reduction.Step;
import org.wasmscope.runtime.spectest.SpecTest;
import org.wasmscope.runtime.store.FuncInst;
import org.wasmscope.runtime.store.Linker;
import org.wasmscope.runtime.store.ModuleInst;
import org.wasmscope.runtime.store.Store;
import org.wasmscope.runtime.syntax.Instr;
import org.wasmscope.runtime.valid.ValidModule;
import org.wasmscope.runtime.wasi.ProcExit;
import org.wasmscope.runtime.wasi.Wasi;
import org.wasmscope.runtime.wasi.WasiConfig;

/**
 * {@code wasmscope trace [--rules] FILE EXPORT [ARG...] [--labels] [--lines] [--limit N] [LIMITS]}: invokes
 * an export one instruction at a time and prints a line per executed instruction: call depth, function, position (byte offset, or
 * line:column for a text module), the instruction, and the current frame's operand stack after it
 * (after a call: the callee's, empty; after a return: the caller's; after the invoked function's return:
 * its results). {@code --labels} adds the label stack after it, outermost first, each as
 * {@code kind@opener(arity)} with its entry height; {@code --lines} adds the C position after the
 * instruction's (from the module's DWARF line table, {@code -} where it has none). A WASI program's
 * export runs with the WASI host (no input, its output among the trace's lines). The results then print
 * as {@code invoke} prints them.
 * The same facts the IDE's views show, read the same way ({@link SnapshotReader}).
 *
 * <p>{@code --rules} prints each reduction step instead, as {@code RULE: BEFORE ↪ AFTER} over the redex
 * ({@link Reduction}); constants, which are values already, take no reduction step and print nothing.
 * With {@code --lines} each such line begins with the C position of the instruction that reduces.
 */
public final class TraceCommand {
    private static final String SYNOPSIS = "trace [--rules] FILE EXPORT [ARG...] [--labels] [--lines] [--limit N] "
            + LimitOptions.SYNOPSIS;

    private TraceCommand() {
    }

    public static int run(String[] words, PrintStream out, PrintStream err) {
        boolean labels = false;
        boolean lines = false;
        boolean rules = false;
        long limit = -1;
        LimitOptions options = new LimitOptions();
        List<String> args;
        try {
            args = options.extract(List.of(words));
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.println("usage: wasmscope " + SYNOPSIS);
            return Main.ERROR;
        }
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--labels" -> labels = true;
                case "--lines" -> lines = true;
                case "--rules" -> rules = true;
                case "--limit" -> {
                    if (i + 1 == args.size()) {
                        err.println("usage: wasmscope " + SYNOPSIS);
                        return Main.ERROR;
                    }
                    try {
                        limit = Long.parseLong(args.get(++i));
                    } catch (NumberFormatException e) {
                        err.println("error: --limit needs a number, not " + args.get(i));
                        return Main.ERROR;
                    }
                }
                default -> rest.add(args.get(i));
            }
        }
        if (rest.size() < 2) {
            err.println("usage: wasmscope " + SYNOPSIS);
            return Main.ERROR;
        }
        String file = rest.get(0);
        Store store = new Store(options.limits());
        try {
            ValidModule vm = Wasm.validate(Wasm.parse(Files.readAllBytes(Path.of(file))));
            Linker linker = new Linker();
            if (SpecTest.isImportedBy(vm.module)) {
                linker.register(SpecTest.NAME, SpecTest.exports(store, out));
            }
            Wasi wasi = null;
            if (Wasi.isImportedBy(vm.module)) { // the program's output goes among the trace's lines
                wasi = new Wasi(new WasiConfig().arg(file).stdin(InputStream.nullInputStream()).stdout(out).stderr(err));
                linker.register(Wasi.MODULE, wasi.exports(store));
            }
            ModuleInst inst = Wasm.instantiate(store, vm, linker, Path.of(file).getFileName().toString());
            if (wasi != null) {
                wasi.bind(inst);
            }
            FuncInst f = Wasm.exportedFunc(inst, rest.get(1));
            Value[] values = Main.arguments(f.type, rest.subList(2, rest.size()));
            DebugInfo debugInfo = null;
            if (lines) {
                debugInfo = DebugInfo.read(vm.module);
                for (String w : debugInfo.warnings()) {
                    err.println("warning: " + w);
                }
            }
            try {
                return rules ? rules(store, f, values, debugInfo, limit, out, err)
                        : trace(store, f, values, labels, debugInfo, limit, out, err);
            } finally {
                if (wasi != null) {
                    wasi.close();
                }
            }
        } catch (IOException e) {
            err.println("error: cannot read " + file + ": " + e.getClass().getSimpleName() + " " + e.getMessage());
            return Main.ERROR;
        } catch (IllegalArgumentException e) {
            err.println("error: " + file + ": " + e.getMessage());
            return Main.ERROR;
        } catch (Trap e) {
            err.println("trap: " + e.getMessage());
            return Main.TRAPPED;
        } catch (ThrownException e) { // from the start function
            err.println(ExceptionText.of(e, store, null));
            return Main.THROWN;
        } catch (WasmException e) {
            err.println("error: " + file + ": " + Main.kind(e) + ": " + e.describe());
            return Main.ERROR;
        }
    }

    /**
     * Steps {@code f} to its end (or {@code limit} steps), printing each instruction, with its C position
     * from {@code debugInfo} unless that is null.
     */
    static int trace(Store store, FuncInst f, Value[] args, boolean labels, DebugInfo debugInfo, long limit,
            PrintStream out, PrintStream err) {
        Machine m = new Machine(store);
        m.start(f, args);
        SnapshotReader reader = new SnapshotReader();
        ValueFormat format = new ValueFormat(store, f.isHost() ? List.of() : List.of(f.module));
        long steps = 0;
        while (!m.isDone()) {
            if (limit >= 0 && steps == limit) {
                out.println("stopped after " + steps + " steps");
                return Main.OK;
            }
            int k = m.depth() - 1;
            Code code = m.frameCode(k);
            Instr in = code.func.func.body[m.frameInstr(k)];
            String where = m.depth() + " " + Snapshot.functionName(code.func) + " " + SourcePos.of(in)
                    + (debugInfo != null ? " " + Objects.requireNonNullElse(debugInfo.positionOf(in), "-") : "") + " " + in;
            try {
                m.step();
            } catch (ProcExit e) {
                out.println(where + " exit " + e.code());
                return e.code();
            } catch (Trap t) {
                out.println(where + " trap: " + t.getMessage());
                err.println("trap: " + t.getMessage());
                return Main.TRAPPED;
            } catch (ThrownException e) {
                String text = ExceptionText.of(e, store, f.module);
                out.println(where + " " + text);
                err.println(text);
                return Main.THROWN;
            }
            steps++;
            if (m.isDone()) {
                out.println(where + " " + results(m.results(), format));
                break;
            }
            String after = "[" + String.join(" ", reader.topOperands(m).stream().map(format::brief).toList()) + "]";
            if (labels) {
                after += " " + labels(reader.read(m, (int) Math.min(Integer.MAX_VALUE, steps)).top());
            }
            out.println(where + " " + after);
        }
        for (Value v : m.results()) {
            out.println(format.full(v));
        }
        return Main.OK;
    }

    /**
     * Steps {@code f} to its end (or {@code limit} steps), printing each reduction step with its rule, after
     * its C position from {@code debugInfo} unless that is null.
     */
    static int rules(Store store, FuncInst f, Value[] args, DebugInfo debugInfo, long limit, PrintStream out,
            PrintStream err) {
        Machine m = new Machine(store);
        m.start(f, args);
        SnapshotReader reader = new SnapshotReader();
        ValueFormat format = new ValueFormat(store, f.isHost() ? List.of() : List.of(f.module));
        long steps = 0;
        while (!m.isDone()) {
            if (limit >= 0 && steps == limit) {
                out.println("stopped after " + steps + " steps");
                return Main.OK;
            }
            Snapshot before = reader.read(m, (int) Math.min(Integer.MAX_VALUE, steps));
            Step next = Reduction.next(before, null);
            String where = debugInfo == null ? ""
                    : Objects.requireNonNullElse(debugInfo.positionOf(before.top().instr()), "-") + " ";
            try {
                m.step();
            } catch (ProcExit e) {
                out.println(where + next.line() + "   ;; exit " + e.code());
                return e.code();
            } catch (Trap t) {
                out.println(where + Reduction.next(before, new SuspendReason.Trapped(t.getMessage(), t)).line() + "   ;; "
                        + t.getMessage());
                err.println("trap: " + t.getMessage());
                return Main.TRAPPED;
            } catch (ThrownException e) {
                String text = ExceptionText.of(e, store, f.module);
                out.println(where + next.line() + "   ;; " + text);
                err.println(text);
                return Main.THROWN;
            }
            steps++;
            if (!Notation.isValue(before.top().instr().op)) {
                Snapshot after = m.isDone() ? null : reader.read(m, (int) Math.min(Integer.MAX_VALUE, steps));
                out.println(where
                        + Reduction.taken(next, before, after, null, m.isDone() ? List.of(m.results()) : null).line());
            }
        }
        for (Value v : m.results()) {
            out.println(format.full(v));
        }
        return Main.OK;
    }

    private static String results(Value[] values, ValueFormat format) {
        StringBuilder b = new StringBuilder("[");
        for (Value v : values) {
            b.append(b.length() > 1 ? " " : "").append(format.brief(v));
        }
        return b.append(']').toString();
    }

    /** e.g. {@code labels{function(1) block@3(1)^0 loop@5(0)^1}}: kind@opener(arity)^entry height. */
    static String labels(Frame f) {
        StringBuilder b = new StringBuilder("labels{");
        for (Label l : f.labels()) {
            if (b.length() > 7) {
                b.append(' ');
            }
            b.append(l.name() != null ? l.kind().name().toLowerCase() + "$" + l.name() : l.displayName());
            b.append('(').append(l.arity()).append(')');
            if (l.kind() != Label.Kind.FUNCTION) {
                b.append('^').append(l.height());
            }
        }
        return b.append('}').toString();
    }
}
