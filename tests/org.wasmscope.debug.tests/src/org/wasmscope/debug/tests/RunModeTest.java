package org.wasmscope.debug.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.model.IProcess;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.ui.console.IConsoleConstants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wasmscope.debug.core.launching.WasmLaunchConstants;
import org.wasmscope.debug.core.launching.WasmProcess;
import org.wasmscope.tests.support.workbench.Workbench;

/** Run mode: a launch through the ILaunchManager, its process, console text and exit value. */
class RunModeTest {

    @BeforeAll
    static void workbench() throws Exception {
        Workbench.project();
        DebugUITools.getPreferenceStore(); // debug.ui started: its console manager opens process consoles
        Workbench.maximize();
    }

    @AfterEach
    void clean() throws CoreException {
        Launches.removeAll();
    }

    @Test
    void factorialMainPrintsItsResult() throws Exception {
        ILaunch launch = Launches.run(Launches.config(Workbench.file("factorial.wat"), "main", ""));
        IProcess process = Launches.process(launch);
        assertTrue(process instanceof WasmProcess);
        Launches.waitTerminated(launch, 20);
        assertEquals(WasmLaunchConstants.EXIT_OK, process.getExitValue());
        assertEquals("main() [factorial.wat]", process.getLabel());
        String text = Launches.consoleText(process, "i64:3628800");
        assertEquals("i64:3628800", text.strip());
        Workbench.page().showView(IDebugUIConstants.ID_DEBUG_VIEW);
        Workbench.page().showView(IConsoleConstants.ID_CONSOLE_VIEW);
        Workbench.screenshot("run-factorial-console");
    }

    @Test
    void argumentsAreReadAsTheParameterTypes() throws Exception {
        ILaunch launch = Launches.run(Launches.config(Workbench.file("factorial.wat"), "fac", "20"));
        Launches.waitTerminated(launch, 20);
        IProcess process = Launches.process(launch);
        assertEquals("i64:2432902008176640000", Launches.consoleText(process, "i64:").strip());
        assertEquals("fac(20) [factorial.wat]", process.getLabel());

        launch = Launches.run(Launches.config(Workbench.file("print.wat"), "add", "-3 0x10"));
        Launches.waitTerminated(launch, 20);
        assertEquals("i64:13", Launches.consoleText(Launches.process(launch), "i64:").strip());
    }

    @Test
    void binaryModulesRunToo() throws Exception {
        ILaunch launch = Launches.run(Launches.config(Workbench.file("answer.wasm"), "main", ""));
        Launches.waitTerminated(launch, 20);
        assertEquals("i32:42", Launches.consoleText(Launches.process(launch), "i32:").strip());
    }

    @Test
    void printFunctionsWriteToTheConsole() throws Exception {
        ILaunch launch = Launches.run(Launches.config(Workbench.file("print.wat"), "main", ""));
        Launches.waitTerminated(launch, 20);
        String text = Launches.consoleText(Launches.process(launch), "i32:42");
        assertEquals("i32:7\nf64:2.5\ni32:42", text.strip().replace("\r\n", "\n"));
    }

    @Test
    void aTrapIsReportedOnTheErrorStream() throws Exception {
        ILaunch launch = Launches.run(Launches.config(Workbench.file("trap.wat"), "main", ""));
        Launches.waitTerminated(launch, 20);
        IProcess process = Launches.process(launch);
        assertEquals(WasmLaunchConstants.EXIT_TRAP, process.getExitValue());
        String text = Launches.consoleText(process, "trap:");
        assertTrue(text.contains("trap: integer divide by zero at 4:6"), text);
        assertEquals("", process.getStreamsProxy().getOutputStreamMonitor().getContents());
    }

    @Test
    void aRunawayLoopEndsAtItsLimits() throws Exception {
        for (String[] limit : new String[][] {{"fuel", "1000000", "trap: fuel exhausted"}, {"timeout", "300ms", "trap: time limit exceeded"}}) {
            ILaunchConfigurationWorkingCopy wc = Launches.config(Workbench.file("loop.wat"), "main", "");
            wc.setAttribute(WasmLaunchConstants.ATTR_LIMIT_PREFIX + limit[0], limit[1]);
            ILaunch launch = Launches.run(wc);
            Launches.waitTerminated(launch, 20);
            IProcess process = Launches.process(launch);
            assertEquals(WasmLaunchConstants.EXIT_TRAP, process.getExitValue(), limit[0]);
            String text = Launches.consoleText(process, "trap:");
            assertTrue(text.contains(limit[2]), text);
        }
    }

    @Test
    void aRunawayLoopIsTerminated() throws Exception {
        for (String file : new String[] { "loop.wat", "startloop.wat" }) {
            ILaunch launch = Launches.run(Launches.config(Workbench.file(file), "main", ""));
            IProcess process = Launches.process(launch);
            Workbench.pump(500); // the UI stays responsive while it loops
            assertFalse(process.isTerminated(), file + " should still run");
            assertTrue(process.canTerminate());
            process.terminate();
            Launches.waitTerminated(launch, 10);
            assertEquals(WasmLaunchConstants.EXIT_TERMINATED, process.getExitValue(), file);
        }
    }

    @Test
    void badConfigurationsFailWithTheReason() throws Exception {
        assertLaunchFails("malformed.wat", "main", "", "malformed.wat: malformed module: unknown operator");
        assertLaunchFails("malformed.wat", "main", "", " at 3:20");
        assertLaunchFails("invalid.wat", "main", "", "invalid.wat: invalid module: type mismatch");
        assertLaunchFails("factorial.wat", "nope", "", "no exported function \"nope\"; its exported functions: fac, main");
        assertLaunchFails("factorial.wat", "fac", "", "\"fac\" (func (param i64) (result i64)) takes 1 argument(s), got 0");
        assertLaunchFails("factorial.wat", "fac", "ten", "Argument 1 of \"fac\": \"ten\" is not a i64 value");
        assertEquals(0, Launches.manager().getLaunches().length, "failed launches are removed");
    }

    private static void assertLaunchFails(String file, String export, String args, String message) throws Exception {
        CoreException e = assertThrows(CoreException.class,
                () -> Launches.run(Launches.config(Workbench.file(file), export, args)));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }
}
