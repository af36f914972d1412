package org.wasmscope.views.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.debug.ui.IDebugView;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wasmscope.debug.core.breakpoints.WasmLineBreakpoint;
import org.wasmscope.tests.support.workbench.Workbench;

/**
 * "Show Object in Store" in the Variables view's context menu, on gc_tree.wat stopped in $sum: on $t (struct#2)
 * the Store view selects struct#2 in its heap; on an i32 it is disabled.
 */
class ShowObjectFromVariablesTest {
    @AfterEach
    void close() throws Exception {
        DebugLaunches.removeAll();
    }

    @Test
    void theVariablesViewShowsAnObjectInTheStore() throws Exception {
        MachineViews views = MachineViews.open();
        new WasmLineBreakpoint(Workbench.file("gc_tree.wat"), 22);
        DebugLaunches.suspended(DebugLaunches.debug("gc_tree.wat", "main"), "the breakpoint in $sum");

        Workbench.show(IDebugUIConstants.ID_VARIABLE_VIEW);
        TreeViewer variables = (TreeViewer) ((IDebugView) Workbench.page().findView(IDebugUIConstants.ID_VARIABLE_VIEW)).getViewer();
        Workbench.waitFor("$t in the Variables view", 20, () -> item(variables, "$t") != null && item(variables, "globals") != null);
        TreeItem t = item(variables, "$t");
        Workbench.waitFor("$t's fields", 20, () -> {
            Event expand = new Event(); // opened as its arrow does, again until the view, which learns lazily that $t has children, answers
            expand.item = t;
            variables.getTree().notifyListeners(SWT.Expand, expand);
            t.setExpanded(true);
            Workbench.pump(100);
            return t.getItemCount() == 3 && t.getItem(2).getText(0).equals("$right");
        });
        select(variables, t);
        MenuItem show = menuItem(variables, "Show Object in Store");
        assertTrue(show.isEnabled());
        show.notifyListeners(SWT.Selection, new Event());
        Workbench.pump(300);
        assertEquals(List.of("  struct#2 | $node | 3 fields"), views.store.tree().selectedOrAllLines(" | "));
        DebugLaunches.waitForDebugView("func 2 line 38");
        Workbench.pump(500);
        Workbench.screenshot("readme-gc-heap");

        select(variables, item(variables, "globals"));
        assertEquals(false, menuItem(variables, "Show Object in Store").isEnabled(), "globals is no object reference");
    }

    private static TreeItem item(TreeViewer viewer, String name) {
        for (TreeItem i : viewer.getTree().getItems()) {
            if (name.equals(i.getText(0))) {
                return i;
            }
        }
        return null;
    }

    /** Selects {@code item} as a click does. */
    private static void select(TreeViewer viewer, TreeItem item) {
        viewer.getTree().setSelection(item);
        Event e = new Event();
        e.item = item;
        viewer.getTree().notifyListeners(SWT.Selection, e);
        Workbench.pump(200);
    }

    /** The item {@code label} of the view's context menu as it is about to show for the selection. */
    private static MenuItem menuItem(TreeViewer viewer, String label) {
        Menu menu = viewer.getTree().getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        for (MenuItem item : menu.getItems()) {
            if (item.getText().replace("&", "").equals(label)) {
                return item;
            }
        }
        throw new AssertionError("no context menu item " + label);
    }
}
