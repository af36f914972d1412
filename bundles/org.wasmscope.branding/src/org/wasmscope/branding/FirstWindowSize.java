package org.wasmscope.branding;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.osgi.service.event.EventHandler;

/**
 * Gives the workbench window the whole screen on the first start of a workspace: the platform opens it at
 * 1024x768, which leaves the debugger's views cramped. A model processor applied only to a new workbench
 * model, so a size the person chose later is kept; the window is sized once the workbench has started,
 * since the workbench sets the first size itself while opening it. Maximized where a window manager
 * honours that, and the screen's bounds where none does.
 */
public final class FirstWindowSize {

    @Execute
    public void execute(IEventBroker broker) {
        EventHandler handler = new EventHandler() {
            @Override
            public void handleEvent(org.osgi.service.event.Event event) {
                broker.unsubscribe(this);
                for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
                    Shell shell = window.getShell();
                    shell.setBounds(shell.getMonitor().getClientArea());
                    shell.setMaximized(true);
                }
            }
        };
        broker.subscribe(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE, handler);
    }
}
