package org.wasmscope.debug.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.IDebugEventSetListener;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.debug.core.model.IProcess;
import org.eclipse.debug.core.model.IThread;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.console.IConsoleConstants;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wasmscope.debug.core.breakpoints.WasmInstructionBreakpoint;
import org.wasmscope.debug.core.breakpoints.WasmLineBreakpoint;
import org.wasmscope.debug.core.launching.WasmLaunchConstants;
import org.wasmscope.debug.core.model.WasmDebugTarget;
import org.wasmscope.debug.core.model.WasmStackFrame;
import org.wasmscope.debug.ui.editor.WasmDisassemblyEditor;
import org.wasmscope.debug.ui.launching.WasmLaunchShortcut;
import org.wasmscope.tests.support.workbench.Workbench;

/**
 * What a first-time user met, in the workbench: breakpoints, Run to Line and Stop at entry in the disassembly
 * of a C program (a {@code .wasm} without source); Debug As opening the WebAssembly Debug perspective with no
 * prompt at the breakpoints, and the machine views' room in the Debug perspective; Suspend while a WASI
 * program waits for input. Skipped without clang-14.
 */
class FirstUseDebugTest {
    private static final String PROJECT = "WasmScope First Use";
    private static final String WASM_DEBUG_PERSPECTIVE = "org.wasmscope.views.perspective";
    private static final String SWITCH_ON_LAUNCH = "org.eclipse.debug.ui.switch_to_perspective";
    private static final String SWITCH_ON_SUSPEND = "org.eclipse.debug.ui.switch_perspective_on_suspend";

    private final List<DebugEvent> events = new ArrayList<>();
    private final IDebugEventSetListener recorder = set -> {
        synchronized (events) {
            events.addAll(List.of(set));
        }
    };

    @BeforeAll
    static void compilePrograms() throws Exception {
        Assumptions.assumeTrue(WasiLaunchTest.clangAvailable(), "clang-14 is not on the PATH");
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
        if (!project.exists()) {
            project.create(null);
            project.open(null);
            Path dir = project.getLocation().toFile().toPath();
            WasiLaunchTest.compile(Path.of(System.getProperty("wasmscope.debugc"), "fib.c"), dir.resolve("fib.wasm"));
            WasiLaunchTest.compile(Path.of(System.getProperty("wasmscope.c"), "stdin_echo.c"), dir.resolve("stdin_echo.wasm"));
            project.refreshLocal(IResource.DEPTH_INFINITE, null);
        }
        DebugUITools.getPreferenceStore().setValue(IDebugUIConstants.PREF_BUILD_BEFORE_LAUNCH, false);
        Workbench.closeIntro();
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

    private static IFile program(String name) {
        return ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT).getFile(name + ".wasm");
    }

    private ILaunch debug(ILaunchConfiguration config) throws CoreException {
        DebugPlugin.getDefault().addDebugEventListener(recorder);
        return config.launch(ILaunchManager.DEBUG_MODE, null);
    }

    private static IThread thread(ILaunch launch) {
        return assertInstanceOf(WasmDebugTarget.class, launch.getDebugTarget()).getThreads()[0];
    }

    private int seen;

    /** Waits for the next SUSPEND event of the thread (its state changes first, the event follows). */
    private void waitSuspended(IThread thread) {
        int before = seen;
        Workbench.waitFor("a suspension of " + thread, 30, () -> thread.isSuspended() && suspendEvents() > before);
        seen = suspendEvents();
        Workbench.pump(500); // the Debug view selects the top frame, the editor shows its line
    }

    private int suspendEvents() {
        synchronized (events) {
            return (int) events.stream().filter(e -> e.getKind() == DebugEvent.SUSPEND).count();
        }
    }

    /** Opens {@code file} in the disassembly editor with the caret on the line that contains {@code text}. */
    private static WasmDisassemblyEditor openAtLineWith(IFile file, String text) throws Exception {
        WasmDisassemblyEditor editor = assertInstanceOf(WasmDisassemblyEditor.class, IDE.openEditor(Workbench.page(), file));
        IDocument doc = editor.getDocumentProvider().getDocument(editor.getEditorInput());
        int at = doc.get().indexOf(text);
        assertTrue(at >= 0, text + " in the listing");
        editor.selectAndReveal(doc.getLineInformationOfOffset(at).getOffset(), 0);
        Workbench.page().activate(editor);
        Workbench.pump(200);
        return editor;
    }

    private static int lineOf(WasmDisassemblyEditor editor, String text) throws Exception {
        IDocument doc = editor.getDocumentProvider().getDocument(editor.getEditorInput());
        return doc.getLineOfOffset(doc.get().indexOf(text)) + 1;
    }

    /** Runs a command as its key binding or menu item would, in the active part. */
    private static void command(String id) throws Exception {
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(id, null);
        Workbench.pump(200);
    }

    @Test
    void ctrlShiftBSetsAnInstructionBreakpointInTheDisassemblyThatIsHit() throws Exception {
        IFile file = program("fib");
        WasmDisassemblyEditor editor = openAtLineWith(file, "$fib: type");
        int firstInstruction = lineOf(editor, "$fib: type") + 2; // the header, its locals, then the first instruction
        command(IDebugUIConstants.PLUGIN_ID + ".commands.ToggleBreakpoint"); // Ctrl+Shift+B, Run › Toggle Breakpoint
        IBreakpoint[] all = DebugPlugin.getDefault().getBreakpointManager().getBreakpoints();
        assertEquals(1, all.length);
        WasmInstructionBreakpoint breakpoint = assertInstanceOf(WasmInstructionBreakpoint.class, all[0]);
        assertEquals(firstInstruction, breakpoint.getLineNumber(), "a header line means its first instruction");
        assertEquals("fib.wasm [+0x19a, line: " + firstInstruction + "]",
                DebugUITools.newDebugModelPresentation().getText(breakpoint));
        Workbench.show(IDebugUIConstants.ID_BREAKPOINT_VIEW);
        Workbench.page().activate(editor);
        Workbench.pump(300);
        Workbench.screenshot("disassembly-instruction-breakpoint");

        ILaunch launch = debug(Launches.config(file, "", ""));
        IThread thread = thread(launch);
        waitSuspended(thread);
        WasmStackFrame top = assertInstanceOf(WasmStackFrame.class, thread.getTopStackFrame());
        assertEquals("func 6 $fib +0x19a", top.getName());
        assertEquals(firstInstruction, top.getLineNumber());
        assertArrayEquals(new IBreakpoint[] { breakpoint }, thread.getBreakpoints());
        assertTrue(thread.getName().contains("suspended at breakpoint"), thread.getName());
        Workbench.screenshot("disassembly-breakpoint-hit");

        command(IDebugUIConstants.PLUGIN_ID + ".commands.ToggleBreakpoint"); // the same line again: off
        assertEquals(0, DebugPlugin.getDefault().getBreakpointManager().getBreakpoints().length);
        thread.resume();
        Launches.waitTerminated(launch, 60);
        assertEquals(0, launch.getProcesses()[0].getExitValue());
    }

    @Test
    void stopAtEntryThenRunToLineInTheDisassembly() throws Exception {
        IFile file = program("fib");
        ILaunchConfigurationWorkingCopy config = Launches.config(file, "", "");
        config.setAttribute(WasmLaunchConstants.ATTR_STOP_AT_ENTRY, true);
        ILaunch launch = debug(config);
        IThread thread = thread(launch);
        waitSuspended(thread);
        assertTrue(thread.getName().endsWith("(suspended at entry)"), thread.getName());
        assertEquals(1, thread.getStackFrames().length);
        WasmStackFrame top = assertInstanceOf(WasmStackFrame.class, thread.getTopStackFrame());
        assertTrue(top.getName().matches("func \\d+ \\$_start.*"), top.getName());
        assertEquals(0, top.data().instrIndex(), "before the first instruction of _start");
        Workbench.screenshot("disassembly-stop-at-entry");

        WasmDisassemblyEditor editor = openAtLineWith(file, "$fib: type");
        command(IDebugUIConstants.PLUGIN_ID + ".commands.RunToLine"); // Run › Run to Line, Ctrl+R
        waitSuspended(thread);
        top = assertInstanceOf(WasmStackFrame.class, thread.getTopStackFrame());
        assertEquals("func 6 $fib +0x19a", top.getName());
        assertEquals(lineOf(editor, "$fib: type") + 2, top.getLineNumber());
        assertEquals(0, DebugPlugin.getDefault().getBreakpointManager().getBreakpoints().length, "no breakpoint left");
        launch.terminate();
        Launches.waitTerminated(launch, 20);
    }

    @Test
    void debugAsOpensTheWebAssemblyDebugPerspectiveAndBreakpointsDoNotAskToSwitch() throws Exception {
        // the platform's defaults: no switch on launch, a prompt on suspend
        DebugUITools.getPreferenceStore().setToDefault(SWITCH_ON_LAUNCH);
        DebugUITools.getPreferenceStore().setToDefault(SWITCH_ON_SUSPEND);
        Workbench.perspective("org.eclipse.ui.resourcePerspective");
        IFile file = Workbench.file("factorial.wat");
        new WasmLineBreakpoint(file, 4); // in $fac: hit once per call
        DebugPlugin.getDefault().addDebugEventListener(recorder);
        new WasmLaunchShortcut().launch(new StructuredSelection(file), ILaunchManager.DEBUG_MODE); // Debug As
        Workbench.waitFor("a debug target", 30, () -> Launches.manager().getLaunches().length > 0
                && Launches.manager().getLaunches()[0].getDebugTarget() != null); // the launch job waits for builds first
        ILaunch launch = Launches.manager().getLaunches()[0];
        try {
            IThread thread = thread(launch);
            for (int hit = 0; hit < 2; hit++) {
                waitSuspended(thread);
                Workbench.pump(1000); // a prompt would open now
                assertEquals(WASM_DEBUG_PERSPECTIVE, Workbench.page().getPerspective().getId());
                assertEquals(List.of(), dialogs(), "no dialog asks to switch perspectives");
                if (hit == 0) {
                    Workbench.screenshot("debug-as-webassembly-debug-perspective");
                    thread.resume();
                }
            }

            // the Debug perspective: the machine views in two stacks of their own
            Workbench.perspective(IDebugUIConstants.ID_DEBUG_PERSPECTIVE);
            Workbench.pump(500);
            List<String> stack = viewStack("org.wasmscope.views.stack");
            assertTrue(stack.contains("org.wasmscope.views.labels") && !stack.contains(IDebugUIConstants.ID_VARIABLE_VIEW),
                    stack.toString());
            List<String> frames = viewStack("org.wasmscope.views.frames");
            assertTrue(frames.contains("org.wasmscope.views.store") && !frames.contains(IConsoleConstants.ID_CONSOLE_VIEW),
                    frames.toString());
            assertFalse(viewStack(IDebugUIConstants.ID_VARIABLE_VIEW).contains("org.wasmscope.views.stack"));
            Workbench.screenshot("debug-perspective-machine-views");
        } finally {
            launch.getLaunchConfiguration().delete(); // the shortcut saved it; clean() ends the launch
        }
    }

    /** The ids of the views stacked with view {@code id}. */
    private static List<String> viewStack(String id) throws Exception {
        IViewPart view = Workbench.page().showView(id, null, org.eclipse.ui.IWorkbenchPage.VIEW_VISIBLE);
        return List.of(Workbench.page().getViewStack(view)).stream().map(v -> v.getViewSite().getId()).toList();
    }

    /** The titles of the dialogs open over the workbench window. */
    private static List<String> dialogs() {
        Shell window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        List<String> titles = new ArrayList<>();
        for (Shell s : window.getDisplay().getShells()) {
            if (s != window && s.isVisible()) {
                titles.add(s.getText());
            }
        }
        return titles;
    }

    @Test
    void suspendWhileAProgramWaitsForInputShowsTheWaitingCall() throws Exception {
        ILaunch launch = debug(Launches.config(program("stdin_echo"), "", ""));
        IThread thread = thread(launch);
        IProcess process = launch.getProcesses()[0];
        Workbench.pump(1000); // it reads stdin: nothing comes
        assertFalse(thread.isSuspended());
        thread.suspend();
        waitSuspended(thread);
        assertTrue(thread.getName().endsWith("(suspended, waiting in fd_read)"), thread.getName());
        WasmStackFrame top = assertInstanceOf(WasmStackFrame.class, thread.getTopStackFrame());
        assertTrue(top.data().instr().toString().startsWith("call "), top.data().instr().toString());
        assertTrue(thread.canStepOver(), "a step over the call waits for it to return");
        assertFalse(thread.canStepReturn(), "resume, or step over the call");
        assertTrue(thread.canResume() && thread.canTerminate());
        Workbench.show(IDebugUIConstants.ID_DEBUG_VIEW);
        Workbench.screenshot("suspended-waiting-in-fd_read");

        thread.resume(); // goes on waiting
        Workbench.waitFor("running again", 10, () -> !thread.isSuspended());
        process.getStreamsProxy().write("hello\n");
        Launches.consoleText(process, "HELLO");
        Workbench.pump(500);
        thread.suspend(); // waiting for the next line
        waitSuspended(thread);
        assertTrue(thread.getName().contains("waiting in fd_read"), thread.getName());
        thread.stepOver(); // waits for the line, stops after the call
        Workbench.pump(300);
        assertFalse(thread.isSuspended());
        process.getStreamsProxy().write("again\n");
        waitSuspended(thread);
        assertTrue(thread.getName().endsWith("(suspended after a step)"), thread.getName());
        top = assertInstanceOf(WasmStackFrame.class, thread.getTopStackFrame());
        assertTrue(top.getName().startsWith("func 10 $__wasi_fd_read"), top.getName());
        assertFalse(top.data().instr().toString().startsWith("call "), "after the call: " + top.data().instr());
        thread.terminate();
        Launches.waitTerminated(launch, 10);
        assertEquals(WasmLaunchConstants.EXIT_TERMINATED, process.getExitValue());
    }
}
