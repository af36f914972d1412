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

    @Test
    void followTheDebugViewThroughABreakpointAStepAndTheEnd() throws Exception {
        new WasmLineBreakpoint(Workbench.file("sample.wat"), 27); // call_indirect in $square
        ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
        ILaunchConfigurationType type = manager.getLaunchConfigurationType(WasmLaunchConstants.LAUNCH_TYPE_ID);
        ILaunchConfigurationWorkingCopy config = type.newInstance(null, "views sample");
        config.setAttribute(WasmLaunchConstants.ATTR_PROJECT, Workbench.PROJECT);
        config.setAttribute(WasmLaunchConstants.ATTR_MODULE, "sample.wat");
        config.setAttribute(WasmLaunchConstants.ATTR_EXPORT, "run");
        config.setAttribute(WasmLaunchConstants.ATTR_ARGUMENTS, "3");
        launch = config.launch(ILaunchManager.DEBUG_MODE, null);
        IThread thread = launch.getDebugTarget().getThreads()[0];

        // The breakpoint: the Debug view selects the thread, then its top frame; the views follow.
        Workbench.waitFor("the Debug view on the top frame", 20,
                () -> debugContext() instanceof IStructuredSelection s && s.getFirstElement() instanceof IStackFrame);
        Workbench.waitFor("the views on the breakpoint", 20, () -> !views.stack.isEmpty()
                && views.labels.headerText().startsWith("Frame 1 $square"));
        assertEquals("4 values in 2 frames; top first; at a breakpoint (line 27 ($square[3]), hit 1)", views.stack.headerText());
        assertEquals(List.of("frame 1 $square", "  label 0 function", "    3 | i32 | 1", "    2 | i32 | 0",
                "    1 | i32 | 0", "frame 0 func[3]", "  label 1 $next", "    0 | i32 | 0"), views.stack.lines(" | ", false));
        assertEquals("  $x (param 0) | i32 | 0", views.frames.lines(" | ", false).get(1));
        // The dump shows the module's memory, not the host's (spectest) one that the store holds first.
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
        assertEquals("Frame 0 func[3] at #9 call 2 (40:11); innermost label first", views.labels.headerText());
        assertEquals(0, views.stack.getInput().frame());
        Workbench.pump(300);
        Workbench.screenshot("views-debug-model-caller");

        // A step into the call through the table, through the debug model: $mul's frame on top.
        IStackFrame top = thread.getTopStackFrame();
        top.stepInto();
        Workbench.waitFor("the views after the step", 20, () -> views.frames.getInput() != null
                && views.frames.getInput().snapshot().frames().size() == 3 && views.labels.headerText().startsWith("Frame 2 $mul"));
        assertEquals("2 $mul (func 1) | [i32 i32] \u2192 [i32] |  | #0 local.get 0 | 19:5 | sample.wat",
                views.frames.lines(" | ", false).get(0));
        assertInstanceOf(IStackFrame.class, ((IStructuredSelection) debugContext()).getFirstElement());

        // The end of the launch: nothing to show.
        launch.terminate();
        Workbench.waitFor("the views to empty", 20, () -> views.all().stream().allMatch(MachineView::isEmpty));
    }
}
