package org.wasmscope.views.common;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.IDebugEventSetListener;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.contexts.DebugContextEvent;
import org.eclipse.debug.ui.contexts.IDebugContextListener;
import org.eclipse.debug.ui.contexts.IDebugContextService;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchWindow;
import org.wasmscope.runtime.debug.Frame;
import org.wasmscope.runtime.debug.Session;
import org.wasmscope.runtime.debug.Snapshot;

/**
 * Feeds a {@link MachineView} from its window's debug context: the selected debug element (a target,
 * thread or stack frame of any debug model) that adapts to a runtime {@link Session} gives the
 * suspension; one that also adapts to a runtime {@link Frame} says which frame is selected. Several
 * targets at once: the view follows whichever is selected.
 *
 * <p>Debug events (suspend, terminate, change) make it look again, since a step may keep the same element
 * selected while the machine moved on. Everything runs on the UI thread; reading a snapshot is cheap (it
 * was taken at the suspension).
 */
final class DebugContextBinding implements IDebugContextListener, IDebugEventSetListener {
    private final MachineView view;
    private final IDebugContextService service;
    private final Display display;
    private boolean pending;

    DebugContextBinding(MachineView view, IWorkbenchWindow window) {
        this.view = view;
        this.service = DebugUITools.getDebugContextManager().getContextService(window);
        this.display = window.getShell().getDisplay();
    }

    void start() {
        service.addDebugContextListener(this);
        DebugPlugin.getDefault().addDebugEventListener(this);
        update(service.getActiveContext());
    }

    void stop() {
        service.removeDebugContextListener(this);
        DebugPlugin.getDefault().removeDebugEventListener(this);
    }

    @Override
    public void debugContextChanged(DebugContextEvent event) {
        update(event.getContext());
    }

    @Override
    public void handleDebugEvents(DebugEvent[] events) {
        for (DebugEvent e : events) {
            int kind = e.getKind();
            if (kind == DebugEvent.SUSPEND || kind == DebugEvent.TERMINATE || kind == DebugEvent.CHANGE) {
                scheduleUpdate();
                return;
            }
        }
    }

    /** Coalesces bursts of debug events (they come from the session's thread) into one look on the UI thread. */
    private synchronized void scheduleUpdate() {
        if (pending || display.isDisposed()) {
            return;
        }
        pending = true;
        display.asyncExec(() -> {
            synchronized (this) {
                pending = false;
            }
            update(service.getActiveContext());
        });
    }

    private void update(ISelection context) {
        Object element = context instanceof IStructuredSelection s && !s.isEmpty() ? s.getFirstElement() : null;
        Session session = element == null ? null : Adapters.adapt(element, Session.class);
        if (session == null) {
            // Nothing selected, or another debugger's element: no machine to show.
            view.setInput(null);
            return;
        }
        switch (session.state()) {
            case SUSPENDED -> {
                Snapshot snapshot = session.snapshot();
                Frame frame = Adapters.adapt(element, Frame.class);
                int k = frame != null ? frame.index() : snapshot.frames().size() - 1;
                MachineInput current = view.getInput();
                if (current == null || current.session() != session || current.snapshot() != snapshot
                        || current.frame() != k) {
                    view.setInput(new MachineInput(session, snapshot, k).withFrame(k));
                }
            }
            case TERMINATED -> view.setInput(null);
            default -> {
                // Running or not started: keep showing the last suspension until the next one.
            }
        }
    }
}
