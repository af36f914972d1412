package org.wasmscope.views.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.model.IStackFrame;
import org.eclipse.debug.core.model.IThread;
import org.eclipse.jface.viewers.StructuredSelection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wasmscope.debug.core.breakpoints.WasmExceptionBreakpoint;
import org.wasmscope.debug.core.breakpoints.WasmLineBreakpoint;
import org.wasmscope.tests.support.workbench.Workbench;

/**
 * The 3.0 examples debugged as a user debugs them (Debug As, a breakpoint, the WebAssembly Debug perspective), with
 * the Debug view and the machine views side by side: a tail call, an exception caught by the caller's handler, two
 * memories. Their screenshots ({@code readme-*}) are the README's.
 */
class Wasm3SessionsTest {
    private MachineViews views;

    @BeforeEach
    void open() throws Exception {
        views = MachineViews.open();
    }

    @AfterEach
    void close() throws Exception {
        DebugLaunches.removeAll();
    }

    private static List<String> frameNames(IThread thread) throws Exception {
        List<String> names = new ArrayList<>();
        for (IStackFrame f : thread.getStackFrames()) {
            names.add(f.getName());
        }
        return names;
    }

    /** tailcall.wat at the second hit of line 11: $sum's frame came from a return_call; the Debug view says so too. */
    @Test
    void aTailCalledFrame() throws Exception {
        WasmLineBreakpoint b = new WasmLineBreakpoint(Workbench.file("tailcall.wat"), 11);
        b.setHitCount(2);
        IThread thread = DebugLaunches.suspended(DebugLaunches.debug("tailcall.wat", "main"), "the second hit of line 11");
        assertEquals(List.of("func 0 $sum (return_call) line 11", "func 1 line 16"), frameNames(thread));
        Workbench.waitFor("Call Frames", 20, () -> !views.frames.isEmpty() && views.frames.lines(" | ", false).size() == 4);
        assertEquals(List.of(
                "1 func 0 $sum (return_call) | [i64 i64] \u2192 [i64] | caller's frame gone | #5 local.get 0 | 11:21 | tailcall.wat",
                "  $n (param 0) | i64 | 99999",
                "  $acc (param 1) | i64 | 100000",
                "0 func 1 | [] \u2192 [i64] |  | #2 call 0 | 16:6 | tailcall.wat"), views.frames.lines(" | ", false));
        DebugLaunches.waitForDebugView("func 1 line 16");
        Workbench.pump(500);
        Workbench.screenshot("readme-tail-call");
    }

    /**
     * exceptions.wat suspended by an exception breakpoint at the throw of $overflow; the caller's frame chosen in Call
     * Frames: Control Labels shows its try_table's handler, whose catch clause will catch the exception.
     */
    @Test
    void anExceptionAndTheHandlerThatCatchesIt() throws Exception {
        new WasmExceptionBreakpoint("$overflow", true, false);
        IThread thread = DebugLaunches.suspended(DebugLaunches.debug("exceptions.wat", "main"), "the throw of $overflow");
        assertTrue(thread.getName().endsWith("(exception thrown: $overflow (i32 200))"), thread.getName());
        DebugLaunches.waitForDebugView("func 2 line 27");
        views.frames.tree().viewer().setSelection(new StructuredSelection(
                MachineViews.openRow(views.frames.tree(), "1 func 1 $safe_double")), true);
        Workbench.waitFor("the caller's labels", 20, () -> views.labels.headerText().startsWith("Frame 1"));
        assertEquals(List.of(
                "0 try_table@1 | try_table | [] \u2192 [i32] | 1 | after end #5 (21:8) | 0 | 19:8",
                ">handler of try_table@1 | handler |  |  | 1 catch clause",
                "  >catch $overflow | catch | [i32] | 1 | br 1 $handler: after end #7 (22:6)",
                "1 $handler | block | [] \u2192 [i32] | 1 | after end #7 (22:6) | 0 | 18:6",
                "2 function | function | [i32] \u2192 [i32] | 1 | return (end #9) | 0 | 18:6"), views.labels.lines(" | ", true));
        Workbench.pump(500);
        assertEquals("Frame 1 func 1 $safe_double at #3 call 0 (20:10); innermost label first; the throw in frame 2 is caught"
                + " by the handler of try_table@1 in frame 1 func 1 $safe_double", views.labels.headerText(), "still, once all settled");
        Workbench.screenshot("readme-exceptions");
    }

    /** memories.wat after the copy: the Store lists both memories; the 64-bit one chosen, its dump shows the copied text. */
    @Test
    void twoMemories() throws Exception {
        new WasmLineBreakpoint(Workbench.file("memories.wat"), 19);
        DebugLaunches.suspended(DebugLaunches.debug("memories.wat", "main"), "the breakpoint after the copy");
        Workbench.waitFor("the Store", 20, () -> !views.store.isEmpty());
        Object big = MachineViews.openRow(views.store.tree(), "mems", "mem 1");
        views.store.tree().viewer().setSelection(new StructuredSelection(big), true);
        Workbench.pump(100);
        views.store.revealMemory(0x20);
        assertEquals("mem 1 (memory 1 of the module), i64 addresses: 1 page, 65536 bytes", views.store.memoryTitle());
        assertEquals("0000000000000020  48 65 6c 6c 6f 2c 20 6d  65 6d 6f 72 69 65 73 21  Hello, memories!",
                views.store.memoryLines().get(0));
        DebugLaunches.waitForDebugView("func 1 line 23");
        Workbench.pump(500);
        Workbench.screenshot("readme-memories");
    }
}
