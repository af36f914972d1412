package org.wasmscope.runtime.tests.dwarf;

import java.util.ArrayList;
import java.util.List;

import org.wasmscope.runtime.debug.Action;

/**
 * How long one source-line step takes: steps over the lines of the loop in {@code fib} of
 * {@code c/dwarf/steps.c} built with {@code -g -O0} (each step runs the line instruction by instruction
 * and finds the next statement in the line table), many times, and prints the median and the slowest
 * step, from the step's request to the suspension. Goal: under 20 ms. Needs clang-14.
 *
 * <p>Run: {@code java -cp <runtime classes>:<test support classes>:<test classes>:<junit> org.wasmscope.runtime.tests.dwarf.LineStepBenchmark [sessions]}
 */
public final class LineStepBenchmark {
    private LineStepBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int sessions = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        byte[] module = CDebuggee.build("steps", "-O0");
        List<Long> nanos = new ArrayList<>();
        for (int s = 0; s < sessions; s++) {
            try (CDebuggee d = new CDebuggee(module)) {
                d.session.breakAtSourceLine(d.inst, "steps.c", 17);
                d.run();
                for (int i = 0; i < 12; i++) { // three iterations of the loop's four lines
                    long t = System.nanoTime();
                    d.act(Action.STEP_OVER);
                    nanos.add(System.nanoTime() - t);
                }
            }
        }
        List<Long> warm = new ArrayList<>(nanos.subList(nanos.size() / 2, nanos.size())); // after warm-up
        warm.sort(null);
        System.out.printf("line step over in a -O0 loop: median %.3f ms, slowest %.3f ms (%d steps after warm-up)%n",
                warm.get(warm.size() / 2) / 1e6, warm.get(warm.size() - 1) / 1e6, warm.size());
    }
}
