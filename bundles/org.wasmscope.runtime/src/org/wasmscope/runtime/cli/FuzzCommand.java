package org.wasmscope.runtime.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

import org.wasmscope.runtime.fuzz.Fuzz;

/**
 * {@code wasmscope fuzz [--seed N] [--mutants N] [--generated N] [--suite DIR] [--binaryen DIR] [--work
 * DIR]}: runs {@link Fuzz}. Defaults: seed 1, 10000 mutants, 10 generated modules, the suite at
 * {@code ../shared/spec-testsuite}, Binaryen installed with npm under {@code .binaryen}, the work
 * folder {@code target/fuzz}.
 */
final class FuzzCommand {
    private static final String SYNOPSIS = "fuzz [--seed N] [--mutants N] [--generated N] [--suite DIR] [--binaryen DIR] [--work DIR]";

    private FuzzCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        long seed = 1;
        int mutants = 10_000;
        int generated = 10;
        Path suite = Path.of("../shared/spec-testsuite");
        Path binaryen = Path.of(".binaryen");
        Path work = Path.of("target/fuzz");
        try {
            for (int i = 0; i < args.length; i++) {
                if (i + 1 == args.length) {
                    throw new IllegalArgumentException(args[i] + " needs a value");
                }
                String v = args[++i];
                switch (args[i - 1]) {
                    case "--seed" -> seed = Long.parseLong(v);
                    case "--mutants" -> mutants = Integer.parseInt(v);
                    case "--generated" -> generated = Integer.parseInt(v);
                    case "--suite" -> suite = Path.of(v);
                    case "--binaryen" -> binaryen = Path.of(v);
                    case "--work" -> work = Path.of(v);
                    default -> throw new IllegalArgumentException("unknown option " + args[i - 1]);
                }
            }
        } catch (IllegalArgumentException e) {
            err.println("error: fuzz: " + e.getMessage());
            err.println("usage: wasmscope " + SYNOPSIS);
            return Main.ERROR;
        }
        try {
            return Fuzz.run(new Fuzz.Options(seed, mutants, generated, suite, binaryen, work), out) ? Main.OK : Main.ERROR;
        } catch (IOException e) {
            err.println("error: fuzz: " + e);
            return Main.ERROR;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Main.ERROR;
        }
    }
}
