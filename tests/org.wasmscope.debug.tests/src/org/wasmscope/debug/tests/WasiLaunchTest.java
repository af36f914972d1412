package org.wasmscope.debug.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.IDebugEventSetListener;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.core.model.IProcess;
import org.eclipse.debug.core.model.IStackFrame;
import org.eclipse.debug.core.model.IStreamsProxy2;
import org.eclipse.debug.core.model.IThread;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.console.IConsoleConstants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wasmscope.debug.core.breakpoints.WasmFunctionBreakpoint;
import org.wasmscope.debug.core.launching.WasmLaunchConstants;
import org.wasmscope.debug.core.model.WasmDebugTarget;
import org.wasmscope.debug.ui.launching.WasmLaunchShortcut;
import org.wasmscope.debug.ui.launching.WasmMainTab;
import org.wasmscope.tests.support.workbench.Workbench;

/**
 * WASI programs compiled from C with {@code clang-14 --target=wasm32-wasi} (the runtime tests' programs and
 * their expected outputs, and {@code c/fib.c} of this bundle) launched in the workbench: console output of
 * both streams, input typed through the process's streams proxy, arguments, environment, a preopened
 * directory, exit codes, a trap, termination while waiting for input, Run As, the Main tab's WASI settings,
 * and a debug session stopping in a C function. Skipped without clang-14.
 */
class WasiLaunchTest {
    private static final String PROJECT = "WasmScope WASI";
    private static Path expected;

    private final List<DebugEvent> events = new ArrayList<>();
    private final IDebugEventSetListener recorder = set -> {
        synchronized (events) {
            events.addAll(List.of(set));
        }
    };

    @BeforeAll
    static void compilePrograms() throws Exception {
        Assumptions.assumeTrue(clangAvailable(), "clang-14 is not on the PATH");
        expected = Path.of(System.getProperty("wasmscope.c")).toAbsolutePath();
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
        if (!project.exists()) {
            project.create(null);
            project.open(null);
            Path dir = project.getLocation().toFile().toPath();
            for (String name : List.of("hello", "printf", "stdin_echo", "exit_code", "trap", "args_env", "files")) {
                compile(expected.resolve(name + ".c"), dir.resolve(name + ".wasm"));
            }
            compile(Path.of(System.getProperty("wasmscope.debugc"), "fib.c"), dir.resolve("fib.wasm"));
            project.refreshLocal(IResource.DEPTH_INFINITE, null);
        }
        DebugUITools.getPreferenceStore(); // debug.ui started: its console manager opens process consoles
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
    }

    private static IFile program(String name) {
        return ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT).getFile(name + ".wasm");
    }

    /** A configuration as Run As would make it: no WASI attribute, so the module's imports decide. */
    private static ILaunchConfigurationWorkingCopy config(String name, String arguments) throws CoreException {
        return Launches.config(program(name), "", arguments);
    }

    private static String expectedText(String name, String ext) throws IOException {
        Path p = expected.resolve(name + "." + ext);
        return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : "";
    }

    private static String normalized(String text) {
        return text.replace("\r\n", "\n").strip();
    }

    @Test
    void helloAndPrintfWriteTheirOutputToTheConsole() throws Exception {
        for (String name : List.of("hello", "printf")) {
            ILaunch launch = Launches.run(config(name, ""));
            IProcess process = Launches.process(launch);
            Launches.waitTerminated(launch, 60);
            assertEquals(0, process.getExitValue(), name);
            assertEquals("_start() [" + name + ".wasm]", process.getLabel());
            String out = normalized(expectedText(name, "stdout"));
            String last = out.substring(out.lastIndexOf('\n') + 1);
            assertEquals(out, normalized(Launches.consoleText(process, last)), name);
        }
    }

    @Test
    void typedInputReachesStdin() throws Exception {
        ILaunch launch = Launches.run(config("stdin_echo", ""));
        IProcess process = Launches.process(launch);
        Workbench.pump(500);
        assertFalse(process.isTerminated(), "the program waits for its input");
        String input = expectedText("stdin_echo", "stdin");
        int half = input.indexOf('\n') + 1;
        process.getStreamsProxy().write(input.substring(0, half)); // as the Console sends a typed line
        Launches.consoleText(process, "HELLO, STDIN");
        assertFalse(process.isTerminated(), "the program waits for more input");
        process.getStreamsProxy().write(input.substring(half));
        assertInstanceOf(IStreamsProxy2.class, process.getStreamsProxy()).closeInputStream(); // the Console's EOF
        Launches.waitTerminated(launch, 30);
        assertEquals(0, process.getExitValue());
        String text = Launches.consoleText(process, "LAST LINE WITHOUT NEWLINE").replace("\r\n", "\n");
        // the unfinished last line stays in libc's stdout buffer until exit, after the unbuffered stderr line
        String out = expectedText("stdin_echo", "stdout");
        String lastLine = out.substring(out.lastIndexOf('\n') + 1);
        assertEquals(out.substring(0, out.length() - lastLine.length()) + expectedText("stdin_echo", "stderr")
                + lastLine, text);
        Workbench.page().showView(IConsoleConstants.ID_CONSOLE_VIEW);
        Workbench.screenshot("wasi-stdin-echo-console");
    }

    @Test
    void procExitCodeIsTheExitValue() throws Exception {
        ILaunch launch = Launches.run(config("exit_code", ""));
        IProcess process = Launches.process(launch);
        Launches.waitTerminated(launch, 30);
        assertEquals(Integer.parseInt(expectedText("exit_code", "exit").strip()), process.getExitValue());
        String text = Launches.consoleText(process, "atexit handler ran");
        for (String line : (expectedText("exit_code", "stdout") + expectedText("exit_code", "stderr")).lines().toList()) {
            assertTrue(text.contains(line), line + " in " + text);
        }
    }

    @Test
    void aTrapPrintsItsMessage() throws Exception {
        ILaunch launch = Launches.run(config("trap", ""));
        IProcess process = Launches.process(launch);
        Launches.waitTerminated(launch, 30);
        assertEquals(WasmLaunchConstants.EXIT_WASI_TRAP, process.getExitValue());
        String text = Launches.consoleText(process, "trap: ");
        assertTrue(text.contains(expectedText("trap", "stderr").strip()), text);
    }

    @Test
    void argumentsAndEnvironmentReachTheProgram() throws Exception {
        ILaunchConfigurationWorkingCopy wc = config("args_env", "one \"two words\" \"ünïcode ✓\"");
        Map<String, String> env = new LinkedHashMap<>();
        for (String line : expectedText("args_env", "env").lines().toList()) {
            int eq = line.indexOf('=');
            env.put(line.substring(0, eq), line.substring(eq + 1));
        }
        wc.setAttribute(ILaunchManager.ATTR_ENVIRONMENT_VARIABLES, env);
        wc.setAttribute(ILaunchManager.ATTR_APPEND_ENVIRONMENT_VARIABLES, false); // only these
        ILaunch launch = Launches.run(wc);
        IProcess process = Launches.process(launch);
        Launches.waitTerminated(launch, 30);
        assertEquals(0, process.getExitValue());
        // environ's order is the launch manager's: compare the lines without their index
        List<String> want = expectedText("args_env", "stdout").lines().map(l -> l.replaceFirst("^environ\\[\\d+\\]", "environ"))
                .sorted().toList();
        List<String> got = normalized(Launches.consoleText(process, "LATER=")).lines()
                .map(l -> l.replaceFirst("^environ\\[\\d+\\]", "environ")).sorted().toList();
        assertEquals(want, got);
    }

    @Test
    void filesInAPreopenedDirectory() throws Exception {
        Path work = Files.createTempDirectory("wasi-work");
        Files.createDirectory(work.resolve("box"));
        ILaunchConfigurationWorkingCopy wc = config("files", "");
        wc.setAttribute(WasmLaunchConstants.ATTR_WORKING_DIRECTORY, work.toString());
        wc.setAttribute(WasmLaunchConstants.ATTR_PREOPENS, List.of("box::/sandbox")); // relative to the working directory
        ILaunch launch = Launches.run(wc);
        IProcess process = Launches.process(launch);
        Launches.waitTerminated(launch, 60);
        String out = normalized(expectedText("files", "stdout"));
        String text = normalized(Launches.consoleText(process, out.substring(out.lastIndexOf('\n') + 1)));
        assertEquals(out, text);
        assertEquals(0, process.getExitValue());

        wc.setAttribute(WasmLaunchConstants.ATTR_PREOPENS, List.of("missing::/sandbox"));
        CoreException e = org.junit.jupiter.api.Assertions.assertThrows(CoreException.class, () -> Launches.run(wc));
        assertTrue(e.getMessage().contains("\"missing::/sandbox\": " + work.resolve("missing") + " is not a directory"),
                e.getMessage());
    }

    @Test
    void debuggingStopsInACFunctionNamedByTheNameSection() throws Exception {
        IFile file = program("fib");
        WasmFunctionBreakpoint breakpoint = new WasmFunctionBreakpoint(file, "fib", 0);
        DebugPlugin.getDefault().addDebugEventListener(recorder);
        ILaunch launch = config("fib", "").launch(ILaunchManager.DEBUG_MODE, null);
        WasmDebugTarget target = assertInstanceOf(WasmDebugTarget.class, launch.getDebugTarget());
        IThread thread = target.getThreads()[0];
        Workbench.waitFor("a suspension at fib", 30, () -> thread.isSuspended() && suspended());
        IStackFrame[] frames = thread.getStackFrames();
        assertTrue(frames[0].getName().matches("func \\d+ \\$fib( .*)?"), frames[0].getName());
        // clang names the entry point _start.command_export
        assertTrue(frames[frames.length - 1].getName().matches("func \\d+ \\$_start.*"), frames[frames.length - 1].getName());
        Workbench.page().showView(IDebugUIConstants.ID_DEBUG_VIEW);
        Workbench.pump(1000);
        Workbench.screenshot("wasi-debug-fib");

        DebugPlugin.getDefault().getBreakpointManager().removeBreakpoint(breakpoint, true);
        thread.resume();
        Launches.waitTerminated(launch, 60);
        assertEquals(0, target.getProcess().getExitValue());
        assertEquals("fib(10) = 55", normalized(Launches.consoleText(target.getProcess(), "fib(10)")));
    }

    @Test
    void debugModeEndsWithTheExitCodeAndSuspendsAtATrap() throws Exception {
        DebugPlugin.getDefault().addDebugEventListener(recorder);
        ILaunch launch = config("exit_code", "").launch(ILaunchManager.DEBUG_MODE, null);
        Launches.waitTerminated(launch, 60);
        assertEquals(42, launch.getProcesses()[0].getExitValue());
        Launches.consoleText(launch.getProcesses()[0], "atexit handler ran");

        launch = config("trap", "").launch(ILaunchManager.DEBUG_MODE, null);
        IThread thread = launch.getDebugTarget().getThreads()[0];
        Workbench.waitFor("the suspension at the trap", 30, thread::isSuspended);
        String top = thread.getTopStackFrame().getName();
        assertTrue(top.matches("func \\d+ \\$crash( .*)?"), top); // the C function, by its name section name
        thread.resume(); // resuming ends the run
        Launches.waitTerminated(launch, 30);
        assertEquals(WasmLaunchConstants.EXIT_WASI_TRAP, launch.getProcesses()[0].getExitValue());
        String text = Launches.consoleText(launch.getProcesses()[0], "trap: ");
        assertTrue(text.contains("before the trap\n") && text.contains(expectedText("trap", "stderr").strip()), text);
    }

    @Test
    void terminatingAProgramThatWaitsForInput() throws Exception {
        ILaunch launch = Launches.run(config("stdin_echo", ""));
        IProcess process = Launches.process(launch);
        Workbench.pump(300);
        assertFalse(process.isTerminated(), "the program waits for its input");
        process.terminate();
        Launches.waitTerminated(launch, 10);
        assertEquals(WasmLaunchConstants.EXIT_TERMINATED, process.getExitValue());
    }

    @Test
    void runAsPicksStartOfAWasiModule() throws Exception {
        DebugUITools.getPreferenceStore().setValue(IDebugUIConstants.PREF_BUILD_BEFORE_LAUNCH, false);
        new WasmLaunchShortcut().launch(new StructuredSelection(program("hello")), ILaunchManager.RUN_MODE);
        Workbench.waitFor("a launch", 20, () -> Launches.manager().getLaunches().length > 0
                && Launches.manager().getLaunches()[0].getProcesses().length > 0);
        ILaunch launch = Launches.manager().getLaunches()[0];
        ILaunchConfiguration config = launch.getLaunchConfiguration();
        try {
            assertEquals("_start", config.getAttribute(WasmLaunchConstants.ATTR_EXPORT, ""));
            assertTrue(config.getAttribute(WasmLaunchConstants.ATTR_WASI, false));
            Launches.waitTerminated(launch, 30);
            assertEquals("Hello, world!", normalized(Launches.consoleText(launch.getProcesses()[0], "Hello")));
        } finally {
            config.delete();
        }
    }

    @Test
    void theMainTabOffersTheWasiSettings() throws Exception {
        ILaunchConfigurationWorkingCopy wc = config("files", "a \"b c\"");
        Shell shell = new Shell(Display.getCurrent());
        try {
            shell.setLayout(new FillLayout());
            WasmMainTab tab = new WasmMainTab();
            tab.setLaunchConfigurationDialog(new LaunchTabTest.Dialog());
            tab.createControl(shell);
            tab.initializeFrom(wc);
            shell.setSize(700, 560);
            shell.open();
            List<Button> checks = controls(tab.getControl(), Button.class).stream()
                    .filter(b -> (b.getStyle() & SWT.CHECK) != 0 && b.getText().contains("WASI")).toList();
            assertEquals(1, checks.size());
            assertTrue(checks.get(0).getSelection(), "a module importing WASI runs as a WASI program");
            Combo export = controls(tab.getControl(), Combo.class).get(0);
            assertEquals("_start", export.getText());
            assertFalse(export.isEnabled());
            assertTrue(tab.isValid(wc), tab.getErrorMessage());

            Text preopens = controls(tab.getControl(), Text.class).stream()
                    .filter(t -> (t.getStyle() & SWT.MULTI) != 0).findFirst().orElseThrow();
            preopens.setText("nowhere::/data");
            ILaunchConfigurationWorkingCopy applied = wc.copy("applied");
            tab.performApply(applied);
            assertTrue(applied.getAttribute(WasmLaunchConstants.ATTR_WASI, false));
            assertEquals(List.of("nowhere::/data"), applied.getAttribute(WasmLaunchConstants.ATTR_PREOPENS, List.of()));
            assertEquals("a \"b c\"", applied.getAttribute(WasmLaunchConstants.ATTR_ARGUMENTS, ""));
            assertFalse(tab.isValid(applied));
            assertTrue(tab.getErrorMessage().startsWith("Preopened directory \"nowhere::/data\": "), tab.getErrorMessage());
            Workbench.pump(300);
            Workbench.screenshotOf(shell, "wasi-main-tab");
        } finally {
            shell.dispose();
        }
    }

    private static <T extends Control> List<T> controls(Control control, Class<T> type) {
        List<T> found = new ArrayList<>();
        if (type.isInstance(control)) {
            found.add(type.cast(control));
        }
        if (control instanceof Composite c) {
            for (Control child : c.getChildren()) {
                found.addAll(controls(child, type));
            }
        }
        return found;
    }

    private boolean suspended() {
        synchronized (events) {
            return events.stream().anyMatch(e -> e.getKind() == DebugEvent.SUSPEND && e.getDetail() == DebugEvent.BREAKPOINT);
        }
    }

    static boolean clangAvailable() {
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

    /** {@code clang-14 --target=wasm32-wasi -O2 -Wl,--strip-debug} (the name section stays); fails with its output. */
    static void compile(Path source, Path out) throws IOException, InterruptedException {
        List<String> cmd = List.of("clang-14", "--target=wasm32-wasi", "-O2", "-Wl,--strip-debug", "-o", out.toString(),
                source.toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        byte[] output = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IOException(String.join(" ", cmd) + " failed:\n" + new String(output, StandardCharsets.UTF_8));
        }
    }
}
