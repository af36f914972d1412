package org.wasmscope.runtime.tests.reduction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.wasmscope.runtime.RefBits;
import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.debug.Session;
import org.wasmscope.runtime.debug.SessionState;
import org.wasmscope.runtime.debug.Snapshot;
import org.wasmscope.runtime.reduction.Configuration;
import org.wasmscope.runtime.reduction.Notation;
import org.wasmscope.runtime.reduction.Reduction;
import org.wasmscope.runtime.reduction.Row;
import org.wasmscope.runtime.reduction.Step;
import org.wasmscope.runtime.syntax.ValType;
import org.wasmscope.tests.support.Debuggee;

/** The configuration and the rules of steps, read from a stepping session's snapshots. */
class ReductionTest {
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

    static final String TABLES = """
            (module
              (type $t (func (param i32) (result i32)))
              (table 2 funcref)
              (elem (i32.const 0) $sq)
              (tag $e (param i32))
              (func $sq (type $t) (i32.mul (local.get 0) (local.get 0)))
              (func (export "table") (param i32) (result i32)
                (block $b (result i32)
                  (block $a (result i32)
                    (br_table $a $b (i32.const 7) (local.get 0)))
                  (i32.const 5) (i32.add)))
              (func (export "indirect") (param i32) (result i32)
                (call_indirect (type $t) (i32.const 3) (local.get 0)))
              (func (export "catch") (result i32)
                (block $h (result i32)
                  (try_table (catch $e $h) (throw $e (i32.const 42)))
                  (i32.const 0)))
              (func $count (param i32) (result i32)
                (if (result i32) (i32.eqz (local.get 0)) (then (i32.const 0))
                  (else (return_call $count (i32.sub (local.get 0) (i32.const 1))))))
              (func (export "tail") (result i32) (return_call $count (i32.const 2)))
              (func $rec (export "rec") (param i32) (result i32)
                (if (result i32) (i32.eqz (local.get 0)) (then (i32.const 0))
                  (else (i32.add (i32.const 1) (call $rec (i32.sub (local.get 0) (i32.const 1))))))))
            """;

    /** Steps {@code d} into until it ends or {@code max} steps; the steps taken, the snapshots after each. */
    private static List<Step> run(Debuggee d, int max, List<Snapshot> after) throws InterruptedException {
        List<Step> steps = new ArrayList<>();
        Session s = d.session;
        for (int i = 0; i < max && s.state() == SessionState.SUSPENDED && s.snapshot().top() != null; i++) {
            Snapshot before = s.snapshot();
            Step next = Reduction.next(before, s.reason());
            s.stepInto();
            s.awaitSuspended(Debuggee.WAIT);
            if (s.state() != SessionState.SUSPENDED) {
                break;
            }
            Snapshot now = s.snapshot();
            steps.add(Reduction.taken(next, before, now.top() == null ? null : now, s.reason(), s.results()));
            after.add(now);
        }
        return steps;
    }

    private static List<String> lines(List<Step> steps, String rule) {
        return steps.stream().filter(s -> s.rule().name().equals(rule)).map(Step::line).toList();
    }

    @Test
    void theSpecsF64ExampleReducesInThreeSteps() throws Exception {
        try (Debuggee d = new Debuggee(example())) {
            d.start("spec", Value.f64(1.5), Value.f64(2), Value.f64(0.25));
            List<Snapshot> after = new ArrayList<>();
            List<Step> steps = run(d, 6, after);
            List<String> reductions = new ArrayList<>();
            List<String> configurations = new ArrayList<>();
            for (int i = 0; i < steps.size(); i++) {
                if (!steps.get(i).rule().name().equals("t.const c")) { // a constant is a value: no reduction
                    reductions.add(steps.get(i).line());
                    configurations.add(Configuration.of(after.get(i)).text());
                }
            }
            assertEquals(List.of(
                    "t.unop: (f64.const 2.0) f64.neg ↪ (f64.const -2.0)",
                    "t.binop: (f64.const -2.0) (f64.const 0.25) f64.add ↪ (f64.const -1.75)",
                    "t.binop: (f64.const 1.5) (f64.const -1.75) f64.mul ↪ (f64.const -2.625)"), reductions);
            String frame = "  frame_1{func 0 $spec; locals (f64.const 1.5) (f64.const 2.0) (f64.const 0.25)}\n"
                    + "    label_1{ε}   ;; function body\n";
            assertEquals(List.of(frame + """
                          (f64.const 1.5)
                          (f64.const -2.0)
                    »     (f64.const 0.25)
                          f64.add
                          f64.mul
                        end
                      end
                    """, frame + """
                    »     (f64.const 1.5)
                    »     (f64.const -1.75)
                    »     f64.mul
                        end
                      end
                    """, """
                    » frame_1{func 0 $spec; locals (f64.const 1.5) (f64.const 2.0) (f64.const 0.25)}
                    »   label_1{ε}   ;; function body
                    »     (f64.const -2.625)
                    »   end
                    » end
                    """), configurations);
        }
    }

    @Test
    void theNextRuleHasTheLiveValuesIn() throws Exception {
        try (Debuggee d = new Debuggee(example())) {
            Snapshot s = d.start("spec", Value.f64(1.5), Value.f64(2), Value.f64(0.25));
            s = d.steps(4);
            Step next = Reduction.next(s, d.session.reason());
            assertEquals("t.binop: (f64.const -2.0) (f64.const 0.25) f64.add ↪ (f64.const add(-2.0, 0.25))", next.line());
            assertEquals("4.6.2 Numeric Instructions", next.rule().section());
        }
    }

    @Test
    void brIfTakenAndNotTaken() throws Exception {
        try (Debuggee d = new Debuggee(example())) {
            d.start("main", Value.i32(0));
            List<Step> steps = run(d, 20, new ArrayList<>());
            assertEquals(List.of("br_if l: label_1{ε} ⋯ (i32.const -1) (i32.const 1) br_if 0 ⋯ end ↪ (i32.const -1)"),
                    lines(steps, "br_if l"));
            Step taken = steps.stream().filter(s -> s.rule().name().equals("br_if l")).findFirst().orElseThrow();
            assertEquals("label 0 ($done, block): keeps 1 value, continues after its end, instruction 9", taken.note());
        }
        try (Debuggee d = new Debuggee(example())) {
            d.start("main", Value.i32(3));
            List<Step> steps = run(d, 30, new ArrayList<>());
            assertEquals(List.of("br_if l: (i32.const 0) br_if 0 ↪ ε"), lines(steps, "br_if l"));
            assertEquals(List.of("call x: (i32.const 3) call 1 ↪ frame_1{func 1 $square; locals (i32.const 3)} "
                    + "label_1{ε} ⋯ end end"), lines(steps, "call x"));
            assertEquals(List.of(
                    "frame exit: frame_1{func 1 $square; locals (i32.const 3)} label_1{ε} (i32.const 9) end end "
                            + "↪ (i32.const 9)",
                    "frame exit: frame_1{func 2; locals (i32.const 3)} label_1{ε} (i32.const 9) end end ↪ (i32.const 9)"),
                    lines(steps, "frame exit"));
            assertEquals(List.of("label exit: label_1{ε} (i32.const 9) end ↪ (i32.const 9)"), lines(steps, "label exit"));
        }
    }

    @Test
    void brTableCallIndirectTryTableReturnCall() throws Exception {
        try (Debuggee d = new Debuggee(TABLES)) {
            d.start("table", Value.i32(1));
            assertEquals(List.of("br_table l* l_N: label_1{ε} ⋯ (i32.const 7) (i32.const 1) br_table 0 1 ⋯ end "
                    + "↪ (i32.const 7)"), lines(run(d, 10, new ArrayList<>()), "br_table l* l_N"));
        }
        try (Debuggee d = new Debuggee(TABLES)) {
            d.start("indirect", Value.i32(1));
            Snapshot s = d.steps(2);
            Step next = Reduction.next(s, d.session.reason());
            assertEquals("call_indirect x y: (i32.const 3) (i32.const 1) call_indirect 0 (type 0) ↪ trap", next.line());
            assertEquals("element 1 is null: uninitialized element", next.note());
            d.session.stepInto();
            d.session.awaitSuspended(Debuggee.WAIT);
            Step trapped = Reduction.next(d.session.snapshot(), d.session.reason());
            assertEquals(next.line(), trapped.line());
            assertEquals("uninitialized element 1", trapped.note());
        }
        try (Debuggee d = new Debuggee(TABLES)) {
            d.start("catch");
            List<Step> steps = run(d, 10, new ArrayList<>());
            assertEquals(List.of("throw x: (i32.const 42) throw 0 ↪ (i32.const 42)"), lines(steps, "throw x"));
            assertEquals(List.of("try_table bt catch* instr* end: try_table (catch 0 0) ↪ handler_0{⋯} label_0{ε} ⋯ "
                    + "end end"), lines(steps, "try_table bt catch* instr* end"));
        }
        try (Debuggee d = new Debuggee(TABLES)) {
            d.start("tail");
            assertEquals(List.of("return_call x: frame_1{⋯} ⋯ (i32.const 2) return_call 4 ⋯ end ↪ frame_1{func 4 $count; "
                    + "locals (i32.const 2)} label_1{ε} ⋯ end end",
                    "return_call x: frame_1{⋯} ⋯ (i32.const 1) return_call 4 ⋯ end ↪ frame_1{func 4 $count; "
                            + "locals (i32.const 1)} label_1{ε} ⋯ end end"),
                    lines(run(d, 15, new ArrayList<>()), "return_call x"));
        }
    }

    @Test
    void aDeepRecursionIsElidedAndQuick() throws Exception {
        try (Debuggee d = new Debuggee(TABLES)) {
            d.session.breakAt(d.func("rec"), 3); // the then branch's i32.const 0: only at the bottom
            d.start("rec", Value.i32(10_000));
            d.session.resume();
            d.session.awaitSuspended(Debuggee.WAIT);
            Snapshot s = d.session.snapshot();
            assertEquals(10_001, s.frames().size());
            long t0 = System.nanoTime();
            Configuration c = Configuration.of(s);
            Reduction.next(s, d.session.reason());
            long micros = (System.nanoTime() - t0) / 1000;
            System.out.println("configuration of 10,001 frames: " + micros + " µs, " + c.rows().size() + " rows");
            assertTrue(c.rows().size() < 100, c.text());
            assertTrue(c.text().contains("⋯ 9995 frames ⋯"), c.text());
            assertTrue(c.text().contains("⋯ the rest of 9995 frames ⋯"), c.text());
        }
    }

    @Test
    void aLongFunctionIsElided() throws Exception {
        try (Debuggee d = new Debuggee("(module (func (export \"f\")" + " nop".repeat(10_000) + "))")) {
            Snapshot s = d.start("f");
            Configuration c = Configuration.of(s);
            List<Row> rows = c.rows();
            assertEquals("⋯ 9988 instructions", rows.get(rows.size() - 3).text());
            assertTrue(rows.size() < 20, c.text());
            assertTrue(rows.get(2).redex() && !rows.get(3).redex());
        }
    }

    @Test
    void valuesAreValueInstructions() {
        assertEquals("(i32.const -3)", Notation.value(Value.i32(-3)));
        assertEquals("(f64.const -0.5)", Notation.value(Value.f64(-0.5)));
        assertEquals("(ref.null func)", Notation.value(Value.nullRef(ValType.FUNCREF)));
        assertEquals("(ref.func 2)", Notation.value(Value.ref(ValType.FUNCREF, 2)));
        assertEquals("(ref.extern 7)", Notation.value(Value.ref(ValType.EXTERNREF, 7)));
        assertEquals("(ref.i31 5)", Notation.value(Value.ref(ValType.I31REF, RefBits.i31(5))));
        assertEquals("(ref.struct 4)", Notation.value(Value.ref(ValType.STRUCTREF, RefBits.object(RefBits.STRUCT, 4, 1))));
        assertEquals("(ref.extern (ref.array 1))",
                Notation.value(Value.ref(ValType.EXTERNREF, RefBits.object(RefBits.ARRAY, 1, 9))));
    }

    @Test
    void latex() {
        assertEquals("(\\mathsf{i32.const}~3)~(\\mathsf{i32.const}~4)~\\mathsf{i32.add}~\\hookrightarrow ~"
                + "(\\mathsf{i32.const}~7)", Notation.latex("(i32.const 3) (i32.const 4) i32.add ↪ (i32.const 7)"));
        assertEquals("\\mathsf{label}_{1}\\{\\epsilon \\}~\\cdots ~\\mathsf{end}", Notation.latex("label_1{ε} ⋯ end"));
        assertEquals("\\mathsf{frame}_{0}\\{\\mathsf{func}~2~\\mathit{\\$sq};~\\mathsf{locals}~\\epsilon \\}",
                Notation.latex("frame_0{func 2 $sq; locals ε}"));
    }
}
