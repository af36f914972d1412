package org.wasmscope.views.frames;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.IStackFrame;
import org.eclipse.debug.core.model.IThread;
import org.eclipse.debug.internal.ui.viewers.model.provisional.ITreeModelViewer;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.debug.ui.IDebugView;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreePath;
import org.eclipse.jface.viewers.TreeSelection;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.wasmscope.runtime.debug.Frame;
import org.wasmscope.views.common.MachineInput;
import org.wasmscope.views.common.MachineView;

/**
 * Makes a frame chosen in the Call Frames view the selected frame everywhere: in the Debug view when a
 * debug model shows this session (its stack frame is selected, so the editor reveals its line and the
 * debug context follows), and directly in the page's machine views (which is all there is when the views
 * were given a session without a debug model).
 */
final class FrameSelection {
    private FrameSelection() {
    }

    static void select(MachineView from, MachineInput input) {
        IWorkbenchPage page = from.getSite().getPage();
        for (IViewReference ref : page.getViewReferences()) {
            if (ref.getPart(false) instanceof MachineView view && view.getInput() != null
                    && view.getInput().session() == input.session()) {
                view.setInput(input);
            }
        }
        selectInDebugView(page, input);
    }

    private static void selectInDebugView(IWorkbenchPage page, MachineInput input) {
        ISelection context = DebugUITools.getDebugContextManager().getContextService(page.getWorkbenchWindow())
                .getActiveContext();
        if (!(context instanceof IStructuredSelection s) || s.isEmpty()) {
            return;
        }
        Object element = s.getFirstElement();
        IThread thread = element instanceof IStackFrame f ? f.getThread() : Adapters.adapt(element, IThread.class);
        if (thread == null || !(page.findView(IDebugUIConstants.ID_DEBUG_VIEW) instanceof IDebugView debugView)) {
            return;
        }
        try {
            for (IStackFrame frame : thread.getStackFrames()) {
                Frame f = Adapters.adapt(frame, Frame.class);
                if (f != null && f.index() == input.frame()) {
                    List<Object> path = new ArrayList<>();
                    path.add(thread.getLaunch());
                    path.add(thread.getDebugTarget());
                    path.add(thread);
                    path.add(frame);
                    TreeSelection selection = new TreeSelection(new TreePath(path.toArray()));
                    if (debugView.getViewer() instanceof ITreeModelViewer viewer) {
                        // The Debug view's selection policy keeps a suspended frame selected against a
                        // programmatic selection of another frame of the same thread; choosing a frame in
                        // Call Frames is as deliberate as clicking it in the Debug view, so force it
                        // (provisional API, as debuggers built on the platform use it).
                        viewer.setSelection(selection, true, true);
                    } else {
                        debugView.getViewer().setSelection(selection, true);
                    }
                    return;
                }
            }
        } catch (DebugException e) {
            // The thread resumed or ended meanwhile: nothing to select.
        }
    }
}
