package org.wasmscope.views.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wasmscope.tests.support.Debuggee;
import org.wasmscope.tests.support.workbench.Workbench;
import org.wasmscope.views.common.MachineInput;
import org.wasmscope.views.store.StoreInstancesView;

/**
 * {@code big.wat}: a 64 MiB memory written one word per page, a table of 250 elements. The memory dump
 * scrolls to the end and shows what the program wrote; the table opens in pages; and a refresh of all
 * four views after a step is timed (printed, not asserted: wall clocks vary) while its allocation shows
 * that the memory is not copied.
 */
class LargeStoreTest {
    private MachineViews views;
    private StoreInstancesView store;
    private Debuggee big;

    @BeforeEach
    void open() throws Exception {
        views = MachineViews.open();
        store = views.store;
        big = new Debuggee(Workbench.testWat("big.wat"));
        big.start("fill");
    }

    @AfterEach
    void close() throws Exception {
        if (big != null) {
            big.close();
        }
    }

    @Test
    void memoryDumpReadsWhereItIsScrolled() throws Exception {
        big.stepToLine(13, 2); // i32.store of the second iteration: 0x10000 at 0x10000
        big.step();
        views.feed(MachineInput.of(big.session));
        Workbench.pump(50);
        List<String> rows = store.lines(" | ", true);
        assertTrue(rows.contains("  *mem 0 | i32 {min 1024, max 1024} | 1024 pages (64 MiB) | max 1024 pages"), rows.toString());
        store.revealMemory(0x10000);
        Workbench.pump(50);
        assertEquals(0x10000, store.memoryTopAddress());
        assertEquals("00010000  00 00 01 00 00 00 00 00  00 00 00 00 00 00 00 00  ................",
                store.memoryLines().get(0));
        Workbench.screenshot("store-64mib-written-word");
        store.revealMemory(64L * 1024 * 1024 - 16);
        Workbench.pump(50);
        List<String> end = store.memoryLines();
        assertEquals("03fffff0  00 00 00 00 00 00 00 00  00 00 00 00 00 00 00 00  ................",
                end.get(end.size() - 1));
        Workbench.screenshot("store-64mib-end");
    }

    @Test
    void largeTableOpensInPages() throws Exception {
        views.feed(MachineInput.of(big.session));
        Workbench.pump(30);
        MachineViews.openRow(store.tree(), "tables", "table 0");
        List<String> rows = store.lines(" | ", true);
        int table = rows.indexOf("  table 0 | funcref {min 250} | size 250 | no maximum");
        assertEquals(List.of("  table 0 | funcref {min 250} | size 250 | no maximum", "    [0..99]", "    [100..199]",
                "    [200..249]"), rows.subList(table, table + 4));
        MachineViews.openRow(store.tree(), "tables", "table 0", "[200..249]");
        rows = store.lines(" | ", true);
        assertEquals("      [200] | funcref | null", rows.get(table + 4));
        assertEquals(50, rows.stream().filter(r -> r.startsWith("      [2")).count());
        // A step keeps what was opened.
        big.step();
        views.feed(MachineInput.of(big.session));
        assertEquals(rows.subList(0, table + 5), store.lines(" | ", true).subList(0, table + 5));
    }

    @Test
    void manyFunctionsInPages() throws Exception {
        try (Debuggee many = new Debuggee(Workbench.testWat("many.wat"))) {
            many.start("main");
            views.feed(MachineInput.of(many.session));
            Workbench.pump(30);
            List<String> rows = store.lines(" | ", true);
            int funcs = rows.indexOf("funcs |  | 151 instances");
            assertEquals(List.of("funcs |  | 151 instances", "  funcs 0..99", "  funcs 100..150"), rows.subList(funcs, funcs + 3));
            MachineViews.openRow(store.tree(), "funcs", "funcs 100..150");
            rows = store.lines(" | ", true);
            assertEquals("    func 150 | [] \u2192 [i32] | func 150 | module sample, index 150, export \"main\"", rows.get(funcs + 53));
            assertEquals("tables |  | 0 instances", rows.get(funcs + 54));
        }
    }

    @Test
    void refreshAfterAStepWith64MiBMemory() throws Exception {
        views.feed(MachineInput.of(big.session));
        Workbench.pump(100);
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long self = Thread.currentThread().threadId();
        List<Double> refresh = new ArrayList<>();
        List<Double> step = new ArrayList<>();
        List<Long> allocated = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            long t0 = System.nanoTime();
            big.step();
            MachineInput input = MachineInput.of(big.session);
            long t1 = System.nanoTime();
            long a0 = threads.getThreadAllocatedBytes(self);
            views.feed(input);
            shell.update(); // paint now, synchronously: the refresh includes drawing
            long t2 = System.nanoTime();
            allocated.add(threads.getThreadAllocatedBytes(self) - a0);
            step.add((t1 - t0) / 1e6);
            refresh.add((t2 - t1) / 1e6);
            Workbench.pump(5);
        }
        List<Long> sortedAlloc = new ArrayList<>(allocated);
        Collections.sort(sortedAlloc);
        System.out.printf("REFRESH BENCHMARK (64 MiB memory, %d steps): refresh of all four views median %.2f ms, p90 %.2f ms, max %.2f ms;"
                + " the step itself (runtime, incl. its 64 MiB change tracking) median %.2f ms;"
                + " allocation per refresh median %d KiB%n", refresh.size(), median(refresh), percentile(refresh, 0.9),
                Collections.max(refresh), median(step), sortedAlloc.get(sortedAlloc.size() / 2) / 1024);
        // A copy of the memory would allocate 64 MiB; reading the visible lines allocates little.
        assertTrue(sortedAlloc.get(sortedAlloc.size() / 2) < 8L << 20,
                "a refresh allocated " + sortedAlloc.get(sortedAlloc.size() / 2) + " bytes");
    }

    private static double median(List<Double> xs) {
        return percentile(xs, 0.5);
    }

    private static double percentile(List<Double> xs, double p) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.get((int) Math.min(s.size() - 1, Math.floor(p * s.size())));
    }
}
