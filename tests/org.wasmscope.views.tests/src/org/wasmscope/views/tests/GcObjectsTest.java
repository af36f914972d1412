package org.wasmscope.views.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wasmscope.tests.support.Debuggee;
import org.wasmscope.tests.support.workbench.Workbench;
import org.wasmscope.views.common.MachineInput;

/**
 * Struct and array instances in the views, on the example {@code gc_tree.wat}: main inserts the keys 4 2 6 1 3
 * into a binary search tree of {@code $node} structs (struct#2 .. struct#6, after the array of keys, array#1),
 * then calls $sum on the root. At $sum's first line the root's key is 4, its left child holds 2 with the
 * leaves 1 and 3, its right child 6; $count holds i31:5 after five insertions.
 */
class GcObjectsTest {
    private MachineViews views;
    private Debuggee tree;

    @BeforeEach
    void open() throws Exception {
        views = MachineViews.open();
        tree = new Debuggee(Workbench.testWat("../../../examples/gc_tree.wat"));
        tree.start("main");
        tree.stepToLine(22, 1);
        views.feed(MachineInput.of(tree.session));
        Workbench.pump(30);
    }

    @AfterEach
    void close() throws Exception {
        tree.close();
    }

    @Test
    void aLocalOpensToTheObjectsFields() throws Exception {
        MachineViews.openRow(views.frames.tree(), "1 func 1 $sum", "$t (param 0)", "$left (field 1)");
        Workbench.pump(30);
        assertEquals(List.of(), views.frames.lines(" | ", true));
    }

    @Test
    void theStoreListsTheHeapAndGlobalsOpenToObjects() throws Exception {
        MachineViews.openRow(views.store.tree(), "heap", "array#1");
        MachineViews.openRow(views.store.tree(), "globals", "global 0", "$right (field 2)");
        Workbench.pump(30);
        Workbench.screenshot("gc-tree-store");
        List<String> rows = views.store.lines(" | ", true);
        assertEquals(List.of(), rows.subList(rows.indexOf("globals |  | 2 instances"), rows.size()));
    }
}
