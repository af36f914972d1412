package org.wasmscope.runtime.fuzz;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code wasmscope fuzz}: the mutation fuzzer over the spec testsuite's modules and the differential
 * tester against Binaryen, with a seed and counts, and every outcome counted by class. A run fails (exit
 * 1) if any mutant ends in an {@linkplain Outcome#INTERNAL internal error} or any generated module runs
 * differently from Binaryen's interpreter; the inputs that did are saved in the work folder.
 */
public final class Fuzz {
    /** How often a long run reports what it found so far (mutants). */
    private static final int PROGRESS = 50_000;

    /** How often the differential tester reports what it found so far (modules). */
    private static final int GENERATED_PROGRESS = 100;

    /**
     * Differential testers running at once, each with its own wasm-opt: the time per module is wasm-opt's
     * and the runtime's in about equal parts, each on one thread.
     */
    private static final int WORKERS = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));

    private Fuzz() {
    }

    /** The options of one run. */
    public record Options(long seed, int mutants, int generated, Path suite, Path binaryen, Path work) {
    }

    /** Runs the fuzzers as {@code o} says, printing progress and figures to {@code out}; true if nothing failed. */
    public static boolean run(Options o, PrintStream out) throws IOException, InterruptedException {
        Files.createDirectories(o.work());
        boolean ok = true;
        if (o.mutants() > 0) {
            ok &= mutate(o, out);
        }
        if (o.generated() > 0) {
            ok &= differential(o, out);
        }
        return ok;
    }

    private static boolean mutate(Options o, PrintStream out) throws IOException {
        if (o.suite() == null || !Files.isDirectory(o.suite())) {
            out.println("mutation fuzzing: skipped (no spec testsuite at " + o.suite() + ")");
            return true;
        }
        Mutator corpus = Mutator.of(o.suite());
        out.println("mutation fuzzing: " + corpus.binaries.size() + " binary and " + corpus.texts.size()
                + " text modules from " + o.suite() + ", seed " + o.seed());
        Map<Outcome, Integer> binary = new EnumMap<>(Outcome.class);
        Map<Outcome, Integer> text = new EnumMap<>(Outcome.class);
        Random r = new Random(o.seed());
        long start = System.nanoTime();
        int failures = 0;
        for (int i = 0; i < o.mutants(); i++) {
            boolean isBinary = i % 2 == 0;
            byte[] mutant = isBinary ? Mutator.mutate(corpus.binaries.get(r.nextInt(corpus.binaries.size())), r)
                    : Mutator.mutate(corpus.texts.get(r.nextInt(corpus.texts.size())), r).getBytes(StandardCharsets.UTF_8);
            int index = i;
            Outcome outcome = Outcome.of(mutant, e -> {
                out.println("INTERNAL ERROR on mutant " + index + " (seed " + o.seed() + "): " + e);
                try {
                    Files.write(o.work().resolve("internal-" + o.seed() + "-" + index + (isBinary ? ".wasm" : ".wat")), mutant);
                } catch (IOException io) {
                    out.println("  (not saved: " + io.getMessage() + ")");
                }
            });
            (isBinary ? binary : text).merge(outcome, 1, Integer::sum);
            failures += outcome == Outcome.INTERNAL ? 1 : 0;
            if ((i + 1) % PROGRESS == 0 && i + 1 < o.mutants()) {
                out.printf("  after %d mutants (%.0f s): binary %s, text %s%n", i + 1, (System.nanoTime() - start) / 1e9,
                        binary, text);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out.println("  binary mutants: " + binary);
        out.println("  text mutants:   " + text);
        out.printf("  %d mutants in %.1f s (%.0f/s), %d internal errors%n", o.mutants(), seconds, o.mutants() / seconds, failures);
        return failures == 0;
    }

    private static boolean differential(Options o, PrintStream out) throws IOException, InterruptedException {
        Path wasmOpt = o.binaryen() == null ? null : Differential.findWasmOpt(o.binaryen());
        if (wasmOpt == null) {
            out.println("differential testing: skipped (no binaryen installed under " + o.binaryen()
                    + "; npm install binaryen@132 there)");
            return true;
        }
        out.println("differential testing against " + wasmOpt + ", seed " + o.seed() + ", features "
                + String.join(" ", Differential.FEATURES));
        long start = System.nanoTime();
        Map<Differential.Verdict, Integer> counts = new EnumMap<>(Differential.Verdict.class);
        for (Differential.Verdict v : Differential.Verdict.values()) {
            counts.put(v, 0);
        }
        Map<String, Integer> events = new TreeMap<>();
        Map<String, Integer> modulesUsing = new TreeMap<>();
        AtomicInteger next = new AtomicInteger();
        List<Callable<Void>> workers = new ArrayList<>();
        for (int w = 0; w < WORKERS; w++) {
            String name = "worker" + w;
            workers.add(() -> {
                try (Differential tester = new Differential(wasmOpt, o.work(), name)) {
                    for (int i = next.getAndIncrement(); i < o.generated(); i = next.getAndIncrement()) {
                        Differential.Verdict v = tester.run(o.seed() + i, out);
                        synchronized (counts) {
                            counts.merge(v, 1, Integer::sum);
                            int done = counts.values().stream().mapToInt(Integer::intValue).sum();
                            if (done % GENERATED_PROGRESS == 0 && done < o.generated()) {
                                out.printf("  after %d modules (%.0f s): %s%n", done, (System.nanoTime() - start) / 1e9, counts);
                            }
                        }
                    }
                    synchronized (events) {
                        tester.events.forEach((k, v) -> events.merge(k, v, Integer::sum));
                        tester.modulesUsing.forEach((k, v) -> modulesUsing.merge(k, v, Integer::sum));
                    }
                }
                return null;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
        try {
            for (Future<Void> f : pool.invokeAll(workers)) {
                f.get();
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out.println("  generated modules: " + counts);
        out.println("  modules using: " + modulesUsing);
        out.println("  what their exports did (modules that ran alike): " + events);
        out.printf("  %d modules in %.1f s (%.2f/s)%n", o.generated(), seconds, o.generated() / seconds);
        return counts.get(Differential.Verdict.DIFFERENT) == 0;
    }
}
