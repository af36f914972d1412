package org.wasmscope.debug.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.debug.core.model.IMemoryBlockExtension;
import org.eclipse.debug.core.model.IStackFrame;
import org.eclipse.debug.core.model.IThread;
import org.eclipse.debug.core.model.MemoryByte;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.IDebugModelPresentation;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.debug.ui.IDebugView;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.ide.IDE;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IViewPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wasmscope.debug.core.breakpoints.WasmExceptionBreakpoint;
import org.wasmscope.debug.core.breakpoints.WasmLineBreakpoint;
import org.wasmscope.debug.core.launching.WasmLaunchConstants;
import org.wasmscope.debug.core.model.WasmDebugTarget;
import org.wasmscope.debug.ui.breakpoints.AddExceptionBreakpointAction;
import org.wasmscope.debug.ui.breakpoints.ExceptionBreakpointDialog;
import org.wasmscope.debug.ui.breakpoints.ExceptionCaseToggle;
import org.wasmscope.debug.ui.editor.WatColors;
import org.wasmscope.debug.ui.editor.WatEditor;
import org.wasmscope.debug.ui.editor.WatSyntax;
import org.wasmscope.runtime.syntax.Opcode;
import org.wasmscope.tests.support.workbench.Workbench;

/**
 * WebAssembly 3.0 in debug and run mode, on the examples: exception breakpoints added from the Breakpoints
 * view, the thread's label at a throw, an uncaught exception's report, the Memory view on a second,
 * 64-bit memory ({@code mem1:0x20}), and the {@code .wat} editor's colours for the 3.0 vocabulary.
 */
class Wasm3DebugTest {
    private static final String ACTION_ID = "org.wasmscope.debug.ui.addExceptionBreakpoint";

    @BeforeAll
    static void workbench() throws Exception {
        Workbench.project();
        DebugUITools.getPreferenceStore().setValue("org.eclipse.debug.ui.switch_perspective_on_suspend", "never");
        DebugUITools.getPreferenceStore().setValue("org.eclipse.debug.ui.switch_to_perspective", "never");
        Workbench.maximize();
    }

    @AfterEach
    void clean() throws CoreException {
        Launches.removeAll();
        DebugPlugin.getDefault().getBreakpointManager().removeBreakpoints(
                DebugPlugin.getDefault().getBreakpointManager().getBreakpoints(), true);
    }

    private static ILaunch launch(String file, String export, String mode) throws Exception {
        return Launches.config(Workbench.file(file), export, "").launch(mode, null);
    }

    private static IThread suspendedThread(ILaunch launch) throws DebugException {
        IThread thread = assertInstanceOf(WasmDebugTarget.class, launch.getDebugTarget()).getThreads()[0];
        Workbench.waitFor("a suspension", 20, thread::isSuspended);
        return thread;
    }

    @Test
    void theBreakpointsViewAddsAnExceptionBreakpointThroughItsDialog() throws Exception {
        IViewPart breakpoints = Workbench.page().showView(IDebugUIConstants.ID_BREAKPOINT_VIEW);
        IContributionItem item = breakpoints.getViewSite().getActionBars().getToolBarManager().find(ACTION_ID);
        assertNotNull(item, "the Breakpoints view's tool bar has Add WebAssembly Exception Breakpoint");

        // as a user would: the dialog opens, "$overflow" typed, caught only, OK
        Display.getCurrent().timerExec(500, () -> {
            for (Shell shell : Display.getCurrent().getShells()) {
                if (shell.getData() instanceof ExceptionBreakpointDialog dialog) {
                    dialog.tagField().setText("$overflow");
                    dialog.uncaughtButton().setSelection(false);
                    dialog.uncaughtButton().notifyListeners(SWT.Selection, null);
                    try {
                        Workbench.screenshotOf(shell, "exception-breakpoint-dialog");
                    } catch (java.io.IOException e) {
                        throw new AssertionError(e);
                    }
                    shell.getDefaultButton().notifyListeners(SWT.Selection, null);
                }
            }
        });
        AddExceptionBreakpointAction action = new AddExceptionBreakpointAction();
        action.init(breakpoints);
        action.run(null);

        IBreakpoint[] all = DebugPlugin.getDefault().getBreakpointManager().getBreakpoints();
        assertEquals(1, all.length);
        WasmExceptionBreakpoint b = assertInstanceOf(WasmExceptionBreakpoint.class, all[0]);
        assertEquals("$overflow", b.getTag());
        assertTrue(b.isCaught());
        assertFalse(b.isUncaught());
        IDebugModelPresentation presentation = DebugUITools.newDebugModelPresentation();
        assertEquals("WebAssembly exception: $overflow, caught", presentation.getText(b));

        // its context menu's "Uncaught Exceptions", unchecked, then chosen
        assertTrue(contributes("org.wasmscope.debug.ui.uncaughtExceptions", WasmExceptionBreakpoint.class.getName()));
        assertTrue(contributes("org.wasmscope.debug.ui.caughtExceptions", WasmExceptionBreakpoint.class.getName()));
        IAction uncaught = new Action("Uncaught Exceptions", IAction.AS_CHECK_BOX) {
        };
        ExceptionCaseToggle toggle = new ExceptionCaseToggle.Uncaught();
        toggle.selectionChanged(uncaught, new StructuredSelection(b));
        assertFalse(uncaught.isChecked());
        uncaught.setChecked(true);
        toggle.run(uncaught);
        assertTrue(b.isUncaught());
        assertEquals("WebAssembly exception: $overflow, caught and uncaught", presentation.getText(b));
        presentation.dispose();
        Workbench.pump(500);
        Workbench.screenshot("breakpoints-view-exception-breakpoint");
    }

    @Test
    void aCaughtExceptionBreakpointSuspendsAtTheThrow() throws Exception {
        WasmExceptionBreakpoint b = new WasmExceptionBreakpoint("overflow", true, false); // by its export name
        ILaunch launch = launch("exceptions.wat", "main", ILaunchManager.DEBUG_MODE);
        IThread thread = suspendedThread(launch);
        assertTrue(thread.getName().endsWith("(exception thrown: $overflow (i32 200))"), thread.getName());
        assertArrayEquals(new IBreakpoint[] { b }, thread.getBreakpoints());
        thread.resume();
        Launches.waitTerminated(launch, 20);
        assertEquals("i32:41", Launches.consoleText(launch.getProcesses()[0], "i32:").strip());
    }

    /**
     * A hit count of 3 on $big in throws.wat (five throws, payloads 1 to 5, each caught): the first two throws go
     * by, the third suspends, and so does each one after it, as a line breakpoint's hit count does.
     */
    @Test
    void anExceptionBreakpointsHitCountLetsTheFirstThrowsGo() throws Exception {
        WasmExceptionBreakpoint b = new WasmExceptionBreakpoint("$big", true, false);
        b.setHitCount(3);
        IDebugModelPresentation presentation = DebugUITools.newDebugModelPresentation();
        assertEquals("WebAssembly exception: $big, caught [hit count: 3]", presentation.getText(b));
        presentation.dispose();
        ILaunch launch = launch("throws.wat", "main", ILaunchManager.DEBUG_MODE);
        IThread thread = suspendedThread(launch);
        assertTrue(thread.getName().endsWith("(exception thrown: $big (i32 3))"), thread.getName());
        thread.resume();
        Workbench.waitFor("the fourth throw", 20, () -> thread.isSuspended() && name(thread).endsWith("(i32 4))"));
        b.setEnabled(false); // the fifth goes by
        thread.resume();
        Launches.waitTerminated(launch, 20);
        assertEquals("i32:15", Launches.consoleText(launch.getProcesses()[0], "i32:").strip());

        // uncaught only: none of the five suspends, since each is caught
        b.setEnabled(true);
        b.setCaught(false);
        b.setUncaught(true);
        ILaunch again = launch("throws.wat", "main", ILaunchManager.DEBUG_MODE);
        Launches.waitTerminated(again, 20);
        assertEquals("i32:15", Launches.consoleText(again.getProcesses()[0], "i32:").strip());
    }

    /**
     * A condition on the payload narrows the throws that count: "$0 > 1 && $0 != 3" with a hit count of 2 lets 1 and
     * 3 go uncounted and 2 go as the first hit, so the throw of 4 suspends first.
     */
    @Test
    void anExceptionBreakpointsConditionOnThePayload() throws Exception {
        WasmExceptionBreakpoint b = new WasmExceptionBreakpoint("$big", true, true);
        b.setCondition("$0 > 1 && $0 != 3");
        b.setHitCount(2);
        assertThrows(IllegalArgumentException.class, () -> b.setCondition("$0 >"));
        assertEquals("$0 > 1 && $0 != 3", b.getCondition());
        IDebugModelPresentation presentation = DebugUITools.newDebugModelPresentation();
        assertEquals("WebAssembly exception: $big, caught and uncaught [hit count: 2] [condition: $0 > 1 && $0 != 3]",
                presentation.getText(b));
        presentation.dispose();
        ILaunch launch = launch("throws.wat", "main", ILaunchManager.DEBUG_MODE);
        IThread thread = suspendedThread(launch);
        assertTrue(thread.getName().endsWith("(exception thrown: $big (i32 4))"), thread.getName());
        thread.resume();
        Workbench.waitFor("the fifth throw", 20, () -> thread.isSuspended() && name(thread).endsWith("(i32 5))"));
        thread.resume();
        Launches.waitTerminated(launch, 20);
        assertEquals("i32:15", Launches.consoleText(launch.getProcesses()[0], "i32:").strip());
    }

    /**
     * The Breakpoints view's detail pane of an exception breakpoint, as Java's: checking "Hit count" and typing 2
     * sets the breakpoint's hit count; unchecking the caught case turns it off.
     */
    @Test
    void theBreakpointsViewsDetailPaneSetsTheHitCount() throws Exception {
        WasmExceptionBreakpoint b = new WasmExceptionBreakpoint("$overflow", true, true);
        IViewPart view = Workbench.page().showView(IDebugUIConstants.ID_BREAKPOINT_VIEW);
        Viewer viewer = ((IDebugView) view).getViewer();
        Composite all = Workbench.page().getWorkbenchWindow().getShell();
        Workbench.waitFor("the breakpoint's detail pane", 20, () -> {
            viewer.setSelection(new StructuredSelection(b), true);
            Workbench.pump(50);
            return button(all, "&Hit count:") != null;
        });
        Button hitCount = button(all, "&Hit count:");
        hitCount.setSelection(true);
        hitCount.notifyListeners(SWT.Selection, new Event());
        fieldAfter(hitCount).setText("2");
        Button caught = button(all, "&Caught");
        caught.setSelection(false);
        caught.notifyListeners(SWT.Selection, new Event());
        // a condition is saved once it reads as one; till then the pane says what is wrong
        Button conditionOn = button(all, "C&ondition:");
        conditionOn.setSelection(true);
        conditionOn.notifyListeners(SWT.Selection, new Event());
        Text condition = fieldAfter(conditionOn);
        Label problem = (Label) conditionOn.getParent().getChildren()[conditionOn.getParent().getChildren().length - 1];
        condition.setText("$0 >");
        assertEquals("Condition: the condition ends too early", problem.getText());
        assertEquals("", b.getCondition());
        condition.setText("$0 >= 128");
        assertEquals("", problem.getText());
        assertEquals(2, b.getHitCount());
        assertFalse(b.isCaught());
        assertTrue(b.isUncaught());
        assertEquals("$0 >= 128", b.getCondition());
        IDebugModelPresentation presentation = DebugUITools.newDebugModelPresentation();
        assertEquals("WebAssembly exception: $overflow, uncaught [hit count: 2] [condition: $0 >= 128]", presentation.getText(b));
        presentation.dispose();
        Workbench.waitFor("the breakpoint's new label", 20, () -> {
            Workbench.pump(50);
            return viewer.getControl() instanceof org.eclipse.swt.widgets.Tree tree && tree.getItemCount() > 0
                    && tree.getItem(0).getText().equals("WebAssembly exception: $overflow, uncaught [hit count: 2] [condition: $0 >= 128]");
        });
        Workbench.screenshot("breakpoints-view-exception-hit-count");

        // its Breakpoint Properties: the hit count shown, changed to 5, OK
        PreferenceDialog properties = PreferencesUtil.createPropertyDialogOn(Workbench.page().getWorkbenchWindow().getShell(),
                b, "org.wasmscope.debug.ui.exceptionBreakpointProperties", null, null);
        properties.setBlockOnOpen(false);
        properties.open();
        Workbench.pump(300);
        Button pageHitCount = button(properties.getShell(), "&Hit count:");
        assertTrue(pageHitCount.getSelection());
        assertEquals("2", fieldAfter(pageHitCount).getText());
        assertEquals("$0 >= 128", fieldAfter(button(properties.getShell(), "C&ondition:")).getText());
        fieldAfter(pageHitCount).setText("5");
        Workbench.screenshotOf(properties.getShell(), "exception-breakpoint-properties");
        properties.getShell().getDefaultButton().notifyListeners(SWT.Selection, new Event());
        Workbench.pump(300);
        assertEquals(5, b.getHitCount());
    }

    /**
     * A line breakpoint has the same pane, Enabled and Hit count: a hit count of 3 typed there on factorial.wat's
     * line 4 (each call of $fac a hit) lets fac(10) and fac(9) go by and suspends in fac(8), three $fac frames deep;
     * its Breakpoint Properties show the same.
     */
    @Test
    void theBreakpointsViewsDetailPaneSetsALineBreakpointsHitCount() throws Exception {
        WasmLineBreakpoint b = new WasmLineBreakpoint(Workbench.file("factorial.wat"), 4);
        IViewPart view = Workbench.page().showView(IDebugUIConstants.ID_BREAKPOINT_VIEW);
        Viewer viewer = ((IDebugView) view).getViewer();
        Composite all = Workbench.page().getWorkbenchWindow().getShell();
        Workbench.waitFor("the breakpoint's detail pane", 20, () -> {
            viewer.setSelection(new StructuredSelection(b), true);
            Workbench.pump(50);
            return button(all, "&Hit count:") != null;
        });
        assertTrue(button(all, "&Enabled").getSelection());
        assertNull(button(all, "&Caught"), "a line breakpoint has no cases");
        Button hitCount = button(all, "&Hit count:");
        assertFalse(hitCount.getSelection());
        hitCount.setSelection(true);
        hitCount.notifyListeners(SWT.Selection, new Event());
        Label problem = (Label) hitCount.getParent().getChildren()[hitCount.getParent().getChildren().length - 1];
        assertEquals("The hit count must be a whole number of at least 1", problem.getText());
        fieldAfter(hitCount).setText("3");
        assertEquals("", problem.getText());
        assertEquals(3, b.getHitCount());
        Workbench.waitFor("the breakpoint's new label", 20, () -> {
            Workbench.pump(50);
            return viewer.getControl() instanceof org.eclipse.swt.widgets.Tree tree && tree.getItemCount() > 0
                    && tree.getItem(0).getText().equals("factorial.wat [line: 4] [hit count: 3]");
        });
        Workbench.screenshot("breakpoints-view-line-hit-count");

        PreferenceDialog properties = PreferencesUtil.createPropertyDialogOn(Workbench.page().getWorkbenchWindow().getShell(),
                b, "org.wasmscope.debug.ui.lineBreakpointProperties", null, null);
        properties.setBlockOnOpen(false);
        properties.open();
        Workbench.pump(300);
        Button pageHitCount = button(properties.getShell(), "&Hit count:");
        assertTrue(pageHitCount.getSelection());
        assertEquals("3", fieldAfter(pageHitCount).getText());
        Workbench.screenshotOf(properties.getShell(), "line-breakpoint-properties");
        properties.getShell().getDefaultButton().notifyListeners(SWT.Selection, new Event());
        Workbench.pump(300);
        assertEquals(3, b.getHitCount());

        ILaunch launch = launch("factorial.wat", "main", ILaunchManager.DEBUG_MODE);
        IThread thread = suspendedThread(launch);
        List<String> frames = new java.util.ArrayList<>();
        for (IStackFrame f : thread.getStackFrames()) {
            frames.add(f.getName());
        }
        assertEquals(List.of("func 0 $fac line 4", "func 0 $fac line 9", "func 0 $fac line 9", "func 1 line 13"), frames);
        org.eclipse.debug.core.model.IVariable n = thread.getTopStackFrame().getVariables()[0];
        assertEquals("$n = 8", n.getName() + " = " + n.getValue().getValueString());
        b.delete();
        thread.resume();
        Launches.waitTerminated(launch, 20);
    }

    /** The text field right after the check box {@code b}: the hit count's, the condition's. */
    private static Text fieldAfter(Button b) {
        List<Control> siblings = List.of(b.getParent().getChildren());
        return (Text) siblings.get(siblings.indexOf(b) + 1);
    }

    /** The check box {@code text} somewhere under {@code c}, or null. */
    private static Button button(Composite c, String text) {
        for (Control child : c.getChildren()) {
            if (child instanceof Button b && text.equals(b.getText()) && b.isVisible()) {
                return b;
            }
            if (child instanceof Composite inner) {
                Button b = button(inner, text);
                if (b != null) {
                    return b;
                }
            }
        }
        return null;
    }

    private static String name(IThread thread) {
        try {
            return thread.getName();
        } catch (DebugException e) {
            return "";
        }
    }

    /**
     * A frame a tail call entered says so in the Debug view, as Call Frames does: tailcall.wat's $sum at its second
     * hit of line 11, after a return_call replaced the frame that main's call made.
     */
    @Test
    void theDebugViewMarksAFrameATailCallEntered() throws Exception {
        WasmLineBreakpoint b = new WasmLineBreakpoint(Workbench.file("tailcall.wat"), 11);
        b.setHitCount(2);
        ILaunch launch = launch("tailcall.wat", "main", ILaunchManager.DEBUG_MODE);
        IThread thread = suspendedThread(launch);
        List<String> frames = new java.util.ArrayList<>();
        for (IStackFrame f : thread.getStackFrames()) {
            frames.add(f.getName());
        }
        assertEquals(List.of("func 0 $sum (return_call) line 11", "func 1 line 16"), frames);
        Workbench.page().showView(IDebugUIConstants.ID_DEBUG_VIEW);
        Workbench.pump(1000);
        Workbench.screenshot("debug-view-tail-call");
        b.delete();
        thread.resume();
        Launches.waitTerminated(launch, 20);
        assertEquals("i64:5000050000", Launches.consoleText(launch.getProcesses()[0], "i64:").strip());
    }

    @Test
    void anExceptionBreakpointOnAnotherTagLetsTheThrowGo() throws Exception {
        new WasmExceptionBreakpoint("$negative", true, true);
        ILaunch launch = launch("exceptions.wat", "main", ILaunchManager.DEBUG_MODE);
        Launches.waitTerminated(launch, 20);
        assertEquals("i32:41", Launches.consoleText(launch.getProcesses()[0], "i32:").strip());
    }

    @Test
    void anUncaughtExceptionSuspendsAsATrapDoesAndIsReported() throws Exception {
        ILaunch launch = launch("exceptions.wat", "uncaught", ILaunchManager.DEBUG_MODE);
        IThread thread = suspendedThread(launch);
        assertTrue(thread.getName().endsWith("(uncaught exception: $negative (i32 -5))"), thread.getName());
        assertTrue(Launches.consoleText(launch.getProcesses()[0], "exception:").contains("exception: $negative i32:-5"));
        thread.resume();
        Launches.waitTerminated(launch, 20);
        assertEquals(WasmLaunchConstants.EXIT_EXCEPTION, launch.getProcesses()[0].getExitValue());

        ILaunch run = launch("exceptions.wat", "uncaught", ILaunchManager.RUN_MODE);
        Launches.waitTerminated(run, 20);
        assertEquals("exception: $negative i32:-5", Launches.consoleText(run.getProcesses()[0], "exception:").strip());
        assertEquals(WasmLaunchConstants.EXIT_EXCEPTION, run.getProcesses()[0].getExitValue());
    }

    @Test
    void theMemoryViewOpensTheSecondMemoryOf64BitAddresses() throws Exception {
        new WasmLineBreakpoint(Workbench.file("memories.wat"), 19); // after the copy: the first byte of $big read back
        ILaunch launch = launch("memories.wat", "main", ILaunchManager.DEBUG_MODE);
        IThread thread = suspendedThread(launch);
        WasmDebugTarget target = (WasmDebugTarget) launch.getDebugTarget();
        IMemoryBlockExtension big = target.getExtendedMemoryBlock("mem1:0x20", thread.getTopStackFrame());
        assertEquals(8, big.getAddressSize());
        assertEquals("Hello, memories!", text(big.getBytesFromAddress(big.getBigBaseAddress(), 16)));
        IMemoryBlockExtension small = target.getExtendedMemoryBlock("0x10", thread.getTopStackFrame());
        assertEquals(4, small.getAddressSize());
        assertEquals("Hello", text(small.getBytesFromAddress(small.getBigBaseAddress(), 5)));
        DebugException none = assertThrows(DebugException.class, () -> target.getExtendedMemoryBlock("mem2:0", null));
        assertEquals("the module has no memory 2", none.getMessage());
        thread.resume();
        Launches.waitTerminated(launch, 20);
        assertEquals("i32:72", Launches.consoleText(launch.getProcesses()[0], "i32:").strip());
    }

    @Test
    void theWatEditorColoursThe3_0InstructionsAndTypes() throws Exception {
        try {
            for (String file : List.of("exceptions.wat", "tailcall.wat", "memories.wat")) {
                WatEditor editor = assertInstanceOf(WatEditor.class, IDE.openEditor(Workbench.page(), Workbench.file(file)));
                StyledText text = editor.viewer().getTextWidget();
                IDocument doc = editor.getDocumentProvider().getDocument(editor.getEditorInput());
                Workbench.pump(300);
                switch (file) {
                    case "exceptions.wat" -> {
                        WatEditorTest.assertStyle(text, doc, "tag $overflow", WatColors.KEYWORD);
                        WatEditorTest.assertStyle(text, doc, "try_table (result", WatColors.INSTRUCTION);
                        WatEditorTest.assertStyle(text, doc, "catch $overflow", WatColors.KEYWORD);
                        WatEditorTest.assertStyle(text, doc, "throw $negative", WatColors.INSTRUCTION);
                        Workbench.screenshot("wat-editor-exceptions");
                    }
                    case "tailcall.wat" -> WatEditorTest.assertStyle(text, doc, "return_call $sum", WatColors.INSTRUCTION);
                    default -> {
                        WatEditorTest.assertStyle(text, doc, "i64 1)", WatColors.TYPE);
                        WatEditorTest.assertStyle(text, doc, "i64.load8_u $small", WatColors.INSTRUCTION);
                    }
                }
            }
        } finally {
            Workbench.page().closeAllEditors(false);
        }
        // every instruction of the runtime's table is one, and so are the 3.0 reference types
        for (Opcode op : Opcode.values()) {
            assertEquals(WatSyntax.Kind.INSTRUCTION, WatSyntax.classify(op.text), op.text);
        }
        for (String type : List.of("exnref", "nullexnref", "anyref", "i31ref", "exn", "noexn", "v128")) {
            assertEquals(WatSyntax.Kind.TYPE, WatSyntax.classify(type), type);
        }
        assertEquals(WatSyntax.Kind.OTHER, WatSyntax.classify("i32.nonsense"));
    }

    /** Whether a popup menu contribution on objects of {@code objectClass} has the action {@code id}. */
    private static boolean contributes(String id, String objectClass) {
        for (IConfigurationElement c : Platform.getExtensionRegistry().getConfigurationElementsFor("org.eclipse.ui.popupMenus")) {
            if (objectClass.equals(c.getAttribute("objectClass"))) {
                for (IConfigurationElement action : c.getChildren("action")) {
                    if (id.equals(action.getAttribute("id"))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static String text(MemoryByte[] bytes) {
        StringBuilder b = new StringBuilder();
        for (MemoryByte m : List.of(bytes)) {
            b.append((char) m.getValue());
        }
        return b.toString();
    }
}
