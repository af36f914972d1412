package org.wasmscope.views.tests;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

import org.wasmscope.tests.support.workbench.Workbench;
import org.wasmscope.views.common.MachineInput;
import org.wasmscope.views.common.MachineView;
import org.wasmscope.views.common.NumberFormat;
import org.wasmscope.views.common.RowTree;
import org.wasmscope.views.frames.CallFramesView;
import org.wasmscope.views.labels.ControlLabelsView;
import org.wasmscope.views.perspective.WasmDebugPerspective;
import org.wasmscope.views.stack.OperandStackView;
import org.wasmscope.views.store.StoreInstancesView;

/**
 * The four machine views, open in the WebAssembly Debug perspective: where the views tests start. Kept in
 * this bundle rather than the workbench test support, which would otherwise bring the views bundle (and the
 * views it opens by itself while a WasmScope target is debugged) into the debug tests' workbench.
 */
final class MachineViews {
    final OperandStackView stack;
    final ControlLabelsView labels;
    final CallFramesView frames;
    final StoreInstancesView store;

    private MachineViews(OperandStackView stack, ControlLabelsView labels, CallFramesView frames,
            StoreInstancesView store) {
        this.stack = stack;
        this.labels = labels;
        this.frames = frames;
        this.store = store;
    }

    /**
     * Closes the intro, shows the WebAssembly Debug perspective in the maximized window and the four views,
     * and empties them, in decimal: nothing is left of an earlier test.
     */
    static MachineViews open() throws Exception {
        Workbench.closeIntro();
        Workbench.perspective(WasmDebugPerspective.ID);
        Workbench.maximize();
        MachineViews views = new MachineViews(Workbench.show(OperandStackView.ID), Workbench.show(ControlLabelsView.ID),
                Workbench.show(CallFramesView.ID), Workbench.show(StoreInstancesView.ID));
        for (MachineView v : views.all()) {
            v.setInput(null);
            v.setNumberFormat(NumberFormat.DECIMAL);
        }
        return views;
    }

    List<MachineView> all() {
        return List.of(stack, labels, frames, store);
    }

    /** Gives all four views {@code input} (null: the empty state), as the debug context would. */
    void feed(MachineInput input) {
        for (MachineView v : all()) {
            v.setInput(input);
        }
    }

    /**
     * The row of {@code tree} reached through rows whose first column reads {@code path} in turn from the
     * top level, each opened on the way (as a user clicks the arrows).
     */
    static Object openRow(RowTree tree, String... path) {
        TreeItem[] items = tree.viewer().getTree().getItems();
        Object row = null;
        for (String text : path) {
            TreeItem found = null;
            for (TreeItem item : items) {
                if (item.getData() != null && item.getText(0).equals(text)) {
                    found = item;
                }
            }
            if (found == null) {
                throw new AssertionError("no row " + text + " on the way to " + String.join(" / ", path));
            }
            row = found.getData();
            tree.viewer().setExpandedState(row, true);
            items = found.getItems();
        }
        return row;
    }

    /** The item {@code label} of the tree's context menu as it is about to show (filled for the selection). */
    static MenuItem menuItem(RowTree tree, String label) {
        Menu menu = tree.viewer().getControl().getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        for (MenuItem item : menu.getItems()) {
            if (item.getText().replace("&", "").equals(label)) {
                return item;
            }
        }
        throw new AssertionError("no context menu item " + label);
    }

    /** Chooses {@code label} in the tree's context menu, for the selected row; it must be enabled. */
    static void choose(RowTree tree, String label) {
        MenuItem item = menuItem(tree, label);
        if (!item.isEnabled()) {
            throw new AssertionError(label + " is disabled");
        }
        item.notifyListeners(SWT.Selection, new Event());
        item.getParent().notifyListeners(SWT.Hide, new Event());
    }

    /** A double-click (or Enter) on the selected row. */
    static void doubleClick(RowTree tree) {
        Tree control = tree.viewer().getTree();
        Event e = new Event();
        e.item = control.getSelection()[0];
        control.notifyListeners(SWT.DefaultSelection, e);
    }
}
