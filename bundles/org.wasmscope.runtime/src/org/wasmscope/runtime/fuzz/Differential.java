package org.wasmscope.runtime.fuzz;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.wasmscope.runtime.Exhaustion;
import org.wasmscope.runtime.RefBits;
import org.wasmscope.runtime.ThrownException;
import org.wasmscope.runtime.Trap;
import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.WasmException;
import org.wasmscope.runtime.embedding.Wasm;
import org.wasmscope.runtime.store.ExternVal;
import org.wasmscope.runtime.store.FuncInst;
import org.wasmscope.runtime.store.ModuleInst;
import org.wasmscope.runtime.store.Store;
import org.wasmscope.runtime.syntax.Export;
import org.wasmscope.runtime.syntax.ExternKind;
import org.wasmscope.runtime.syntax.ValType;
import org.wasmscope.runtime.valid.ValidModule;

/**
 * The differential tester: Binaryen's {@code wasm-opt -ttf} turns random bytes into a valid module and
 * runs it in its interpreter ({@code --fuzz-exec-before}); the runtime runs the same module the same way
 * (every export in order, functions with zero arguments, exported globals read) with the same
 * {@code fuzzing-support} host, and both transcripts are compared line by line after normalising what the
 * spec leaves open: NaN bits (any NaN equals any NaN) and trap messages (a trap equals a trap).
 */
final class Differential implements AutoCloseable {
    /** The features wasm-opt may use: those of WebAssembly 3.0, which the runtime implements (see RELIABILITY.md). */
    static final List<String> FEATURES = List.of("--enable-sign-ext", "--enable-mutable-globals",
            "--enable-nontrapping-float-to-int", "--enable-bulk-memory", "--enable-bulk-memory-opt", "--enable-simd",
            "--enable-relaxed-simd", "--enable-multivalue", "--enable-reference-types", "--enable-tail-call",
            "--enable-extended-const", "--enable-exception-handling", "--enable-gc", "--enable-memory64",
            "--enable-multimemory", "--enable-call-indirect-overlong");

    /** How one generated module compared. */
    enum Verdict { EQUAL, DIFFERENT, NOT_GENERATED }

    /** How long wasm-opt may take to generate and run one module. */
    private static final long TIMEOUT_SECONDS = 20;

    private final WasmOptServer wasmOpt;
    private final Path work;
    private final String name;

    /** A tester whose files in {@code work} are named after {@code name} (one per worker). */
    Differential(Path wasmOpt, Path work, String name) throws IOException {
        this.wasmOpt = new WasmOptServer(wasmOpt, work);
        this.work = work;
        this.name = name;
    }

    /** The wasm-opt of an npm install of binaryen under {@code dir}, or null. */
    static Path findWasmOpt(Path dir) {
        Path p = dir.resolve("node_modules/.bin/wasm-opt");
        return Files.isExecutable(p) ? p : null;
    }

    /** The module generated from seed {@code seed}, run by both; {@code report} gets the first difference. */
    Verdict run(long seed, PrintStream report) throws IOException {
        byte[] random = new byte[4096];
        new Random(seed).nextBytes(random);
        Path input = work.resolve(name + ".bin");
        Path module = work.resolve(name + ".wasm");
        Files.write(input, random);
        Files.deleteIfExists(module);
        List<String> args = new ArrayList<>(List.of(input.toString(), "-ttf"));
        args.addAll(FEATURES);
        // Binaryen generates the legacy exception instructions (try, catch, rethrow) too, which are not
        // WebAssembly 3.0: the module it writes has them translated to try_table and exnref
        args.addAll(List.of("--emit-exnref", "-o", module.toString(), "--fuzz-exec-before"));
        WasmOptServer.Reply oracle = wasmOpt.run(args, TIMEOUT_SECONDS);
        if (oracle == null || oracle.status() != 0 || !Files.exists(module)) {
            report.println("seed " + seed + ": not generated (" + (oracle == null ? "no answer within " + TIMEOUT_SECONDS + " s"
                    : "wasm-opt exit status " + oracle.status()) + ")");
            return Verdict.NOT_GENERATED;
        }
        List<String> expected = normalise(oracle.output());
        List<String> actual = normalise(transcript(Files.readAllBytes(module)));
        for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
            String e = i < expected.size() ? expected.get(i) : "(end)";
            String a = i < actual.size() ? actual.get(i) : "(end)";
            if (!e.equals(a)) {
                report.println("seed " + seed + ": line " + (i + 1) + ": binaryen " + e + " / wasmscope " + a);
                Files.copy(module, work.resolve("different-" + seed + ".wasm"), StandardCopyOption.REPLACE_EXISTING);
                return Verdict.DIFFERENT;
            }
        }
        return Verdict.EQUAL;
    }

    private static final String EXCEPTION = "[exception thrown: ";

    /** The lines both sides print that matter, with NaNs and trap messages made alike. */
    static List<String> normalise(String transcript) {
        List<String> out = new ArrayList<>();
        for (String line : transcript.split("\n")) {
            if (line.startsWith("[trap")) {
                out.add("[trap]");
            } else if (line.startsWith(EXCEPTION) && !line.startsWith(EXCEPTION + "imported-")
                    && !line.startsWith(EXCEPTION + "failed")) { // a module's own tag, by a name the runtime does not know
                String rest = line.substring(EXCEPTION.length());
                int nameEnd = rest.indexOf(' ') >= 0 ? rest.indexOf(' ') : rest.indexOf(']');
                out.add(numbers(EXCEPTION + "tag" + rest.substring(nameEnd)));
            } else if (line.startsWith("[fuzz-exec] export") || line.startsWith("[fuzz-exec] note result")
                    || line.startsWith("[LoggingExternalInterface") || line.startsWith(EXCEPTION)) {
                out.add(numbers(line));
            } else if (!out.isEmpty() && out.get(out.size() - 1).startsWith("[fuzz-exec] note result") && !line.isBlank()
                    && !line.startsWith("[") && !line.startsWith("warning")) {
                out.add(number(line.trim())); // the further values of a multi-value result
            }
        }
        return out;
    }

    /** {@code line} with its numbers as their values. */
    private static String numbers(String line) {
        StringBuilder b = new StringBuilder();
        for (String word : line.split(" ")) {
            b.append(b.isEmpty() ? "" : " ").append(number(word));
        }
        return b.toString();
    }

    /** A number as its value (so that 1.5 and 1.50 agree), NaNs as "nan"; other words as they are. */
    private static String number(String word) {
        String w = word.endsWith("]") ? word.substring(0, word.length() - 1) : word;
        String tail = word.endsWith("]") ? "]" : "";
        if (w.contains("nan")) {
            return "nan" + tail;
        }
        try {
            if (w.matches("-?[0-9].*") && !w.startsWith("0x")) {
                return Double.toString(Double.parseDouble(w)) + tail;
            }
        } catch (NumberFormatException e) {
            // not a number
        }
        return word;
    }

    // ------------------------------------------------------------------ the runtime's side

    /** What the runtime prints for {@code bytes} in Binaryen's transcript format. */
    static String transcript(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        ValidModule vm;
        try {
            vm = Wasm.load(bytes);
        } catch (WasmException e) {
            return "[wasmscope rejects the module: " + e.errorClass() + ": " + e.describe() + "]\n";
        }
        Store store = Outcome.store();
        FuzzingSupport host = new FuzzingSupport(store, vm, out);
        ModuleInst inst;
        try {
            inst = Wasm.instantiate(store, vm, host, "fuzz");
        } catch (Trap e) { // in the start function: Binaryen, too, runs nothing after it
            return out.append("[trap ").append(e.getMessage()).append("]\n").toString();
        } catch (ThrownException e) {
            return out.append("[exception thrown: failed to instantiate module]\n").toString();
        } catch (WasmException e) {
            return out + "[wasmscope cannot instantiate: " + e.errorClass() + ": " + e.describe() + "]\n";
        }
        host.bind(inst);
        for (Export x : vm.module.exports) {
            ExternVal v = inst.export(x.name());
            if (x.kind() == ExternKind.GLOBAL) {
                out.append("[fuzz-exec] export ").append(x.name()).append('\n');
                out.append("[LoggingExternalInterface logging ").append(print(v.global().get())).append("]\n");
            } else if (x.kind() == ExternKind.FUNC) {
                out.append("[fuzz-exec] export ").append(x.name()).append('\n');
                call(v.func(), x.name(), store, host, out);
            }
        }
        return out.toString();
    }

    private static void call(FuncInst f, String name, Store store, FuzzingSupport host, StringBuilder out) {
        List<Value> args = new ArrayList<>();
        for (ValType t : f.type.params) {
            if (!t.nullable && t.isRef()) {
                out.append("[trap fuzzer can only send defaultable parameters to exports]\n");
                return;
            }
            args.add(Outcome.zero(t));
        }
        try {
            Value[] results = Wasm.invoke(store, f, args.toArray(new Value[0]));
            if (results.length > 0) {
                out.append("[fuzz-exec] note result: ").append(name).append(" => ");
                for (Value r : results) {
                    out.append(print(r)).append('\n');
                }
            }
        } catch (Exhaustion e) {
            out.append("[trap ").append(e.getMessage()).append("]\n");
        } catch (Trap e) {
            out.append("[trap ").append(e.getMessage()).append("]\n");
        } catch (ThrownException e) {
            int tag = e.tag;
            out.append("[exception thrown: ").append(tag == host.jsTag.address ? "imported-js-tag"
                    : tag == host.wasmTag.address ? "imported-wasm-tag" : "tag");
            for (Value v : e.payload()) {
                out.append(' ').append(print(v));
            }
            out.append("]\n");
        }
    }

    /**
     * A value as Binaryen prints it: references as JavaScript sees them (null, a function, an object), but
     * i31 and host references in full, whether seen as anyref or as externref (extern.convert_any and
     * any.convert_extern keep a reference's bits), and the host reference of a JavaScript error as
     * "jserror".
     */
    static String print(Value v) {
        ValType t = v.type();
        if (t.isRef()) {
            long bits = v.bits();
            if (bits == Value.NULL_REF) {
                return "null";
            }
            if (t.matches(ValType.FUNCREF)) {
                return "function";
            }
            if (t.matches(ValType.EXNREF)) {
                return "object(null)";
            }
            return switch (RefBits.kind(bits)) {
                case RefBits.I31 -> "i31ref(" + RefBits.i31Signed(bits) + ")";
                case RefBits.ADDRESS -> bits == FuzzingSupport.JS_ERROR ? "jserror" : "externref(" + bits + ")";
                default -> "object(null)"; // a struct or array: no prototype
            };
        }
        return switch (t.kind) {
            case I32 -> Integer.toString((int) v.bits());
            case I64 -> Long.toString(v.bits());
            case F32 -> floatText(Float.intBitsToFloat((int) v.bits()));
            case F64 -> floatText(Double.longBitsToDouble(v.bits()));
            default -> String.format("i32x4 0x%08x 0x%08x 0x%08x 0x%08x", (int) v.bits(), (int) (v.bits() >>> 32),
                    (int) v.high(), (int) (v.high() >>> 32));
        };
    }

    private static String floatText(double d) {
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        return Double.isNaN(d) ? "nan" : Double.toString(d);
    }

    @Override
    public void close() {
        wasmOpt.close();
    }
}
