package org.wasmscope.debug.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.core.model.IIndexedValue;
import org.eclipse.debug.core.model.IStackFrame;
import org.eclipse.debug.core.model.IThread;
import org.eclipse.debug.core.model.IValue;
import org.eclipse.debug.core.model.IVariable;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.debug.ui.IDebugView;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wasmscope.debug.core.breakpoints.WasmLineBreakpoint;
import org.wasmscope.tests.support.workbench.Workbench;

/**
 * Struct and array references in the Variables view, on the example {@code gc_tree.wat} stopped at $sum's first
 * line: the root node (struct#2, key 4) opens like a Java object to its fields, its children in turn; main's
 * array of keys (array#1) is an indexed value the view pages like a Java array; the i31 global reads i31:5.
 */
class GcVariablesTest {
    @BeforeAll
    static void workbench() throws Exception {
        Workbench.project();
        DebugUITools.getPreferenceStore().setValue("org.eclipse.debug.ui.switch_perspective_on_suspend", "always");
        DebugUITools.getPreferenceStore().setValue("org.eclipse.debug.ui.switch_to_perspective", "always");
        Workbench.maximize();
    }

    @AfterEach
    void clean() throws CoreException {
        Launches.removeAll();
        DebugPlugin.getDefault().getBreakpointManager().removeBreakpoints(
                DebugPlugin.getDefault().getBreakpointManager().getBreakpoints(), true);
        Workbench.page().closeAllEditors(false);
    }

    private static IVariable variable(IVariable[] variables, String name) throws Exception {
        for (IVariable v : variables) {
            if (v.getName().equals(name)) {
                return v;
            }
        }
        throw new AssertionError("no variable " + name);
    }

    /** Each variable as "name = value". */
    private static List<String> lines(IVariable[] variables) throws Exception {
        List<String> out = new ArrayList<>();
        for (IVariable v : variables) {
            out.add(v.getName() + " : " + v.getReferenceTypeName() + " = " + v.getValue().getValueString());
        }
        return out;
    }

    /** The item of {@code items} whose first column reads {@code name}, or null. */
    private static TreeItem item(TreeItem[] items, String name) {
        for (TreeItem i : items) {
            if (name.equals(i.getText(0))) {
                return i;
            }
        }
        return null;
    }

    /** The first column of {@code item}'s children (empty texts until the view filled them in). */
    private static List<String> texts(TreeItem item) {
        return item == null ? List.of() : java.util.Arrays.stream(item.getItems()).map(i -> i.getText(0)).toList();
    }

    /** Opens {@code item} as its arrow does: the tree's expand event, which the view answers with the children. */
    private static void open(TreeViewer viewer, TreeItem item) {
        viewer.getTree().notifyListeners(SWT.Expand, selectionOf(item));
        item.setExpanded(true);
        viewer.getTree().showItem(item);
    }

    private static Event selectionOf(TreeItem item) {
        Event e = new Event();
        e.item = item;
        return e;
    }

    @Test
    void objectsOpenLikeJavaObjects() throws Exception {
        new WasmLineBreakpoint(Workbench.file("gc_tree.wat"), 22);
        ILaunch launch = Launches.config(Workbench.file("gc_tree.wat"), "main", "").launch(ILaunchManager.DEBUG_MODE, null);
        IThread thread = launch.getDebugTarget().getThreads()[0];
        Workbench.waitFor("the breakpoint in $sum", 20, thread::isSuspended);
        IStackFrame sum = thread.getTopStackFrame();

        IVariable t = variable(sum.getVariables(), "$t");
        assertEquals(List.of("$t : (ref null $node) = (ref $node) struct#2", "globals :  = 2 global(s)"), lines(sum.getVariables()));
        assertEquals(List.of("$key : i32 = 4", "$left : mut (ref null $node) = (ref $node) struct#3",
                "$right : mut (ref null $node) = (ref $node) struct#4"), lines(t.getValue().getVariables()));
        IValue left = variable(t.getValue().getVariables(), "$left").getValue();
        assertEquals(List.of("$key : i32 = 2", "$left : mut (ref null $node) = (ref $node) struct#5",
                "$right : mut (ref null $node) = (ref $node) struct#6"), lines(left.getVariables()));

        IStackFrame main = thread.getStackFrames()[1];
        IIndexedValue keys = assertInstanceOf(IIndexedValue.class, variable(main.getVariables(), "$keys").getValue());
        assertEquals(5, keys.getSize());
        assertEquals("(ref $keys) array#1 length 5", keys.getValueString());
        assertEquals(List.of("[1] : mut i32 = 2", "[2] : mut i32 = 6"), lines(keys.getVariables(1, 2)));
        assertEquals(List.of("global[0] : mut (ref null $node) = (ref $node) struct#2", "global[1] : mut i31ref = i31:5"),
                lines(variable(main.getVariables(), "globals").getValue().getVariables()));

        // the Variables view follows the Debug view of the perspective the launch opens (from whichever the
        // previous test left)
        Workbench.waitFor("the WebAssembly Debug perspective", 20,
                () -> "org.wasmscope.views.perspective".equals(Workbench.page().getPerspective().getId()));
        Workbench.page().showView(IDebugUIConstants.ID_VARIABLE_VIEW);
        TreeViewer variables = (TreeViewer) ((IDebugView) Workbench.page().findView(IDebugUIConstants.ID_VARIABLE_VIEW)).getViewer();
        Workbench.waitFor("the Variables view on $sum's frame", 20, () -> item(variables.getTree().getItems(), "$t") != null);
        // $t opened and chosen as a user does (the arrow, a click): its fields below it, the object in full in the detail pane
        TreeItem root = item(variables.getTree().getItems(), "$t");
        Workbench.waitFor("$t's fields", 20, () -> {
            open(variables, root); // again until the view, which learns lazily that $t has children, answers
            Workbench.pump(100);
            return texts(root).equals(List.of("$key", "$left", "$right"));
        });
        variables.getTree().setSelection(root);
        variables.getTree().notifyListeners(SWT.Selection, selectionOf(root));
        Workbench.pump(500);
        Workbench.screenshot("gc-tree-variables");
    }
}
