package org.wasmscope.views.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfigurationType;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.core.model.IStackFrame;
import org.eclipse.debug.core.model.IThread;
import org.eclipse.debug.internal.ui.viewers.model.provisional.ITreeModelViewer;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.debug.ui.IDebugView;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wasmscope.debug.core.breakpoints.WasmLineBreakpoint;
import org.wasmscope.debug.core.launching.WasmLaunchConstants;
import org.wasmscope.runtime.debug.Frame;
import org.wasmscope.tests.support.workbench.Workbench;
import org.wasmscope.views.common.MachineView;

/**
 * The views with the real debug model: {@code sample.wat} launched in debug mode stops at a line
 * breakpoint, the Debug view's selection feeds the views, a frame chosen in Call Frames becomes the Debug
 * view's selection, a step through the model moves the views on, and the end of the launch empties them.
 */
class DebugModelTest {
    private MachineViews views;
    private ILaunch launch;

    @BeforeEach
    void open() throws Exception {
        // Stay in the WebAssembly Debug perspective (it has the Debug view); nobody would answer the question.
        DebugUITools.getPreferenceStore().setValue("org.eclipse.debug.ui.switch_perspective_on_suspend", "never");
        DebugUITools.getPreferenceStore().setValue("org.eclipse.debug.ui.switch_to_perspective", "never");
        views = MachineViews.open();
    }

    @AfterEach
    void close() throws Exception {
        if (launch != null && !launch.isTerminated()) {
            launch.terminate();
        }
        DebugPlugin.getDefault().getBreakpointManager().removeBreakpoints(
                DebugPlugin.getDefault().getBreakpointManager().getBreakpoints(), true);
        ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
        manager.removeLaunches(manager.getLaunches());
        Workbench.page().closeAllEditors(false);
    }

    private static IStackFrame frameOf(IThread thread, int index) {
        try {
            for (IStackFrame f : thread.getStackFrames()) {
                if (Adapters.adapt(f, Frame.class).index() == index) {
                    return f;
                }
            }
        } catch (DebugException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("no frame " + index);
    }

    private static ISelection debugContext() {
        return DebugUITools.getDebugContextManager().getContextService(Workbench.page().getWorkbenchWindow())
                .getActiveContext();
    }

    /** Launches {@code sample.wat}'s run(3) in debug mode, to stop at call_indirect in $square. */
    private IThread debugSample() throws Exception {
        new WasmLineBreakpoint(Workbench.file("sample.wat"), 27);
        ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
        ILaunchConfigurationType type = manager.getLaunchConfigurationType(WasmLaunchConstants.LAUNCH_TYPE_ID);
        ILaunchConfigurationWorkingCopy config = type.newInstance(null, "views sample");
        config.setAttribute(WasmLaunchConstants.ATTR_PROJECT, Workbench.PROJECT);
        config.setAttribute(WasmLaunchConstants.ATTR_MODULE, "sample.wat");
        config.setAttribute(WasmLaunchConstants.ATTR_EXPORT, "run");
        config.setAttribute(WasmLaunchConstants.ATTR_ARGUMENTS, "3");
        launch = config.launch(ILaunchManager.DEBUG_MODE, null);
        return launch.getDebugTarget().getThreads()[0];
    }

    @Test
    void followTheDebugViewThroughABreakpointAStepAndTheEnd() throws Exception {
        IThread thread = debugSample();

        // The breakpoint: the Debug view selects the thread, then its top frame; the views follow.
        Workbench.waitFor("the Debug view on the top frame", 20,
                () -> debugContext() instanceof IStructuredSelection s && s.getFirstElement() instanceof IStackFrame);
        Workbench.waitFor("the views on the breakpoint", 20, () -> !views.stack.isEmpty()
                && views.labels.headerText().startsWith("Frame 1 func 2 $square"));
        assertEquals("4 values in 2 frames; top first; at a breakpoint (line 27 (func 2 $square #3), hit 1)", views.stack.headerText());
        assertEquals(List.of("frame 1 func 2 $square", "  label 0 function", "    3 | i32 | 1", "    2 | i32 | 0",
                "    1 | i32 | 0", "frame 0 func 3", "  label 1 $next", "    0 | i32 | 0"), views.stack.lines(" | ", false));
        assertEquals("  $x (param 0) | i32 | 0", views.frames.lines(" | ", false).get(1));
        // The dump shows the module's memory.
        assertEquals("00000010  57 61 73 6d 53 63 6f 70  65 00 00 00 00 00 00 00  WasmScope.......",
                views.store.memoryLines().get(1));

        // (as a user would: once the Debug view shows the caller's frame)
        ITreeModelViewer debugViewer = (ITreeModelViewer) ((IDebugView) Workbench.page()
                .findView(IDebugUIConstants.ID_DEBUG_VIEW)).getViewer();
        Workbench.waitFor("the Debug view to show both frames", 10,
                () -> debugViewer.getElementPaths(frameOf(thread, 0)).length > 0);
        // The caller chosen in Call Frames: the Debug view selects its stack frame; all views show it.
        views.frames.tree().viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(
                views.frames.tree().viewer().getTree().getItem(1).getData()), true);
        Workbench.waitFor("the Debug view on the caller", 10, () -> debugContext() instanceof IStructuredSelection s
                && s.getFirstElement() instanceof IStackFrame f && Adapters.adapt(f, Frame.class) != null
                && Adapters.adapt(f, Frame.class).index() == 0);
        IStackFrame caller = (IStackFrame) ((IStructuredSelection) debugContext()).getFirstElement();
        assertEquals(40, caller.getLineNumber());
        assertEquals("Frame 0 func 3 at #9 call 2 (40:11); innermost label first", views.labels.headerText());
        assertEquals(0, views.stack.getInput().frame());
        Workbench.pump(300);
        Workbench.screenshot("views-debug-model-caller");

        // A step into the call through the table, through the debug model: $mul's frame on top.
        IStackFrame top = thread.getTopStackFrame();
        top.stepInto();
        Workbench.waitFor("the views after the step", 20, () -> views.frames.getInput() != null
                && views.frames.getInput().snapshot().frames().size() == 3 && views.labels.headerText().startsWith("Frame 2 func 1 $mul"));
        assertEquals("2 func 1 $mul | [i32 i32] \u2192 [i32] |  | #0 local.get 0 | 19:5 | sample.wat",
                views.frames.lines(" | ", false).get(0));
        assertInstanceOf(IStackFrame.class, ((IStructuredSelection) debugContext()).getFirstElement());

        // The end of the launch: nothing to show.
        launch.terminate();
        Workbench.waitFor("the views to empty", 20, () -> views.all().stream().allMatch(MachineView::isEmpty));
    }

    /**
     * A module that imports nothing has a store of its own instances only (no host module's), which the
     * module instance maps index by index; each address and export leads to its store entry. The Debug
     * view, the Operand Stack, Call Frames and Control Labels name a function alike.
     */
    @Test
    void theStoreHoldsTheModuleInstanceAndEveryViewNamesFunctionsAlike() throws Exception {
        IThread thread = debugSample();
        Workbench.waitFor("the views on the breakpoint", 20, () -> !views.stack.isEmpty()
                && views.labels.headerText().startsWith("Frame 1 func 2 $square"));
        views.frames.tree().viewer().expandAll();
        Workbench.pump(300);

        List<String> names = new java.util.ArrayList<>();
        for (IStackFrame f : thread.getStackFrames()) {
            names.add(f.getName());
        }
        assertEquals(List.of("func 2 $square line 27", "func 3 line 40"), names);
        assertEquals(List.of("frame 1 func 2 $square", "frame 0 func 3"),
                views.stack.lines(" | ", false).stream().filter(l -> l.startsWith("frame")).toList());
        assertEquals(List.of("1 func 2 $square | [i32] \u2192 [i32] |  | #3 call_indirect 0 (type 0) | 27:5 | sample.wat",
                "0 func 3 | [i32] \u2192 [i32] |  | #9 call 2 | 40:11 | sample.wat"),
                views.frames.lines(" | ", false).stream().filter(l -> !l.startsWith(" ")).toList());
        assertEquals("Frame 1 func 2 $square at #3 call_indirect 0 (type 0) (27:5); innermost label first",
                views.labels.headerText());

        assertEquals(List.of(
                "module sample.wat |  | module instance",
                "  funcaddrs |  | 5 addresses",
                "  tableaddrs |  | 1 address",
                "  memaddrs |  | 1 address",
                "  globaladdrs |  | 2 addresses",
                "  elemaddrs |  | 1 address",
                "  dataaddrs |  | 1 address",
                "  tagaddrs |  | 0 addresses",
                "  exports |  | 2 exports",
                "    \"run\" | func | \u2192 func 3",
                "    \"divide\" | func | \u2192 func 4",
                "funcs |  | 5 instances",
                "  func 0 | [i32 i32] \u2192 [i32] | func 0 $add | module sample.wat, index 0",
                "  func 1 | [i32 i32] \u2192 [i32] | func 1 $mul | module sample.wat, index 1",
                "  func 2 | [i32] \u2192 [i32] | func 2 $square | module sample.wat, index 2",
                "  func 3 | [i32] \u2192 [i32] | func 3 | module sample.wat, index 3, export \"run\"",
                "  func 4 | [i32 i32] \u2192 [i32] | func 4 | module sample.wat, index 4, export \"divide\"",
                "tables |  | 1 instance",
                "  table 0 | funcref {min 2} | size 2 | no maximum",
                "mems |  | 1 instance",
                "  mem 0 | i32 {min 1, max 2} | 1 page (64 KiB) | max 2 pages",
                "globals |  | 2 instances",
                "  global 0 | mut i32 | 0 | mutable",
                "  global 1 | const i64 | -1 | immutable",
                "elems |  | 1 instance",
                "  elem 0 | (ref func) | dropped | by elem.drop/data.drop, or at instantiation (active, declarative)",
                "datas |  | 1 instance",
                "  data 0 | bytes | dropped | by elem.drop/data.drop, or at instantiation (active, declarative)",
                "tags |  | 0 instances",
                "exns |  | 0 instances"),
                views.store.lines(" | ", false));

        // The module's func 2 leads to the store's function at that address.
        Object index = MachineViews.openRow(views.store.tree(), "module sample.wat", "funcaddrs", "func 2");
        views.store.tree().viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(index), true);
        assertEquals(List.of("    func 2 |  | \u2192 func 2"), views.store.tree().selectedOrAllLines(" | "));
        views.store.followSelection();
        assertEquals(List.of("  func 2 | [i32] \u2192 [i32] | func 2 $square | module sample.wat, index 2"),
                views.store.tree().selectedOrAllLines(" | "));
        // ... and the export "divide" to function 4.
        Object export = MachineViews.openRow(views.store.tree(), "module sample.wat", "exports", "\"divide\"");
        views.store.tree().viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(export), true);
        views.store.followSelection();
        assertEquals(List.of("  func 4 | [i32 i32] \u2192 [i32] | func 4 | module sample.wat, index 4, export \"divide\""),
                views.store.tree().selectedOrAllLines(" | "));
        Workbench.page().showView(IDebugUIConstants.ID_DEBUG_VIEW);
        Workbench.pump(500);
        Workbench.screenshot("views-store-module-instance");
    }
}
