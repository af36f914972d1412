package org.wasmscope.debug.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.IDebugEventSetListener;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.debug.core.model.IMemoryBlock;
import org.eclipse.debug.core.model.IMemoryBlockExtension;
import org.eclipse.debug.core.model.IStackFrame;
import org.eclipse.debug.core.model.IThread;
import org.eclipse.debug.core.model.IVariable;
import org.eclipse.debug.core.model.MemoryByte;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.console.IConsoleConstants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wasmscope.debug.core.breakpoints.WasmFunctionBreakpoint;
import org.wasmscope.debug.core.breakpoints.WasmLineBreakpoint;
import org.wasmscope.debug.core.launching.WasmLaunchConstants;
import org.wasmscope.debug.core.model.WasmDebugTarget;
import org.wasmscope.debug.ui.editor.WatEditor;
import org.wasmscope.runtime.debug.Session;
import org.wasmscope.tests.support.workbench.Workbench;

/**
 * Debug mode in the workbench: a ruler breakpoint, stepping into, over and out with frames and variables
 * checked, a local changed, resuming to the end; suspending and terminating a runaway loop; a trap; the
 * Memory view on a module with a data segment.
 */
class DebugModeTest {
    private final List<DebugEvent> events = new ArrayList<>();
    private final IDebugEventSetListener recorder = set -> {
        synchronized (events) {
            events.addAll(List.of(set));
        }
    };

    @BeforeAll
    static void workbench() throws Exception {
        Workbench.project();
        // switch to the Debug perspective by itself (the default asks, and nobody would answer)
        DebugUITools.getPreferenceStore().setValue("org.eclipse.debug.ui.switch_perspective_on_suspend", "always");
        DebugUITools.getPreferenceStore().setValue("org.eclipse.debug.ui.switch_to_perspective", "always");
        Workbench.maximize();
    }

    @AfterEach
    void clean() throws CoreException {
        DebugPlugin.getDefault().removeDebugEventListener(recorder);
        Launches.removeAll();
        DebugPlugin.getDefault().getBreakpointManager().removeBreakpoints(
                DebugPlugin.getDefault().getBreakpointManager().getBreakpoints(), true);
        Workbench.page().closeAllEditors(false);
    }

    private ILaunch debug(String file, String export, String args) throws Exception {
        DebugPlugin.getDefault().addDebugEventListener(recorder);
        return Launches.config(Workbench.file(file), export, args).launch(ILaunchManager.DEBUG_MODE, null);
    }

    private static IThread thread(ILaunch launch) throws Exception {
        WasmDebugTarget target = assertInstanceOf(WasmDebugTarget.class, launch.getDebugTarget());
        return target.getThreads()[0];
    }

    /** Waits for the next SUSPEND event (the state changes first; the event follows through the event queue). */
    private void waitSuspended(IThread thread) {
        int before = seen;
        Workbench.waitFor("a suspension of " + thread, 20, () -> thread.isSuspended() && suspendEvents() > before);
        seen = suspendEvents();
    }

    private int seen;

    private int suspendEvents() {
        synchronized (events) {
            return (int) events.stream().filter(e -> e.getKind() == DebugEvent.SUSPEND).count();
        }
    }

    private int suspendDetail() {
        synchronized (events) {
            for (int i = events.size() - 1; i >= 0; i--) {
                if (events.get(i).getKind() == DebugEvent.SUSPEND) {
                    return events.get(i).getDetail();
                }
            }
        }
        return -1;
    }

    private static String value(IStackFrame frame, String name) throws Exception {
        return variable(frame, name).getValue().getValueString();
    }

    private static IVariable variable(IStackFrame frame, String name) throws Exception {
        for (IVariable v : frame.getVariables()) {
            if (v.getName().equals(name)) {
                return v;
            }
        }
        throw new AssertionError("no variable " + name + " in " + frame.getName());
    }

    private static List<String> names(IThread thread) throws Exception {
        List<String> names = new ArrayList<>();
        for (IStackFrame f : thread.getStackFrames()) {
            names.add(f.getName());
        }
        return names;
    }

    @Test
    void breakpointStepsVariablesAndResume() throws Exception {
        IFile file = Workbench.file("factorial.wat");
        WasmLineBreakpoint breakpoint = new WasmLineBreakpoint(file, 4); // the if's condition: each call of fac
        ILaunch launch = debug("factorial.wat", "main", "");
        IThread thread = thread(launch);
        waitSuspended(thread);
        assertEquals(DebugEvent.BREAKPOINT, suspendDetail());
        assertArrayEquals(new IBreakpoint[] { breakpoint }, thread.getBreakpoints());
        assertEquals(List.of("func 0 $fac line 4", "func 1 line 13"), names(thread));
        IStackFrame fac = thread.getTopStackFrame();
        assertEquals(4, fac.getLineNumber());
        assertEquals("10", value(fac, "$n"));
        assertEquals("i64", variable(fac, "$n").getReferenceTypeName());
        assertNotNull(fac.getAdapter(Session.class), "the machine views find the session");
        assertTrue(thread.getName().contains("suspended at breakpoint"), thread.getName());

        // the Debug perspective shows the frame's line in the .wat editor
        Workbench.waitFor("the editor on the frame's source", 20,
                () -> Workbench.page().getActiveEditor() instanceof WatEditor);
        Workbench.page().showView(IDebugUIConstants.ID_VARIABLE_VIEW);
        Workbench.screenshot("debug-breakpoint-factorial");

        // change the local: fac(3) instead of fac(10)
        IVariable n = variable(fac, "$n");
        assertTrue(n.supportsValueModification());
        assertTrue(n.verifyValue("3"));
        assertFalse(n.verifyValue("three"));
        n.setValue("3");
        assertEquals("3", value(thread.getTopStackFrame(), "$n"));

        // step over the condition's instructions: still in fac, the line moves on
        thread.stepOver();
        waitSuspended(thread);
        assertEquals(DebugEvent.STEP_END, suspendDetail());
        assertEquals(2, thread.getStackFrames().length);

        // step into until fac calls itself: a third frame with $n = 2
        breakpoint.setEnabled(false);
        Session session = launch.getDebugTarget().getAdapter(Session.class);
        Workbench.waitFor("the breakpoint disabled in the session", 10,
                () -> session.breakpoints().stream().noneMatch(org.wasmscope.runtime.debug.Breakpoint::enabled));
        assertEquals(1, session.breakpoints().size(), "one runtime breakpoint for the one line breakpoint");
        for (int i = 0; i < 30 && thread.getStackFrames().length < 3; i++) {
            thread.stepInto();
            waitSuspended(thread);
        }
        assertEquals(3, thread.getStackFrames().length, names(thread).toString());
        assertEquals("2", value(thread.getTopStackFrame(), "$n"));
        assertTrue(names(thread).get(0).startsWith("func 0 $fac line "), names(thread).toString());
        assertEquals(fac, thread.getStackFrames()[1], "the caller's frame object stays the same");
        Workbench.screenshot("debug-step-into");

        // step out: back in the caller, after the call
        thread.stepReturn();
        waitSuspended(thread);
        assertEquals(2, thread.getStackFrames().length, thread.getName() + " " + names(thread));
        assertEquals("3", value(thread.getTopStackFrame(), "$n"));

        // resume to the end: 3! = 6 on the console
        thread.resume();
        Launches.waitTerminated(launch, 20);
        assertEquals(WasmLaunchConstants.EXIT_OK, launch.getProcesses()[0].getExitValue());
        assertEquals("i64:6", Launches.consoleText(launch.getProcesses()[0], "i64:").strip());
        Workbench.page().showView(IConsoleConstants.ID_CONSOLE_VIEW);
        Workbench.screenshot("debug-resumed-to-end-console");
    }

    @Test
    void aRunawayLoopIsSuspendedThenTerminated() throws Exception {
        ILaunch launch = debug("loop.wat", "main", "");
        IThread thread = thread(launch);
        Workbench.pump(300);
        assertFalse(thread.isSuspended());
        assertTrue(thread.canSuspend());
        thread.suspend();
        waitSuspended(thread);
        assertEquals(DebugEvent.CLIENT_REQUEST, suspendDetail());
        assertTrue(thread.getTopStackFrame().getName().startsWith("func 0 line 4"), thread.getTopStackFrame().getName());
        Workbench.screenshot("debug-loop-suspended");
        thread.resume();
        Workbench.pump(200);
        launch.getDebugTarget().terminate();
        Launches.waitTerminated(launch, 10);
        assertEquals(WasmLaunchConstants.EXIT_TERMINATED, launch.getProcesses()[0].getExitValue());
    }

    @Test
    void aTrapSuspendsAtTheTrappingInstruction() throws Exception {
        ILaunch launch = debug("trap.wat", "main", "");
        IThread thread = thread(launch);
        waitSuspended(thread);
        assertTrue(thread.getName().contains("(trap: integer divide by zero)"), thread.getName());
        assertEquals("func 0 line 4", thread.getTopStackFrame().getName());
        assertFalse(thread.canStepInto(), "stepping from a trap would only unwind it");
        assertTrue(thread.canResume());
        Workbench.waitFor("the editor at the trapping instruction", 20,
                () -> Workbench.page().getActiveEditor() instanceof WatEditor);
        Workbench.pump(500);
        Workbench.screenshot("debug-trap");
        thread.resume();
        Launches.waitTerminated(launch, 10);
        assertEquals(WasmLaunchConstants.EXIT_TRAP, launch.getProcesses()[0].getExitValue());
        assertTrue(Launches.consoleText(launch.getProcesses()[0], "trap:").contains("trap: integer divide by zero at 4:6"));
    }

    @Test
    void stopAtInstantiationStepsThroughTheSegmentsAndTheStartFunction() throws Exception {
        DebugPlugin.getDefault().addDebugEventListener(recorder);
        ILaunchConfigurationWorkingCopy config = Launches.config(Workbench.file("segments.wat"), "main", "");
        config.setAttribute(WasmLaunchConstants.ATTR_STOP_AT_INSTANTIATION, true);
        ILaunch launch = config.launch(ILaunchManager.DEBUG_MODE, null);
        IThread thread = thread(launch);
        waitSuspended(thread);
        assertEquals("instantiation of segments.wat line 6", thread.getTopStackFrame().getName()); // elem's offset
        Session session = ((WasmDebugTarget) launch.getDebugTarget()).session();
        for (int i = 0; i < 4; i++) { // i32.const 1, i32.const 0, i32.const 1, table.init
            thread.stepInto();
            waitSuspended(thread);
        }
        assertEquals("elem.drop 0", session.snapshot().top().instr().toString());
        while (!session.snapshot().top().instr().toString().equals("call 1")) {
            thread.stepInto();
            waitSuspended(thread);
        }
        thread.stepInto();
        waitSuspended(thread);
        IStackFrame[] frames = thread.getStackFrames();
        assertEquals(2, frames.length);
        assertEquals("func 1 $init line 10", frames[0].getName());
        assertTrue(frames[1].getName().startsWith("instantiation of segments.wat"), frames[1].getName());
        thread.resume();
        Launches.waitTerminated(launch, 20);
        assertTrue(Launches.consoleText(launch.getProcesses()[0], "i32:204").contains("i32:204"));
    }

    @Test
    void theMemoryViewShowsLinearMemory() throws Exception {
        new WasmLineBreakpoint(Workbench.file("memory.wat"), 27); // after the doubling loop, before the sum
        ILaunch launch = debug("memory.wat", "main", "");
        IThread thread = thread(launch);
        waitSuspended(thread);
        WasmDebugTarget target = (WasmDebugTarget) launch.getDebugTarget();
        assertTrue(target.supportsStorageRetrieval());
        IMemoryBlockExtension block = target.getExtendedMemoryBlock("0x10", thread.getTopStackFrame());
        MemoryByte[] bytes = block.getBytesFromAddress(block.getBigBaseAddress(), 8);
        byte[] values = new byte[8];
        for (int i = 0; i < 8; i++) {
            assertTrue(bytes[i].isReadable());
            values[i] = bytes[i].getValue();
        }
        assertArrayEquals(new byte[] { 2, 4, 6, 8, 10, 12, 14, 16 }, values, "the data segment, doubled");

        Workbench.waitFor("the WebAssembly Debug perspective", 20,
                () -> "org.wasmscope.views.perspective".equals(Workbench.page().getPerspective().getId()));
        Workbench.pump(1000); // the perspective's own activations first
        org.eclipse.ui.IViewPart memoryView = Workbench.page().showView(IDebugUIConstants.ID_MEMORY_VIEW);
        DebugPlugin.getDefault().getMemoryBlockManager().addMemoryBlocks(new IMemoryBlock[] { block });
        // what the view's "New Renderings..." button does: a hex rendering of the monitor
        org.eclipse.debug.ui.memory.IMemoryRenderingContainer pane = ((org.eclipse.debug.ui.memory.IMemoryRenderingSite) memoryView)
                .getContainer(IDebugUIConstants.ID_RENDERING_VIEW_PANE_1);
        for (String id : new String[] { "org.eclipse.debug.ui.rendering.ascii", "org.eclipse.debug.ui.rendering.raw_memory" }) {
            org.eclipse.debug.ui.memory.IMemoryRenderingType type = DebugUITools.getMemoryRenderingManager().getRenderingType(id);
            assertNotNull(type, id);
            assertTrue(List.of(DebugUITools.getMemoryRenderingManager().getRenderingTypes(block)).contains(type), id + " bound");
            org.eclipse.debug.ui.memory.IMemoryRendering rendering = type.createRendering();
            rendering.init(pane, block);
            pane.addMemoryRendering(rendering);
        }
        Workbench.page().activate(memoryView);
        Workbench.pump(1500);
        Workbench.screenshot("debug-memory-view");

        // a write in the Memory view reaches the machine: the sum becomes 72 - 2 + 100
        block.setValue(java.math.BigInteger.ZERO, new byte[] { 100 });
        assertEquals(100, block.getBytesFromAddress(block.getBigBaseAddress(), 1)[0].getValue());
        DebugPlugin.getDefault().getBreakpointManager().removeBreakpoints(
                DebugPlugin.getDefault().getBreakpointManager().getBreakpoints(), true);
        thread.resume();
        Launches.waitTerminated(launch, 20);
        assertEquals("i32:170", Launches.consoleText(launch.getProcesses()[0], "i32:").strip());
    }

    @Test
    void aHitCountLetsEarlierHitsGoBy() throws Exception {
        WasmLineBreakpoint breakpoint = new WasmLineBreakpoint(Workbench.file("factorial.wat"), 4);
        breakpoint.setHitCount(3);
        ILaunch launch = debug("factorial.wat", "main", "");
        IThread thread = thread(launch);
        waitSuspended(thread);
        assertEquals("8", value(thread.getTopStackFrame(), "$n"), "fac(10) and fac(9) went by");
        assertEquals(4, thread.getStackFrames().length);
        launch.terminate();
        Launches.waitTerminated(launch, 10);
    }

    @Test
    void runToLineStopsThere() throws Exception {
        IFile file = Workbench.file("factorial.wat");
        WasmLineBreakpoint breakpoint = new WasmLineBreakpoint(file, 4);
        ILaunch launch = debug("factorial.wat", "main", "");
        IThread thread = thread(launch);
        waitSuspended(thread);
        breakpoint.delete();
        IEditorPart editor = org.eclipse.ui.ide.IDE.openEditor(Workbench.page(), file);
        org.eclipse.debug.ui.actions.IRunToLineTarget runToLine = editor.getAdapter(org.eclipse.debug.ui.actions.IRunToLineTarget.class);
        org.eclipse.jface.text.IDocument doc = ((WatEditor) editor).getDocumentProvider().getDocument(editor.getEditorInput());
        org.eclipse.jface.text.ITextSelection line8 = new org.eclipse.jface.text.TextSelection(doc, doc.getLineOffset(7), 0);
        assertTrue(runToLine.canRunToLine(editor, line8, thread));
        runToLine.runToLine(editor, line8, thread);
        waitSuspended(thread);
        assertEquals("func 0 $fac line 8", thread.getTopStackFrame().getName());
        assertEquals("10", value(thread.getTopStackFrame(), "$n"));
        Workbench.waitFor("the temporary breakpoint removed", 10,
                () -> DebugPlugin.getDefault().getBreakpointManager().getBreakpoints().length == 0);
        thread.resume();
        Launches.waitTerminated(launch, 10);
        assertEquals("i64:3628800", Launches.consoleText(launch.getProcesses()[0], "i64:").strip());
    }

    @Test
    void withoutSuspendOnTrapATrapEndsTheRun() throws Exception {
        DebugPlugin.getDefault().addDebugEventListener(recorder);
        org.eclipse.debug.core.ILaunchConfigurationWorkingCopy wc = Launches.config(Workbench.file("trap.wat"), "main", "");
        wc.setAttribute(WasmLaunchConstants.ATTR_SUSPEND_ON_TRAP, false);
        ILaunch launch = wc.launch(ILaunchManager.DEBUG_MODE, null);
        Launches.waitTerminated(launch, 10);
        assertEquals(0, suspendEvents());
        assertEquals(WasmLaunchConstants.EXIT_TRAP, launch.getProcesses()[0].getExitValue());
        Launches.consoleText(launch.getProcesses()[0], "trap: integer divide by zero");
    }

    /** A binary module's frames point into its disassembly, which the debugger shows as the source. */
    @Test
    void binaryModulesAreDebuggedInTheirDisassembly() throws Exception {
        ILaunch launch = debug("loop.wasm", "main", "");
        IThread thread = thread(launch);
        Workbench.pump(200);
        thread.suspend();
        waitSuspended(thread);
        IStackFrame top = thread.getTopStackFrame();
        assertTrue(top.getName().matches("func 0 \\+0x2[13]"), top.getName());
        int line = top.getLineNumber();
        assertTrue(line > 0, "a line of the disassembly");
        Workbench.waitFor("the disassembly editor", 20,
                () -> Workbench.page().getActiveEditor() instanceof org.eclipse.ui.texteditor.ITextEditor t
                        && t.getEditorInput().getName().equals("loop.wasm"));
        org.eclipse.ui.texteditor.ITextEditor editor = (org.eclipse.ui.texteditor.ITextEditor) Workbench.page().getActiveEditor();
        assertInstanceOf(org.wasmscope.debug.ui.editor.WasmDisassemblyEditor.class, editor);
        org.eclipse.jface.text.IDocument doc = editor.getDocumentProvider().getDocument(editor.getEditorInput());
        String text = doc.get(doc.getLineOffset(line - 1), doc.getLineLength(line - 1));
        assertTrue(text.contains(top.getName().substring(top.getName().indexOf("+0x") + 3)), text);
        Workbench.screenshot("debug-wasm-disassembly");
        launch.terminate();
        Launches.waitTerminated(launch, 10);
    }

    @Test
    void functionBreakpointsStopAtEachCall() throws Exception {
        IFile file = Workbench.file("factorial.wat");
        IEditorPart editor = org.eclipse.ui.ide.IDE.openEditor(Workbench.page(), file);
        org.eclipse.debug.ui.actions.IToggleBreakpointsTarget toggle = editor.getAdapter(
                org.eclipse.debug.ui.actions.IToggleBreakpointsTarget.class);
        org.eclipse.jface.text.IDocument doc = ((WatEditor) editor).getDocumentProvider().getDocument(editor.getEditorInput());
        org.eclipse.jface.text.ITextSelection line3 = new org.eclipse.jface.text.TextSelection(doc, doc.getLineOffset(2), 0);
        assertTrue(toggle.canToggleMethodBreakpoints(editor, line3), "(func $fac on line 3");
        assertFalse(toggle.canToggleMethodBreakpoints(editor,
                new org.eclipse.jface.text.TextSelection(doc, doc.getLineOffset(3), 0)), "no function on line 4");
        toggle.toggleMethodBreakpoints(editor, line3);
        IBreakpoint[] all = DebugPlugin.getDefault().getBreakpointManager().getBreakpoints();
        assertEquals(1, all.length);
        WasmFunctionBreakpoint breakpoint = assertInstanceOf(WasmFunctionBreakpoint.class, all[0]);
        assertEquals("fac", breakpoint.getFunction());

        ILaunch launch = debug("factorial.wat", "main", "");
        IThread thread = thread(launch);
        waitSuspended(thread);
        assertEquals(DebugEvent.BREAKPOINT, suspendDetail());
        assertArrayEquals(new IBreakpoint[] { breakpoint }, thread.getBreakpoints());
        assertEquals(2, thread.getStackFrames().length);
        assertEquals("10", value(thread.getTopStackFrame(), "$n"));
        thread.resume();
        waitSuspended(thread);
        assertEquals(3, thread.getStackFrames().length);
        assertEquals("9", value(thread.getTopStackFrame(), "$n"));
        launch.terminate();
        Launches.waitTerminated(launch, 10);
        toggle.toggleMethodBreakpoints(editor, line3);
        assertEquals(0, DebugPlugin.getDefault().getBreakpointManager().getBreakpoints().length);
    }

    @Test
    void rulerBreakpointsAreToggledInTheEditor() throws Exception {
        IFile file = Workbench.file("factorial.wat");
        IEditorPart editor = org.eclipse.ui.ide.IDE.openEditor(Workbench.page(), file);
        org.eclipse.debug.ui.actions.IToggleBreakpointsTarget toggle = editor.getAdapter(
                org.eclipse.debug.ui.actions.IToggleBreakpointsTarget.class);
        assertNotNull(toggle);
        org.eclipse.jface.text.IDocument doc = ((WatEditor) editor).getDocumentProvider().getDocument(editor.getEditorInput());
        org.eclipse.jface.text.ITextSelection line9 = new org.eclipse.jface.text.TextSelection(doc, doc.getLineOffset(8), 0);
        assertTrue(toggle.canToggleLineBreakpoints(editor, line9));
        toggle.toggleLineBreakpoints(editor, line9);
        IBreakpoint[] all = DebugPlugin.getDefault().getBreakpointManager().getBreakpoints();
        assertEquals(1, all.length);
        assertEquals(9, ((WasmLineBreakpoint) all[0]).getLineNumber());
        assertTrue(all[0].getMarker().getAttribute(IBreakpoint.PERSISTED, false), "persisted");
        Workbench.page().showView(IDebugUIConstants.ID_BREAKPOINT_VIEW);
        Workbench.pump(300);
        Workbench.screenshot("ruler-breakpoint");
        toggle.toggleLineBreakpoints(editor, line9);
        assertEquals(0, DebugPlugin.getDefault().getBreakpointManager().getBreakpoints().length);
    }
}
