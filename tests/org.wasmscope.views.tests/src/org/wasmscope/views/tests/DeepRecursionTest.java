package org.wasmscope.views.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.wasmscope.runtime.Value;
import org.wasmscope.tests.support.Debuggee;
import org.wasmscope.tests.support.workbench.Workbench;
import org.wasmscope.views.common.MachineInput;
import org.wasmscope.views.frames.CallFramesView;
import org.wasmscope.views.perspective.WasmDebugPerspective;
import org.wasmscope.views.stack.OperandStackView;

/** 2001 frames: the 50 nearest the top are shown, the older ones wait under one closed row. */
class DeepRecursionTest {
    @Test
    void olderFramesUnderOneRow() throws Exception {
        Workbench.closeIntro();
        Workbench.perspective(WasmDebugPerspective.ID);
        OperandStackView stack = Workbench.show(OperandStackView.ID);
        CallFramesView frames = Workbench.show(CallFramesView.ID);
        try (Debuggee deep = new Debuggee(Workbench.testWat("deep.wat"))) {
            deep.start("down", Value.i32(2000));
            deep.session.breakAtLine(deep.inst, 7); // i32.const 0: the deepest call
            deep.session.resume();
            deep.session.awaitSuspended(Debuggee.WAIT);
            MachineInput input = MachineInput.of(deep.session);
            assertEquals(2001, input.snapshot().frames().size());
            long t0 = System.nanoTime();
            stack.setInput(input);
            frames.setInput(input);
            PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().update();
            System.out.printf("DEEP RECURSION: stack and frames views with 2001 frames refreshed in %.1f ms%n",
                    (System.nanoTime() - t0) / 1e6);
            List<String> stackRows = stack.lines(" | ", false);
            assertEquals(51, stackRows.size());
            assertEquals("frame 2000 func 0 $down |  | (no operands)", stackRows.get(0));
            assertEquals("1951 older frames", stackRows.get(50));
            List<String> frameRows = frames.lines(" | ", false);
            assertEquals(101, frameRows.size());
            assertEquals("  $n (param 0) | i32 | 0", frameRows.get(1));
            assertEquals("1951 older frames", frameRows.get(100));
        }
    }
}
