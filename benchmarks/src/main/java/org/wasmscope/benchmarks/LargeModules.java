package org.wasmscope.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.cli.Main;
import org.wasmscope.runtime.embedding.Wasm;
import org.wasmscope.runtime.store.ExternVal;
import org.wasmscope.runtime.store.FuncInst;
import org.wasmscope.runtime.store.ModuleInst;
import org.wasmscope.runtime.store.Store;
import org.wasmscope.runtime.syntax.FuncType;
import org.wasmscope.runtime.syntax.Module;
import org.wasmscope.runtime.syntax.ValType;
import org.wasmscope.runtime.valid.ValidModule;

/**
 * Issue 17's large-module benchmark: generated modules that made a phase quadratic once (100k imports,
 * 100k functions, a 1 MB name section of small subsections, a 1M-entry br_table, 100k nested blocks; the
 * imports, functions and blocks in the binary and the text format). Each is built at half and at full size, and every phase (decode or
 * parse, validate, instantiate, invoke, trace) is timed at both: the ratio full/half is about 2 for a
 * linear phase and 4 for a quadratic one. Times are the benchmark thread's CPU time (other engineers'
 * load does not count), the best of a few runs; the thread has a stack deep enough for the text parser's
 * deepest nesting, so that all work is done on it.
 *
 * <p>{@code benchmarks/large-modules [RUNS]} runs it (no Maven, no Chicory).
 */
public final class LargeModules {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private LargeModules() {
    }

    /** One generated module: its bytes (binary or text) and the export a run invokes, or null. */
    private record Case(String name, byte[] bytes, String export) {
    }

    public static void main(String[] args) throws Exception {
        Exception[] failure = new Exception[1];
        Thread t = new Thread(null, () -> {
            try {
                run(args);
            } catch (Exception e) {
                failure[0] = e;
            }
        }, "large-modules", 1L << 30);
        t.start();
        t.join();
        if (failure[0] != null) {
            throw failure[0];
        }
    }

    private static void run(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        phases(generate("functions", 4), 1); // the JIT's warm-up
        System.out.printf("%-28s %-12s %10s %10s %6s%n", "module (full size)", "phase", "half ms", "full ms", "ratio");
        boolean linear = true;
        for (String kind : List.of("imports", "imports-text", "functions", "functions-text", "names", "br_table",
                "nested-binary", "nested-text")) {
            Map<String, Long> half = phases(generate(kind, 2), runs);
            Map<String, Long> full = phases(generate(kind, 1), runs);
            for (String phase : full.keySet()) {
                double h = half.get(phase) / 1e6;
                double f = full.get(phase) / 1e6;
                double ratio = h < 5 ? Double.NaN : f / h; // below a few milliseconds the ratio says nothing
                linear &= !(ratio > 3);
                System.out.printf("%-28s %-12s %10.1f %10.1f %6s%n", generate(kind, 1).name(), phase, h, f,
                        Double.isNaN(ratio) ? "-" : String.format("%.2f", ratio));
            }
        }
        System.out.println(linear ? "every phase linear (ratio <= 3)" : "SOME PHASE GREW FASTER THAN LINEARLY");
    }

    /** The best time of each phase over {@code runs} runs, in nanoseconds. */
    private static Map<String, Long> phases(Case c, int runs) throws Exception {
        Map<String, Long> best = new LinkedHashMap<>();
        for (int r = 0; r < runs; r++) {
            long t = now();
            Module m = Wasm.parse(c.bytes());
            t = record(best, Wasm.isBinary(c.bytes()) ? "decode" : "parse", t);
            ValidModule vm = Wasm.validate(m);
            t = record(best, "validate", t);
            Store store = new Store();
            ModuleInst inst = Wasm.instantiate(store, vm, (module, name) -> nop(store), c.name());
            t = record(best, "instantiate", t);
            if (c.export() != null) {
                FuncInst f = Wasm.exportedFunc(inst, c.export());
                Value[] args = f.type.params.length == 0 ? new Value[0] : new Value[] {Value.i32(7)};
                Wasm.invoke(store, f, args);
                t = record(best, "invoke", t);
                if (c.name().startsWith("nested")) {
                    PrintStream devNull = new PrintStream(OutputStream.nullOutputStream());
                    Path file = Files.createTempFile("large", Wasm.isBinary(c.bytes()) ? ".wasm" : ".wat");
                    Files.write(file, c.bytes());
                    t = now();
                    Main.run(new String[] {"trace", file.toString(), c.export()}, devNull, devNull);
                    record(best, "trace", t);
                    Files.delete(file);
                }
            }
        }
        return best;
    }

    /** What every import gets: a host function () -> () (the generated modules import only such functions). */
    private static ExternVal nop(Store store) {
        return ExternVal.of(store.allocHostFunc(new FuncType(new ValType[0], new ValType[0]), a -> new long[0]));
    }

    private static long record(Map<String, Long> best, String phase, long start) {
        long t = now();
        best.merge(phase, t - start, Math::min);
        return now();
    }

    private static long now() {
        return THREADS.getCurrentThreadCpuTime();
    }

    // ------------------------------------------------------------------ the generated modules

    /** Module {@code kind} at 1/{@code divisor} of its full size. */
    static Case generate(String kind, int divisor) {
        return switch (kind) {
            case "imports" -> imports(100_000 / divisor);
            case "imports-text" -> importsText(100_000 / divisor);
            case "functions" -> functions(100_000 / divisor);
            case "functions-text" -> functionsText(100_000 / divisor);
            case "names" -> names((1 << 20) / divisor);
            case "br_table" -> brTable(1_000_000 / divisor);
            case "nested-binary" -> nestedBinary(100_000 / divisor);
            case "nested-text" -> nestedText(100_000 / divisor);
            default -> throw new IllegalArgumentException(kind);
        };
    }

    /** n imported functions () -> (), and a function that calls the last one. */
    private static Case imports(int n) {
        Bin importSec = new Bin().u32(n);
        for (int i = 0; i < n; i++) {
            importSec.name("env").name("f" + i).u8(0).u32(0);
        }
        Bin code = new Bin().u32(1).body(new Bin().u32(0).u8(0x10).u32(n - 1).u8(0x0B));
        return new Case(n / 1000 + "k imports", module(
                section(1, new Bin().u32(1).u8(0x60).u32(0).u32(0)),
                section(2, importSec),
                section(3, new Bin().u32(1).u32(0)),
                section(7, new Bin().u32(1).name("run").u8(0).u32(n)),
                section(10, code)), "run");
    }

    /** The same in the text format. */
    private static Case importsText(int n) {
        StringBuilder b = new StringBuilder("(module\n");
        for (int i = 0; i < n; i++) {
            b.append("(import \"env\" \"f").append(i).append("\" (func))\n");
        }
        b.append("(func (export \"run\") call ").append(n - 1).append("))");
        return new Case(n / 1000 + "k imports (text)", b.toString().getBytes(StandardCharsets.UTF_8), "run");
    }

    /** The same in the text format. */
    private static Case functionsText(int n) {
        StringBuilder b = new StringBuilder("(module\n");
        for (int i = 0; i < n; i++) {
            b.append("(func (param i32) (result i32) local.get 0");
            b.append(i + 1 < n ? " call " + (i + 1) : "").append(")\n");
        }
        b.append("(export \"run\" (func ").append(n - 1).append(")))");
        return new Case(n / 1000 + "k functions (text)", b.toString().getBytes(StandardCharsets.UTF_8), "run");
    }

    /** n functions (i32) -> i32, each calling the next, the last returning its argument. */
    private static Case functions(int n) {
        Bin funcs = new Bin().u32(n);
        Bin code = new Bin().u32(n);
        for (int i = 0; i < n; i++) {
            funcs.u32(0);
            Bin body = new Bin().u32(0).u8(0x20).u32(0);
            if (i + 1 < n) {
                body.u8(0x10).u32(i + 1);
            }
            code.body(body.u8(0x0B));
        }
        return new Case(n / 1000 + "k functions", module(
                section(1, new Bin().u32(1).u8(0x60).u32(1).u8(0x7F).u32(1).u8(0x7F)),
                section(3, funcs),
                section(7, new Bin().u32(1).name("run").u8(0).u32(n - 1)),
                section(10, code)), "run");
    }

    /** A name section of about {@code bytes} bytes: function-name subsections of one name each. */
    private static Case names(int bytes) {
        Bin names = new Bin().name("name");
        while (names.size() < bytes) {
            names.u8(1).body(new Bin().u32(1).u32(0).name("f"));
        }
        Bin custom = new Bin();
        custom.out.writeBytes(names.out.toByteArray());
        return new Case(bytes / 1024 + " KiB name section", module(
                section(1, new Bin().u32(1).u8(0x60).u32(0).u32(0)),
                section(3, new Bin().u32(1).u32(0)),
                section(7, new Bin().u32(1).name("run").u8(0).u32(0)),
                section(10, new Bin().u32(1).body(new Bin().u32(0).u8(0x0B))),
                section(0, custom)), "run");
    }

    /** A function (i32) -> i32 whose br_table has n targets (two blocks, in turn). */
    private static Case brTable(int n) {
        Bin body = new Bin().u32(0).u8(0x02).u8(0x40).u8(0x02).u8(0x40).u8(0x20).u32(0).u8(0x0E).u32(n);
        for (int i = 0; i < n; i++) {
            body.u32(i & 1);
        }
        body.u32(0).u8(0x0B).u8(0x0B).u8(0x41).u32(1).u8(0x0B);
        return new Case(n / 1000 + "k-entry br_table", module(
                section(1, new Bin().u32(1).u8(0x60).u32(1).u8(0x7F).u32(1).u8(0x7F)),
                section(3, new Bin().u32(1).u32(0)),
                section(7, new Bin().u32(1).name("run").u8(0).u32(0)),
                section(10, new Bin().u32(1).body(body))), "run");
    }

    /** A function of n nested blocks. */
    private static Case nestedBinary(int n) {
        Bin body = new Bin().u32(0);
        for (int i = 0; i < n; i++) {
            body.u8(0x02).u8(0x40);
        }
        for (int i = 0; i <= n; i++) {
            body.u8(0x0B);
        }
        return new Case("nested " + n / 1000 + "k blocks (binary)", module(
                section(1, new Bin().u32(1).u8(0x60).u32(0).u32(0)),
                section(3, new Bin().u32(1).u32(0)),
                section(7, new Bin().u32(1).name("run").u8(0).u32(0)),
                section(10, new Bin().u32(1).body(body))), "run");
    }

    /** The same in the text format, folded. */
    private static Case nestedText(int n) {
        String text = "(module (func (export \"run\") " + "(block ".repeat(n) + ")".repeat(n) + "))";
        return new Case("nested " + n / 1000 + "k blocks (text)", text.getBytes(StandardCharsets.UTF_8), "run");
    }

    private static byte[] module(Bin... sections) {
        Bin m = new Bin();
        m.out.writeBytes(new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0});
        for (Bin s : sections) {
            m.out.writeBytes(s.out.toByteArray());
        }
        return m.out.toByteArray();
    }

    private static Bin section(int id, Bin contents) {
        return new Bin().u8(id).body(contents);
    }

    /** A growing binary encoding. */
    private static final class Bin {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Bin u8(int b) {
            out.write(b);
            return this;
        }

        Bin u32(long v) {
            do {
                int b = (int) (v & 0x7F);
                v >>>= 7;
                out.write(v != 0 ? b | 0x80 : b);
            } while (v != 0);
            return this;
        }

        Bin name(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            u32(b.length);
            out.writeBytes(b);
            return this;
        }

        /** {@code contents} preceded by its size. */
        Bin body(Bin contents) {
            u32(contents.size());
            out.writeBytes(contents.out.toByteArray());
            return this;
        }

        int size() {
            return out.size();
        }
    }
}
