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
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationType;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.debug.core.model.IStackFrame;
import org.eclipse.debug.core.model.IThread;
import org.eclipse.debug.core.model.IVariable;
import org.eclipse.debug.core.sourcelookup.ISourceContainer;
import org.eclipse.debug.core.sourcelookup.ISourceContainerType;
import org.eclipse.debug.core.sourcelookup.ISourceLookupDirector;
import org.eclipse.debug.core.sourcelookup.containers.LocalFileStorage;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.IDebugModelPresentation;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.debug.ui.ILaunchConfigurationDialog;
import org.eclipse.debug.ui.actions.IRunToLineTarget;
import org.eclipse.debug.ui.actions.IToggleBreakpointsTarget;
import org.eclipse.debug.ui.sourcelookup.ISourceContainerBrowser;
import org.eclipse.debug.ui.sourcelookup.SourceLookupTab;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.TextSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
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
import org.wasmscope.debug.core.sourcelookup.PathMappingSourceContainer;
import org.wasmscope.debug.core.sourcelookup.WasmSourceLookupDirector;
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
            clang(dir, "steps.c", "steps.wasm", "-O0"); // compiled in the project: DWARF's compile directory is its folder
            // an edited copy whose square has code on line 14 (a blank line between functions in steps.c)
            Path edited = Files.createDirectories(dir.resolve("edited"));
            List<String> lines = new java.util.ArrayList<>(Files.readAllLines(dir.resolve("steps.c")));
            lines.subList(11, 14).clear(); // lines 12-14: return v * v; } and the blank line, so fib stays on line 15
            lines.addAll(11, List.of("    int w = v * v;", "    w = w + 1;", "    return w - 1; }"));
            Files.write(edited.resolve("steps.c"), lines);
            clang(edited, "steps.c", "steps.wasm", "-O0");
            project.refreshLocal(IResource.DEPTH_INFINITE, null);
        }
    }

    private static void clang(Path dir, String source, String module, String optimization) throws Exception {
        List<String> cmd = List.of("clang-14", "--target=wasm32-wasi", "-g", optimization, "-o", module, source);
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        byte[] output = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(String.join(" ", cmd) + " failed:\n" + new String(output, StandardCharsets.UTF_8));
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

    /**
     * As CDT shows a breakpoint GDB could not install: a breakpoint on a line no code runs for (a blank line between
     * two functions) is marked unresolved, in its label, its icon and the ruler's hover, while a line without code
     * inside a function stops at the function's next line; a module loaded later that has code on the line resolves
     * it. At the hit, C values are set in the Variables view's terms.
     */
    @Test
    void aLineWithoutCodeIsUnresolvedUntilAModuleHasCodeThere() throws Exception {
        DebugUITools.getPreferenceStore().setValue("org.eclipse.debug.ui.switch_perspective_on_suspend", "never");
        DebugUITools.getPreferenceStore().setValue("org.eclipse.debug.ui.switch_to_perspective", "never");
        IEditorPart editor = IDE.openEditor(Workbench.page(), file("steps.c"));
        SourceEditor source = assertInstanceOf(SourceEditor.class, editor);
        IDocument doc = source.getDocumentProvider().getDocument(source.getEditorInput());
        IToggleBreakpointsTarget toggle = source.getAdapter(IToggleBreakpointsTarget.class);
        for (int line : new int[] {14, 19, 21}) {
            toggle.toggleLineBreakpoints(source, new TextSelection(doc, doc.getLineOffset(line - 1), 0));
        }
        Workbench.maximize();
        SourceLineBreakpoint between = breakpointOn(14);
        SourceLineBreakpoint loopEnd = breakpointOn(21);
        IDebugModelPresentation presentation = DebugUITools.newDebugModelPresentation();
        assertEquals("steps.c [line: 14]", presentation.getText(between)); // no module has run yet

        launch = launch("steps.wasm");
        IThread thread = launch.getDebugTarget().getThreads()[0];
        Workbench.waitFor("the breakpoint in fib", 60, () -> thread.isSuspended() && top(thread) != null);
        assertEquals("fib(n=3) at steps.c:19", thread.getTopStackFrame().getName());
        assertEquals("no code at line 14", between.unresolvedReason());
        assertEquals("steps.c [line: 14] (unresolved: no code at line 14)", presentation.getText(between));
        assertEquals("Line breakpoint: steps.c [line: 14] (unresolved: no code at line 14)",
                between.getMarker().getAttribute(IMarker.MESSAGE, "")); // the ruler's hover
        assertTrue(presentation.getImage(between) != presentation.getImage(loopEnd)); // the breakpoint icon with a warning
        assertEquals("steps.c [line: 21] (stops at line 22)", presentation.getText(loopEnd));
        assertEquals("steps.c [line: 19]", presentation.getText(breakpointOn(19)));
        source.selectAndReveal(doc.getLineOffset(9), 0);
        Workbench.pump(500);
        IViewPart breakpoints = Workbench.show(IDebugUIConstants.ID_BREAKPOINT_VIEW);
        Workbench.screenshot("dwarf-unresolved-breakpoint"); // the ruler beside the Breakpoints view
        Workbench.page().setPartState(Workbench.page().getReference(breakpoints), IWorkbenchPage.STATE_MAXIMIZED);
        Workbench.screenshot("dwarf-unresolved-breakpoints-view"); // their labels in full
        Workbench.page().setPartState(Workbench.page().getReference(breakpoints), IWorkbenchPage.STATE_RESTORED);

        // C values set as the Variables view sets them: b of fib, in memory at -O0
        IStackFrame fib = thread.getTopStackFrame();
        IVariable b = fib.getVariables()[2];
        assertEquals("b", b.getName());
        assertTrue(b.supportsValueModification());
        assertTrue(b.verifyValue("-5"));
        assertTrue(!b.verifyValue("x") && !b.verifyValue("4294967296"));
        b.setValue("10");
        Workbench.pump(300);
        assertEquals(List.of("n = 3", "a = 0", "b = 10", "i = 0", "t = 1", "WebAssembly"), variables(thread.getTopStackFrame()));

        launch.terminate();
        Workbench.waitFor("the end of the run", 20, launch::isTerminated);
        Workbench.waitFor("the marks cleared", 20, () -> between.unresolvedReason() == null);
        assertEquals("steps.c [line: 14]", presentation.getText(between));
        assertEquals(presentation.getImage(loopEnd), presentation.getImage(between)); // the platform's icon again

        // A module built from an edited steps.c has code on line 14: the breakpoint resolves there and is hit.
        breakpointOn(19).delete();
        loopEnd.delete();
        launch = launch("edited/steps.wasm");
        IThread edited = launch.getDebugTarget().getThreads()[0];
        Workbench.waitFor("the breakpoint on line 14", 60, () -> edited.isSuspended() && top(edited) != null);
        assertEquals("square(v=2) at steps.c:14", edited.getTopStackFrame().getName());
        assertEquals(null, between.unresolvedReason());
        assertEquals(14, between.installedLine());
        assertEquals("steps.c [line: 14]", presentation.getText(between));
        presentation.dispose();
    }

    private static SourceLineBreakpoint breakpointOn(int line) throws Exception {
        for (IBreakpoint b : DebugPlugin.getDefault().getBreakpointManager().getBreakpoints()) {
            if (b instanceof SourceLineBreakpoint sb && sb.getLineNumber() == line) {
                return sb;
            }
        }
        throw new AssertionError("no breakpoint on line " + line);
    }

    private static ILaunch launch(String module) throws Exception {
        ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
        ILaunchConfigurationType type = manager.getLaunchConfigurationType(WasmLaunchConstants.LAUNCH_TYPE_ID);
        ILaunchConfigurationWorkingCopy config = type.newInstance(null, module.replace('/', '-'));
        config.setAttribute(WasmLaunchConstants.ATTR_PROJECT, PROJECT);
        config.setAttribute(WasmLaunchConstants.ATTR_MODULE, module);
        config.setAttribute(WasmLaunchConstants.ATTR_EXPORT, "");
        return config.launch(ILaunchManager.DEBUG_MODE, null);
    }

    /**
     * A program compiled in a build directory whose sources are now elsewhere: a path mapping added on the Source
     * tab (its Add dialog, as a user fills it in) maps the compile directory to the local folder, and the frames'
     * source opens from there.
     */
    /**
     * A C line breakpoint's hit count, as a .wat line breakpoint's: 2 on line 19 ({@code a = b;}, once in each pass
     * of fib's loop) lets the first pass go by and suspends in the second.
     */
    @Test
    void aSourceLineBreakpointsHitCountLetsTheFirstHitGo() throws Exception {
        DebugUITools.getPreferenceStore().setValue("org.eclipse.debug.ui.switch_perspective_on_suspend", "never");
        DebugUITools.getPreferenceStore().setValue("org.eclipse.debug.ui.switch_to_perspective", "never");
        SourceLineBreakpoint breakpoint = new SourceLineBreakpoint(file("steps.c"), 19);
        breakpoint.setHitCount(2);
        IDebugModelPresentation presentation = DebugUITools.newDebugModelPresentation();
        assertEquals("steps.c [line: 19] [hit count: 2]", presentation.getText(breakpoint));
        presentation.dispose();
        launch = launch("steps.wasm");
        IThread thread = launch.getDebugTarget().getThreads()[0];
        Workbench.waitFor("the breakpoint in fib", 60, () -> thread.isSuspended() && top(thread) != null);
        assertEquals("fib(n=3) at steps.c:19", thread.getTopStackFrame().getName());
        assertEquals(List.of("n = 3", "a = 1", "b = 1", "i = 1", "t = 2", "WebAssembly"), variables(thread.getTopStackFrame()));
    }

    @Test
    void aPathMappingOnTheSourceTabFindsSourcesCompiledElsewhere() throws Exception {
        Path root = Files.createTempDirectory("wasmscope-mapping");
        Path build = Files.createDirectories(root.resolve("build/foo"));
        Files.copy(Path.of(System.getProperty("wasmscope.c"), "dwarf", "steps.c"), build.resolve("steps.c"));
        clang(build, "steps.c", "steps.wasm", "-O0");
        Path local = Files.createDirectories(root.resolve("home/me/foo"));
        Files.move(build.resolve("steps.c"), local.resolve("steps.c")); // the build directory no longer has it
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("WasmScope Mapped");
        if (!project.exists()) {
            project.create(null);
            project.open(null);
        }
        Files.copy(build.resolve("steps.wasm"), project.getLocation().toFile().toPath().resolve("mapped.wasm"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        project.refreshLocal(IResource.DEPTH_INFINITE, null);

        ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
        ILaunchConfigurationWorkingCopy config = manager.getLaunchConfigurationType(WasmLaunchConstants.LAUNCH_TYPE_ID)
                .newInstance(null, "mapped.wasm");
        config.setAttribute(WasmLaunchConstants.ATTR_PROJECT, project.getName());
        config.setAttribute(WasmLaunchConstants.ATTR_MODULE, "mapped.wasm");
        config.setAttribute(WasmLaunchConstants.ATTR_EXPORT, "");

        // The Source tab's Add dialog offers the path mapping; its dialog is filled in as a user would.
        Shell shell = new Shell(Workbench.page().getWorkbenchWindow().getShell());
        shell.setText("Source tab");
        shell.setLayout(new FillLayout());
        shell.setSize(760, 420);
        SourceLookupTab tab = new SourceLookupTab();
        tab.setLaunchConfigurationDialog((ILaunchConfigurationDialog) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {ILaunchConfigurationDialog.class},
                (proxy, method, args) -> method.getReturnType() == String.class ? ILaunchManager.DEBUG_MODE : null));
        tab.createControl(shell);
        tab.initializeFrom(config);
        shell.open();
        ISourceContainerType mappingType = manager.getSourceContainerType(PathMappingSourceContainer.TYPE_ID);
        assertEquals("Path Mapping (DWARF)", mappingType.getName());
        ISourceContainerBrowser browser = DebugUITools.getSourceContainerBrowser(PathMappingSourceContainer.TYPE_ID);
        Display display = shell.getDisplay();
        display.timerExec(500, () -> fillPathMapping(display, build.toString(), local.toString()));
        ISourceLookupDirector director = (ISourceLookupDirector) DebugPlugin.getDefault().getLaunchManager()
                .newSourceLocator(WasmSourceLookupDirector.ID);
        director.initializeDefaults(config);
        ISourceContainer[] added = browser.addSourceContainers(shell, director);
        assertEquals(1, added.length);
        PathMappingSourceContainer mapping = assertInstanceOf(PathMappingSourceContainer.class, added[0]);
        assertEquals(build.toString() + " \u2192 " + local.toString(), mapping.getName());

        List<ISourceContainer> containers = new java.util.ArrayList<>(List.of(director.getSourceContainers()));
        containers.add(mapping);
        director.setSourceContainers(containers.toArray(ISourceContainer[]::new));
        config.setAttribute(ILaunchConfiguration.ATTR_SOURCE_LOCATOR_ID, WasmSourceLookupDirector.ID);
        config.setAttribute(ILaunchConfiguration.ATTR_SOURCE_LOCATOR_MEMENTO, director.getMemento());
        tab.initializeFrom(config);
        Workbench.pump(300);
        Workbench.screenshotOf(shell, "dwarf-path-mapping-source-tab");
        shell.close();

        // The saved configuration keeps the mapping; a frame of the program opens the mapped file.
        ILaunchConfiguration saved = config.doSave();
        new SourceLineBreakpoint(file("steps.c"), 19); // a steps.c of the workspace: the module's names it too
        launch = saved.launch(ILaunchManager.DEBUG_MODE, null);
        IThread thread = launch.getDebugTarget().getThreads()[0];
        Workbench.waitFor("the breakpoint in fib", 60, () -> thread.isSuspended() && top(thread) != null);
        assertEquals("fib(n=3) at steps.c:19", thread.getTopStackFrame().getName());
        IStackFrame frame = thread.getTopStackFrame();
        Object found = launch.getSourceLocator().getSourceElement(frame);
        LocalFileStorage storage = assertInstanceOf(LocalFileStorage.class, found);
        assertEquals(local.resolve("steps.c").toFile(), storage.getFile());
    }

    /** In the path mapping dialog once it is open: types the two paths, saves a screenshot, presses OK. */
    private static void fillPathMapping(Display display, String compilePath, String localPath) {
        Shell dialog = Arrays.stream(display.getShells()).filter(sh -> "Path Mapping".equals(sh.getText()) && sh.isVisible())
                .findFirst().orElse(null); // not by focus, which a busy machine may give elsewhere
        if (dialog == null) {
            display.timerExec(200, () -> fillPathMapping(display, compilePath, localPath));
            return;
        }
        List<Text> texts = new java.util.ArrayList<>();
        List<Button> buttons = new java.util.ArrayList<>();
        collect(dialog, texts, buttons);
        texts.get(texts.size() - 2).setText(compilePath); // after the title area's message
        texts.get(texts.size() - 1).setText(localPath);
        try {
            Workbench.pump(200);
            Workbench.screenshotOf(dialog, "dwarf-path-mapping-dialog");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Button ok = buttons.stream().filter(b -> b.getText().equals("OK")).findFirst().orElseThrow();
        ok.notifyListeners(SWT.Selection, new Event());
    }

    private static void collect(Composite c, List<Text> texts, List<Button> buttons) {
        for (Control child : c.getChildren()) {
            if (child instanceof Text t && (t.getStyle() & SWT.READ_ONLY) == 0) {
                texts.add(t);
            } else if (child instanceof Button b) {
                buttons.add(b);
            } else if (child instanceof Composite inner) {
                collect(inner, texts, buttons);
            }
        }
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
