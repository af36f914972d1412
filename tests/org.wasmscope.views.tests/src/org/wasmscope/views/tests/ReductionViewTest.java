package org.wasmscope.views.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.debug.Session;
import org.wasmscope.runtime.embedding.Wasm;
import org.wasmscope.runtime.store.Linker;
import org.wasmscope.runtime.store.ModuleInst;
import org.wasmscope.runtime.store.Store;
import org.wasmscope.tests.support.Debuggee;
import org.wasmscope.tests.support.workbench.Workbench;
import org.wasmscope.views.common.MachineInput;
import org.wasmscope.views.perspective.WasmDebugPerspective;
import org.wasmscope.views.reduction.ReductionView;
import org.wasmscope.views.store.StoreInstancesView;

/**
 * The Reduction view on examples/reduction.wat: the configuration, the next rule, the step taken, the
 * history; a refresh with 10,001 frames; instantiation's code stepped with the Store view beside it.
 */
class ReductionViewTest {
    private ReductionView view;

    @BeforeEach
    void open() throws Exception {
        Workbench.closeIntro();
        Workbench.perspective(WasmDebugPerspective.ID);
        Workbench.maximize();
        view = Workbench.show(ReductionView.ID);
        view.setInput(null);
    }

    /** examples/reduction.wat of the repository. */
    static Path example() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path f = p.resolve("examples/reduction.wat");
            if (Files.exists(f)) {
                return f;
            }
        }
        throw new AssertionError("examples/reduction.wat not found");
    }

    @Test
    void theSpecsExampleStepByStep() throws Exception {
        try (Debuggee d = new Debuggee(example())) {
            d.start("spec", Value.f64(1.5), Value.f64(2), Value.f64(0.25));
            view.setInput(MachineInput.of(d.session));
            assertEquals("t.const c: (f64.const 1.5) ↪ (f64.const 1.5)", view.nextLine());
            for (int i = 0; i < 4; i++) {
                d.step();
                view.setInput(MachineInput.of(d.session));
            }
            assertEquals(List.of(
                    "frame_1{func 0 $spec; locals (f64.const 1.5) (f64.const 2.0) (f64.const 0.25)}",
                    "  label_1{ε} | function body",
                    "    (f64.const 1.5)",
                    ">    (f64.const -2.0)",
                    ">    (f64.const 0.25)",
                    ">    f64.add",
                    "    f64.mul",
                    "  end",
                    "end"), view.lines(" | ", true));
            assertEquals("t.binop: (f64.const -2.0) (f64.const 0.25) f64.add ↪ (f64.const add(-2.0, 0.25))",
                    view.nextLine());
            assertEquals("t.const c: (f64.const 0.25) ↪ (f64.const 0.25)", view.lastLine());
            screenshot("reduction-spec-before-add");
            d.step();
            view.setInput(MachineInput.of(d.session));
            assertEquals("t.binop: (f64.const -2.0) (f64.const 0.25) f64.add ↪ (f64.const -1.75)", view.lastLine());
            assertEquals(List.of(
                    "t.const c: (f64.const 1.5) ↪ (f64.const 1.5)",
                    "t.const c: (f64.const 2.0) ↪ (f64.const 2.0)",
                    "t.unop: (f64.const 2.0) f64.neg ↪ (f64.const -2.0)",
                    "t.const c: (f64.const 0.25) ↪ (f64.const 0.25)",
                    "t.binop: (f64.const -2.0) (f64.const 0.25) f64.add ↪ (f64.const -1.75)"), view.historyLines());
            assertTrue(view.textExport().contains("»     (f64.const 1.5)\n»     (f64.const -1.75)\n»     f64.mul\n"),
                    view.textExport());
            assertTrue(view.latexExport().contains("\\underline{\\mathsf{f64.mul}}"), view.latexExport());
            screenshot("reduction-spec-after-add");
        }
    }

    @Test
    void aCallPushesAFrameAndAResumeLeavesAGap() throws Exception {
        try (Debuggee d = new Debuggee(example())) {
            d.start("main", Value.i32(3));
            view.setInput(MachineInput.of(d.session));
            d.stepTo("call 1");
            view.setInput(MachineInput.of(d.session)); // several steps since the last input: a gap
            assertEquals("call x: (i32.const 3) call 1 ↪ frame_1{func 1 $square; locals (i32.const 3)} label_1{ε} ⋯ end end",
                    view.nextLine());
            d.step();
            view.setInput(MachineInput.of(d.session));
            assertEquals(List.of("⋯", "call x: (i32.const 3) call 1 ↪ frame_1{func 1 $square; locals (i32.const 3)} "
                    + "label_1{ε} ⋯ end end"), view.historyLines());
            assertEquals(List.of(
                    "frame_1{func 2; locals (i32.const 3)}",
                    "  label_1{ε} | function body",
                    "    label_1{ε} | $done, block @0",
                    "      frame_1{func 1 $square; locals (i32.const 3)}",
                    "        label_1{ε} | function body",
                    ">          local.get 0",
                    "          local.get 0",
                    "          i32.mul",
                    "        end",
                    "      end",
                    "    end",
                    "  end",
                    "end"), view.lines(" | ", true));
            screenshot("reduction-call");
        }
    }

    @Test
    void aStepThatTrapsShowsItsCondition() throws Exception {
        try (Debuggee d = new Debuggee("(module (func (export \"f\") (result i32) (i32.div_s (i32.const 1) (i32.const 0))))")) {
            d.start("f");
            view.setInput(MachineInput.of(d.session));
            d.step();
            view.setInput(MachineInput.of(d.session));
            d.step();
            view.setInput(MachineInput.of(d.session));
            d.session.stepInto(); // the division traps: the machine stays before it
            d.session.awaitSuspended(Debuggee.WAIT);
            view.setInput(MachineInput.of(d.session));
            assertEquals("t.binop: (i32.const 1) (i32.const 0) i32.div_s ↪ trap", view.nextLine());
            assertEquals(List.of("t.const c: (i32.const 1) ↪ (i32.const 1)", "t.const c: (i32.const 0) ↪ (i32.const 0)",
                    "t.binop: (i32.const 1) (i32.const 0) i32.div_s ↪ trap"), view.historyLines());
        }
    }

    @Test
    void refreshWithTenThousandFrames() throws Exception {
        String wat = "(module (func $rec (export \"rec\") (param i32) (result i32)"
                + " (if (result i32) (i32.eqz (local.get 0)) (then (i32.const 0))"
                + " (else (i32.add (i32.const 1) (call $rec (i32.sub (local.get 0) (i32.const 1))))))))";
        try (Debuggee d = new Debuggee(wat)) {
            d.session.breakAt(d.func("rec"), 3); // the then branch: only at the bottom
            d.start("rec", Value.i32(10_000));
            d.session.resume();
            d.session.awaitSuspended(Debuggee.WAIT);
            view.setInput(MachineInput.of(d.session));
            d.step();
            MachineInput input = MachineInput.of(d.session);
            assertEquals(10_001, input.snapshot().frames().size());
            long t0 = System.nanoTime();
            view.setInput(input);
            PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().update();
            double ms = (System.nanoTime() - t0) / 1e6;
            System.out.printf("REDUCTION VIEW: refreshed after a step with 10,001 frames in %.1f ms%n", ms);
            List<String> rows = view.lines(" | ", false);
            assertTrue(rows.contains("            ⋯ 9995 frames ⋯"), String.join("\n", rows));
            assertTrue(rows.size() < 60, rows.size() + " rows");
            assertEquals("t.const c: (i32.const 0) ↪ (i32.const 0)", view.lastLine());
            assertTrue(ms < 2000, "refresh took " + ms + " ms");
            screenshot("reduction-deep-recursion");
        }
    }

    @Test
    void instantiationStepByStepWithTheStoreBeingBuilt() throws Exception {
        String wat = """
                (module (table 2 funcref) (elem (i32.const 1) $init) (memory 1) (data (i32.const 3) "ab")
                  (global $g (mut i32) (i32.const 0))
                  (func $init (global.set $g (i32.const 7))) (start $init))
                """;
        Store store = new Store();
        ModuleInst inst = Wasm.allocate(store, Wasm.load(wat.getBytes(StandardCharsets.UTF_8)), new Linker(),
                Debuggee.INSTANCE_NAME);
        Session session = new Session(store);
        StoreInstancesView storeView = Workbench.show(StoreInstancesView.ID);
        view = Workbench.show(ReductionView.ID);
        try {
            session.start(Wasm.initialization(inst), true);
            view.setInput(MachineInput.of(session));
            assertEquals(List.of(
                    "frame_0{instantiation of sample; locals ε}",
                    "  label_0{ε} | function body",
                    ">    (i32.const 1)",
                    "    (i32.const 0)",
                    "    (i32.const 1)",
                    "    table.init 0 0",
                    "    elem.drop 0",
                    "    (i32.const 3)",
                    "    (i32.const 0)",
                    "    (i32.const 2)",
                    "    memory.init 0",
                    "    data.drop 0",
                    "    call 0",
                    "  end",
                    "end"), view.lines(" | ", true));
            for (int i = 0; i < 4; i++) {
                session.stepInto();
                session.awaitSuspended(Debuggee.WAIT);
                view.setInput(MachineInput.of(session));
                storeView.setInput(MachineInput.of(session));
            }
            assertEquals("table.init x y: (i32.const 1) (i32.const 0) (i32.const 1) table.init 0 0 ↪ ε", view.lastLine());
            assertEquals(inst.funcs[0].address, inst.tables[0].get(1));
            screenshot("reduction-instantiation");
            Workbench.screenshot("reduction-instantiation-and-store"); // the Store view beside it, tables filled
        } finally {
            session.terminate();
            storeView.setInput(null);
        }
    }

    /** A screenshot of the window with the view maximized, as a user double-clicking its tab sees it. */
    private void screenshot(String name) throws Exception {
        IWorkbenchPage page = Workbench.page();
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        try {
            Workbench.screenshot(name);
        } finally {
            page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
        }
    }

    @Test
    void emptyWithoutInput() {
        assertTrue(view.isEmpty());
        assertNull(view.nextLine());
        assertTrue(view.emptyText().startsWith("No WebAssembly machine is suspended."));
    }
}
