package org.wasmscope.views.store;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartSite;
import org.eclipse.ui.PartInitException;
import org.wasmscope.runtime.debug.ObjectView;
import org.wasmscope.runtime.debug.StoreView;
import org.wasmscope.views.common.ValueRow;

/**
 * <i>Show Object in Store</i>: on a value that refers to a struct or array instance (an operand, a local, a global,
 * an element, a field), shows the Store view with that object selected in its heap, the page that holds it open.
 * In the context menu of the machine views that show values, and what a double-click or Enter on such a value does.
 */
public final class ShowObjectInStore extends Action {
    public static final String ID = "org.wasmscope.views.showObjectInStore";

    private final IWorkbenchPartSite site;
    private final TreeViewer viewer;

    private ShowObjectInStore(IWorkbenchPartSite site, TreeViewer viewer) {
        super("Show Object in Store");
        setId(ID);
        setToolTipText("Show the struct or array instance this value refers to in the Store view's heap");
        this.site = site;
        this.viewer = viewer;
    }

    /**
     * Gives {@code viewer} of the view at {@code site} a context menu with this action (registered, so others may
     * add to it) and runs it on a double-click or Enter on a row whose value refers to an object.
     */
    public static void attach(IWorkbenchPartSite site, TreeViewer viewer) {
        ShowObjectInStore action = new ShowObjectInStore(site, viewer);
        MenuManager menu = new MenuManager("#PopupMenu");
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(m -> action.fill(m));
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        site.registerContextMenu(menu, viewer);
        viewer.addOpenListener(e -> {
            if (action.selectedObject() != null) {
                action.run();
            }
        });
    }

    private void fill(IMenuManager menu) {
        setEnabled(selectedObject() != null);
        menu.add(this);
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
    }

    /** The value row selected, if its value refers to an object; else null. */
    private ValueRow selectedObject() {
        return viewer.getStructuredSelection().getFirstElement() instanceof ValueRow row && row.object() != null ? row : null;
    }

    @Override
    public void run() {
        ValueRow row = selectedObject();
        if (row != null) {
            show(site.getPage(), row.store(), row.object());
        }
    }

    /**
     * Shows the Store view of {@code page} with {@code o}, an object of {@code store}, selected in its heap;
     * says in the status line why not when the view shows another store or nothing reaches the object any more.
     */
    public static void show(IWorkbenchPage page, StoreView store, ObjectView o) {
        try {
            StoreInstancesView view = (StoreInstancesView) page.showView(StoreInstancesView.ID);
            String refusal = view.revealObject(store, o);
            view.getViewSite().getActionBars().getStatusLineManager().setErrorMessage(refusal);
        } catch (PartInitException e) {
            ILog.of(ShowObjectInStore.class).log(e.getStatus());
        }
    }
}
