package org.wasmscope.views.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wasmscope.runtime.debug.Session;
import org.wasmscope.runtime.debug.Snapshot;
import org.wasmscope.runtime.syntax.Opcode;
import org.wasmscope.tests.support.Debuggee;
import org.wasmscope.tests.support.workbench.Workbench;
import org.wasmscope.views.common.MachineInput;
import org.wasmscope.views.common.MachineView;

/**
 * The WebAssembly 3.0 machine in the four views, on the examples a new user opens: exceptions.wat (a
 * try_table's handler, caught and uncaught throws), tailcall.wat (a loop of return_calls in one frame) and
 * memories.wat (a 32-bit and a 64-bit memory). Rows as in {@link MachineViewsTest}: columns joined by
 * " | ", children indented, "*" changed by the last step, ">" emphasized.
 */
class Wasm3ViewsTest {
    private MachineViews views;

    @BeforeEach
    void open() throws Exception {
        views = MachineViews.open();
    }

    private static Path example(String name) {
        return Path.of(System.getProperty("wasmscope.examples.source")).resolve(name);
    }

    private void feed(MachineInput input) {
        views.feed(input);
        Workbench.pump(30);
    }

    private static List<String> rows(MachineView view) {
        return view.lines(" | ", true);
    }

    /** Steps until the top frame stands before an instruction {@code op}, the {@code occurrence}th time. */
    private static Snapshot stepToOp(Debuggee d, Opcode op, int occurrence) throws InterruptedException {
        int seen = 0;
        for (int i = 0; i < 10_000; i++) {
            Snapshot s = d.step();
            if (s.top() != null && s.top().instr().op == op && ++seen == occurrence) {
                return s;
            }
        }
        throw new AssertionError("never reached " + op);
    }

    @Test
    void atAThrowTheHandlerThatCatchesItIsEmphasized() throws Exception {
        try (Debuggee d = new Debuggee(example("exceptions.wat"))) {
            d.start("main");
            stepToOp(d, Opcode.THROW, 1); // double(200): throw $overflow, caught in safe_double's try_table
            feed(MachineInput.of(d.session));
            assertEquals("Frame 2 func 0 $double at #12 throw 0 (13:14); innermost label first; the throw in frame 2 is"
                    + " caught by the handler of try_table@1 in frame 1 func 1 $safe_double", views.labels.headerText());
            assertEquals(List.of(
                    "0 if@10 | if | [] \u2192 [] | 0 | after end #14 (14:15) | 0 | 12:6",
                    "1 function | function | [i32] \u2192 [i32] | 1 | return (end #17) | 0 | 10:20"), rows(views.labels));
            Workbench.screenshot("views-throw-in-callee");

            // The frame with the handler, as chosen in Call Frames: the handler sits around the try_table's label.
            feed(MachineInput.of(d.session).withFrame(1));
            assertEquals("Frame 1 func 1 $safe_double at #3 call 0 (20:10); innermost label first; the throw in frame 2 is"
                    + " caught by the handler of try_table@1 in frame 1 func 1 $safe_double", views.labels.headerText());
            assertEquals(List.of(
                    "0 try_table@1 | try_table | [] \u2192 [i32] | 1 | after end #5 (21:8) | 0 | 19:8",
                    ">handler of try_table@1 | handler |  |  | 1 catch clause",
                    "  >catch $overflow | catch | [i32] | 1 | br 1 $handler: after end #7 (22:6)",
                    "1 $handler | block | [] \u2192 [i32] | 1 | after end #7 (22:6) | 0 | 18:6",
                    "2 function | function | [i32] \u2192 [i32] | 1 | return (end #9) | 0 | 18:6"), rows(views.labels));
            Workbench.screenshot("views-throw-handler");
        }
    }

    /** The store of exceptions.wat once $overflow was thrown with 200: its tags and the exception instance. */
    private static final List<String> STORE = List.of(
                "module sample |  | module instance",
                "  funcaddrs |  | 4 addresses",
                "  tableaddrs |  | 0 addresses",
                "  memaddrs |  | 0 addresses",
                "  globaladdrs |  | 0 addresses",
                "  elemaddrs |  | 0 addresses",
                "  dataaddrs |  | 0 addresses",
                "  tagaddrs |  | 2 addresses",
                "  exports |  | 3 exports",
                "    \"overflow\" | tag | \u2192 tag 0",
                "    \"main\" | func | \u2192 func 2",
                "    \"uncaught\" | func | \u2192 func 3",
                "funcs |  | 4 instances",
                "  func 0 | [i32] \u2192 [i32] | func 0 $double | module sample, index 0",
                "  func 1 | [i32] \u2192 [i32] | func 1 $safe_double | module sample, index 1",
                "  func 2 | [] \u2192 [i32] | func 2 | module sample, index 2, export \"main\"",
                "  func 3 | [] \u2192 [i32] | func 3 | module sample, index 3, export \"uncaught\"",
                "tables |  | 0 instances",
                "mems |  | 0 instances",
                "globals |  | 0 instances",
                "elems |  | 0 instances",
                "datas |  | 0 instances",
                "tags |  | 2 instances",
                "  tag 0 | [i32] \u2192 [] | $overflow | payload [i32]",
                "  tag 1 | [i32] \u2192 [] | $negative | payload [i32]",
                "exns |  | 1 instance",
                "  exn#1 | tag 0 | $overflow (i32 200)");

    @Test
    void suspendedAtACaughtThrowAndAfterItsHandlerRan() throws Exception {
        try (Debuggee d = new Debuggee(example("exceptions.wat"))) {
            d.session.setSuspendOnException(Session.OnException.ALL);
            d.start("main");
            d.session.resume();
            d.session.awaitSuspended(Debuggee.WAIT);
            feed(MachineInput.of(d.session));
            assertEquals("2 values in 3 frames; top first; exception thrown: $overflow (i32 200)", views.stack.headerText());
            assertEquals(List.of(
                    "frame 2 func 0 $double",
                    "  label 0 if@10",
                    "    *1 | i32 | 200",
                    "frame 1 func 1 $safe_double |  | (no operands)",
                    "frame 0 func 2",
                    "  label 0 function",
                    "    *0 | i32 | 42"), rows(views.stack));
            assertEquals(STORE, rows(views.store));

            d.step(); // unwound to the handler: the payload on the stack of $safe_double, the exception in the store
            feed(MachineInput.of(d.session));
            assertEquals(List.of(
                    "frame 1 func 1 $safe_double",
                    "  label 0 function",
                    "    *1 | i32 | 200",
                    "frame 0 func 2",
                    "  label 0 function",
                    "    0 | i32 | 42"), rows(views.stack));
            assertEquals(List.of("0 function | function | [i32] \u2192 [i32] | 1 | return (end #9) | 0 | 18:6"), rows(views.labels));
            assertEquals(STORE, rows(views.store));
            Workbench.screenshot("views-caught-exception");
        }
    }

    @Test
    void anUncaughtException() throws Exception {
        try (Debuggee d = new Debuggee(example("exceptions.wat"))) {
            d.start("uncaught");
            d.session.resume();
            d.session.awaitSuspended(Debuggee.WAIT);
            feed(MachineInput.of(d.session));
            assertEquals("1 value in 3 frames; top first; uncaught exception: $negative (i32 -5)", views.stack.headerText());
            assertEquals("Frame 2 func 0 $double at #5 throw 1 (11:14); innermost label first; no handler catches the"
                    + " throw in frame 2", views.labels.headerText());
            assertEquals(List.of(
                    "0 if@3 | if | [] \u2192 [] | 0 | after end #7 (12:20) | 0 | 10:6",
                    "1 function | function | [i32] \u2192 [i32] | 1 | return (end #17) | 0 | 10:20"), rows(views.labels));
            assertEquals(List.of(
                    "*2 func 0 $double | [i32] \u2192 [i32] |  | #5 throw 1 | 11:14 | sample",
                    "  *$n (param 0) | i32 | -5",
                    "*1 func 1 $safe_double | [i32] \u2192 [i32] |  | #3 call 0 | 20:10 | sample",
                    "  *$n (param 0) | i32 | -5",
                    "0 func 3 | [] \u2192 [i32] |  | #1 call 1 | 31:6 | sample"), rows(views.frames));
            Workbench.screenshot("views-uncaught-exception");
        }
    }

    @Test
    void aTailCalledFrameSaysItsCallerIsGone() throws Exception {
        try (Debuggee d = new Debuggee(example("tailcall.wat"))) {
            d.start("main");
            stepToOp(d, Opcode.RETURN_CALL, 2); // $sum entered once by call and once by return_call
            feed(MachineInput.of(d.session));
            assertEquals("2 frames; top first", views.frames.headerText());
            assertEquals(List.of(
                    "1 func 0 $sum (return_call) | [i64 i64] \u2192 [i64] | caller's frame gone | #11 return_call 0 | 10:10 | sample",
                    "  $n (param 0) | i64 | 99999",
                    "  $acc (param 1) | i64 | 100000",
                    "0 func 1 | [] \u2192 [i64] |  | #2 call 0 | 16:6 | sample"), rows(views.frames));
            assertEquals(List.of(
                    "frame 1 func 0 $sum",
                    "  label 0 else@2",
                    "    *1 | i64 | 199999",
                    "    0 | i64 | 99998",
                    "frame 0 func 1 |  | (no operands)"), rows(views.stack));
            Workbench.screenshot("views-tail-call");
        }
    }

    @Test
    void twoMemoriesOneOf64BitAddresses() throws Exception {
        try (Debuggee d = new Debuggee(example("memories.wat"))) {
            d.start("main");
            stepToOp(d, Opcode.I64_STORE8, 2);
            d.step(); // the second byte copied into $big
            feed(MachineInput.of(d.session));
            List<String> store = rows(views.store);
            assertEquals(List.of(
                    "*mems |  | 2 instances",
                    "  mem 0 | i32 {min 1} | 1 page (64 KiB) | no maximum",
                    "  *mem 1 | i64 {min 1} | 1 page (64 KiB) | no maximum"), store.subList(store.indexOf("*mems |  | 2 instances"),
                            store.indexOf("*mems |  | 2 instances") + 3));
            assertEquals("mem 0 (memory 0 of the module), i32 addresses: 1 page, 65536 bytes", views.store.memoryTitle());
            assertEquals(List.of(
                    "00000000  00 00 00 00 00 00 00 00  00 00 00 00 00 00 00 00  ................",
                    "00000010  48 65 6c 6c 6f 2c 20 6d  65 6d 6f 72 69 65 73 21  Hello, memories!",
                    "00000020  00 00 00 00 00 00 00 00  00 00 00 00 00 00 00 00  ................"),
                    views.store.memoryLines().subList(0, 3));

            Object big = MachineViews.openRow(views.store.tree(), "mems", "mem 1");
            views.store.tree().viewer().setSelection(new StructuredSelection(big), true);
            Workbench.pump(30);
            assertEquals("mem 1 (memory 1 of the module), i64 addresses: 1 page, 65536 bytes", views.store.memoryTitle());
            assertEquals(List.of(
                    "0000000000000000  00 00 00 00 00 00 00 00  00 00 00 00 00 00 00 00  ................",
                    "0000000000000010  00 00 00 00 00 00 00 00  00 00 00 00 00 00 00 00  ................",
                    "0000000000000020  48 65 00 00 00 00 00 00  00 00 00 00 00 00 00 00  He.............."),
                    views.store.memoryLines().subList(0, 3));
            views.store.revealMemory(0x20);
            Workbench.pump(30);
            assertEquals(0x20, views.store.memoryTopAddress());
            assertEquals("0000000000000020  48 65 00 00 00 00 00 00  00 00 00 00 00 00 00 00  He..............",
                    views.store.memoryLines().get(0));
            Workbench.screenshot("views-memory64");
        }
    }
}
