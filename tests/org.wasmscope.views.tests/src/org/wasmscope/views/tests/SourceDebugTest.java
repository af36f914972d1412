package org.wasmscope.views.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfigurationType;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.core.model.IStackFrame;
import org.eclipse.debug.core.model.IThread;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.debug.ui.actions.IRunToLineTarget;
import org.eclipse.debug.ui.actions.IToggleBreakpointsTarget;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.TextSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wasmscope.debug.core.WasmDebugCore;
import org.wasmscope.debug.core.breakpoints.SourceLineBreakpoint;
import org.wasmscope.debug.core.launching.WasmLaunchConstants;
import org.wasmscope.debug.ui.editor.SourceEditor;
import org.wasmscope.debug.ui.launching.InstructionSteppingHandler;
import org.wasmscope.tests.support.workbench.Workbench;

/**
 * A C program built with {@code clang-14 -g -O0} debugged at source level in the workbench: a breakpoint
 * toggled in the ruler of the {@code .c} file's editor is hit, the Debug view shows C frames
 * ({@code fib(n=3) at steps.c:19}), the Variables view the C variables, the machine views the WebAssembly
 * state of the same suspension (Call Frames with the C position beside the instruction's); a step goes to
 * the next C line, or, with Instruction Stepping on, to the next instruction; Run to Line runs to a line of the
 * {@code .c} file. Skipped without clang-14.
 */
class SourceDebugTest {
    private static final String PROJECT = "WasmScope C";
    private MachineViews views;
    private ILaunch launch;

    @BeforeAll
    static void compile() throws Exception {
        Assumptions.assumeTrue(clangAvailable(), "clang-14 is not on the PATH");
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
        if (!project.exists()) {
            project.create(null);
            project.open(null);
            Path dir = project.getLocation().toFile().toPath();
            Files.copy(Path.of(System.getProperty("wasmscope.c"), "dwarf", "steps.c"), dir.resolve("steps.c"));
            // compiled in the project: DWARF's compile directory is the project's folder
            List<String> cmd = List.of("clang-14", "--target=wasm32-wasi", "-g", "-O0", "-o", "steps.wasm", "steps.c");
            Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
            byte[] output = p.getInputStream().readAllBytes();
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException(String.join(" ", cmd) + " failed:\n" + new String(output, StandardCharsets.UTF_8));
            }
            project.refreshLocal(IResource.DEPTH_INFINITE, null);
        }
    }

    @AfterEach
    void close() throws Exception {
        if (WasmDebugCore.isInstructionStepping()) {
            toggleInstructionStepping();
        }
        if (launch != null && !launch.isTerminated()) {
            launch.terminate();
        }
        DebugPlugin.getDefault().getBreakpointManager().removeBreakpoints(
                DebugPlugin.getDefault().getBreakpointManager().getBreakpoints(), true);
        ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
        manager.removeLaunches(manager.getLaunches());
        Workbench.page().closeAllEditors(false);
    }

    private static IFile file(String name) {
        return ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT).getFile(name);
    }

    @Test
    void aBreakpointInTheCFileIsHitWithCFramesVariablesAndTheMachineBesideThem() throws Exception {
        DebugUITools.getPreferenceStore().setValue("org.eclipse.debug.ui.switch_perspective_on_suspend", "never");
        DebugUITools.getPreferenceStore().setValue("org.eclipse.debug.ui.switch_to_perspective", "never");
        views = MachineViews.open();

        // The .c file opens in the source editor; a breakpoint toggled in its ruler (as a double click does).
        IEditorPart editor = IDE.openEditor(Workbench.page(), file("steps.c"));
        SourceEditor source = assertInstanceOf(SourceEditor.class, editor);
        IDocument doc = source.getDocumentProvider().getDocument(source.getEditorInput());
        IToggleBreakpointsTarget toggle = source.getAdapter(IToggleBreakpointsTarget.class);
        toggle.toggleLineBreakpoints(source, new TextSelection(doc, doc.getLineOffset(18), 0)); // line 19: a = b;
        SourceLineBreakpoint breakpoint = assertInstanceOf(SourceLineBreakpoint.class,
                DebugPlugin.getDefault().getBreakpointManager().getBreakpoints()[0]);
        assertEquals(19, breakpoint.getLineNumber());

        ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
        ILaunchConfigurationType type = manager.getLaunchConfigurationType(WasmLaunchConstants.LAUNCH_TYPE_ID);
        ILaunchConfigurationWorkingCopy config = type.newInstance(null, "steps.wasm");
        config.setAttribute(WasmLaunchConstants.ATTR_PROJECT, PROJECT);
        config.setAttribute(WasmLaunchConstants.ATTR_MODULE, "steps.wasm");
        config.setAttribute(WasmLaunchConstants.ATTR_EXPORT, "");
        launch = config.launch(ILaunchManager.DEBUG_MODE, null);
        IThread thread = launch.getDebugTarget().getThreads()[0];
        Workbench.waitFor("the breakpoint in fib", 60, () -> thread.isSuspended() && top(thread) != null);

        IStackFrame[] frames = thread.getStackFrames();
        assertEquals("fib(n=3) at steps.c:19", frames[0].getName());
        assertEquals("main() at steps.c:33", frames[1].getName());
        assertEquals(19, frames[0].getLineNumber());
        assertEquals(List.of("n = 3", "a = 0", "b = 1", "i = 0", "t = 1", "WebAssembly"), variables(frames[0]));

        // The debugger shows the line in the .c file's editor, the Variables view the C variables.
        Workbench.waitFor("the editor at the breakpoint", 20,
                () -> Workbench.page().getActiveEditor() instanceof SourceEditor e
                        && e.getEditorInput().getName().equals("steps.c"));
        Workbench.show(IDebugUIConstants.ID_VARIABLE_VIEW);
        Workbench.waitFor("Call Frames with the C position", 20, () -> views.frames.lines(" | ", false).stream()
                .anyMatch(l -> l.contains("steps.c:19:")));
        Workbench.pump(500);
        Workbench.screenshot("dwarf-c-breakpoint");
        Workbench.page().activate(views.frames); // beside the Variables view
        Workbench.pump(300);
        Workbench.screenshot("dwarf-call-frames");

        // A step over goes to the next C line; with Instruction Stepping, one instruction.
        thread.stepOver();
        Workbench.waitFor("the next line", 20, () -> thread.isSuspended() && name(top(thread)).endsWith("steps.c:20"));
        String instruction = views.frames.lines(" | ", false).get(0);
        toggleInstructionStepping(); // as its button in the Debug view's toolbar does
        assertTrue(WasmDebugCore.isInstructionStepping());
        thread.stepOver();
        Workbench.waitFor("one instruction on", 20, () -> thread.isSuspended()
                && !views.frames.lines(" | ", false).get(0).equals(instruction));
        assertEquals("fib(n=3) at steps.c:20", name(top(thread)));

        // Run to Line in the .c file, past the loop (the breakpoint in it toggled off first).
        toggleInstructionStepping();
        toggle.toggleLineBreakpoints(source, new TextSelection(doc, doc.getLineOffset(18), 0));
        assertEquals(0, DebugPlugin.getDefault().getBreakpointManager().getBreakpoints().length);
        source.getAdapter(IRunToLineTarget.class).runToLine(source, new TextSelection(doc, doc.getLineOffset(21), 0), thread);
        Workbench.waitFor("Run to Line", 20, () -> thread.isSuspended() && name(top(thread)).endsWith("steps.c:22"));
        assertEquals("fib(n=3) at steps.c:22", name(top(thread)));
    }

    /** Another text editor of the .c file (the platform's) gets the same breakpoints through the toggle target factory. */
    @Test
    void anyTextEditorOfACFileTogglesSourceLineBreakpoints() throws Exception {
        IEditorPart editor = IDE.openEditor(Workbench.page(), file("steps.c"), "org.eclipse.ui.DefaultTextEditor", true);
        ITextEditor text = assertInstanceOf(ITextEditor.class, editor);
        IDocument doc = text.getDocumentProvider().getDocument(text.getEditorInput());
        TextSelection line12 = new TextSelection(doc, doc.getLineOffset(11), 0);
        IToggleBreakpointsTarget toggle = DebugUITools.getToggleBreakpointsTargetManager()
                .getToggleBreakpointsTarget(text, line12);
        toggle.toggleLineBreakpoints(text, line12);
        SourceLineBreakpoint b = assertInstanceOf(SourceLineBreakpoint.class,
                DebugPlugin.getDefault().getBreakpointManager().getBreakpoints()[0]);
        assertEquals(12, b.getLineNumber());
    }

    private static void toggleInstructionStepping() throws Exception {
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(InstructionSteppingHandler.COMMAND, null);
    }

    private static IStackFrame top(IThread thread) {
        try {
            return thread.getTopStackFrame();
        } catch (DebugException e) {
            return null;
        }
    }

    private static String name(IStackFrame f) {
        try {
            return f == null ? "" : f.getName();
        } catch (DebugException e) {
            return "";
        }
    }

    private static List<String> variables(IStackFrame f) throws DebugException {
        return Arrays.stream(f.getVariables()).map(v -> {
            try {
                String value = v.getValue().getValueString();
                return v.getName().equals("WebAssembly") ? v.getName() : v.getName() + " = " + value;
            } catch (DebugException e) {
                return e.getMessage();
            }
        }).toList();
    }

    private static boolean clangAvailable() {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String d : path.split(File.pathSeparator)) {
            if (!d.isEmpty() && Files.isExecutable(Path.of(d, "clang-14"))) {
                return true;
            }
        }
        return false;
    }
}
