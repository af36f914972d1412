package org.wasmscope.views.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.debug.Snapshot;
import org.wasmscope.runtime.debug.StoreView;
import org.wasmscope.tests.support.Debuggee;
import org.wasmscope.tests.support.workbench.Workbench;
import org.wasmscope.views.common.MachineInput;
import org.wasmscope.views.common.NumberFormat;
import org.wasmscope.views.common.ObjectRows;
import org.wasmscope.views.common.Row;

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
        assertEquals(List.of(
                "*1 func 1 $sum | [(ref null $node)] \u2192 [i32] |  | #0 local.get 0 | 22:36 | sample",
                "  *$t (param 0) | (ref null $node) | (ref $node) struct#2",
                "    $key (field 0) | i32 | 4",
                "    $left (field 1) | mut (ref null $node) | (ref $node) struct#3",
                "      $key (field 0) | i32 | 2",
                "      $left (field 1) | mut (ref null $node) | (ref $node) struct#5",
                "      $right (field 2) | mut (ref null $node) | (ref $node) struct#6",
                "    $right (field 2) | mut (ref null $node) | (ref $node) struct#4",
                "0 func 2 | [] \u2192 [i32] |  | #28 call 1 | 38:6 | sample",
                "  $keys (local 0) | (ref null $keys) | (ref $keys) array#1 length 5",
                "  $i (local 1) | i32 | 5"), views.frames.lines(" | ", true));
        Workbench.screenshot("gc-tree-frames");
    }

    /**
     * "Show Object in Store" in Call Frames' context menu on a field that refers to struct#3: the Store view opens its
     * heap with struct#3 selected; a double-click on an operand that refers to an object does the same.
     */
    @Test
    void choosingAReferenceRevealsItsObjectInTheHeap() throws Exception {
        Object left = MachineViews.openRow(views.frames.tree(), "1 func 1 $sum", "$t (param 0)", "$left (field 1)");
        views.frames.tree().viewer().setSelection(new StructuredSelection(left), true);
        MachineViews.choose(views.frames.tree(), "Show Object in Store");
        Workbench.pump(30);
        assertEquals(List.of("  struct#3 | $node | 3 fields"), views.store.tree().selectedOrAllLines(" | "));
        Workbench.screenshot("gc-tree-show-object-in-store");

        Object key = MachineViews.openRow(views.frames.tree(), "0 func 2", "$keys (local 0)");
        views.frames.tree().viewer().setSelection(new StructuredSelection(key), true);
        MachineViews.doubleClick(views.frames.tree());
        Workbench.pump(30);
        assertEquals(List.of("  array#1 | $keys | length 5"), views.store.tree().selectedOrAllLines(" | "));

        // a value that is no reference: nothing to show
        Object i = MachineViews.openRow(views.frames.tree(), "0 func 2", "$i (local 1)");
        views.frames.tree().viewer().setSelection(new StructuredSelection(i), true);
        assertEquals(false, MachineViews.menuItem(views.frames.tree(), "Show Object in Store").isEnabled());
    }

    /** In a heap of more than 100 objects the object is on its page, which opens. */
    @Test
    void anObjectOnAnotherPageOfTheHeapIsRevealedThere() throws Exception {
        try (Debuggee boxes = new Debuggee("(module (type $box (struct (field i32))) (type $boxes (array (mut (ref null $box))))"
                + " (func (export \"f\") (local $all (ref null $boxes)) (local $i i32) (local $one (ref null $box))"
                + " (local.set $all (array.new_default $boxes (i32.const 150)))"
                + " (loop $fill (array.set $boxes (local.get $all) (local.get $i) (struct.new $box (local.get $i)))"
                + "   (local.set $i (i32.add (local.get $i) (i32.const 1))) (br_if $fill (i32.lt_u (local.get $i) (i32.const 150))))"
                + " (local.set $one (array.get $boxes (local.get $all) (i32.const 140))) nop))")) {
            boxes.start("f");
            boxes.stepTo("nop");
            views.feed(MachineInput.of(boxes.session));
            Workbench.pump(30);
            views.frames.tree().viewer().setSelection(new StructuredSelection(
                    MachineViews.openRow(views.frames.tree(), "0 func 0", "$one (local 2)")), true);
            MachineViews.choose(views.frames.tree(), "Show Object in Store");
            Workbench.pump(30);
            assertEquals(List.of("    struct#142 | $box | 1 field"), views.store.tree().selectedOrAllLines(" | "));
            List<String> rows = views.store.lines(" | ", false);
            assertEquals(List.of("heap |  | 151 objects", "  heap 0..99", "  heap 100..150"),
                    rows.stream().filter(r -> r.startsWith("heap") || r.startsWith("  heap")).toList());
            Workbench.screenshot("gc-heap-page-revealed");
        }
    }

    /** Control Labels names the types of block types as the other views do: by the module's names. */
    @Test
    void blockTypesNameTheirTypes() throws Exception {
        try (Debuggee d = new Debuggee(String.join("\n",
                "(module (type $point (struct (field $x i32) (field $y i32))) (type $sig (func (param i32) (result i32)))",
                "  (func (export \"f\") (result i32)",
                "    (drop (block $b (result (ref null $point)) (struct.new $point (i32.const 1) (i32.const 2))))",
                "    i32.const 5",
                "    block $c (type $sig)",
                "      nop",
                "    end))"))) {
            d.start("f");
            d.stepTo("struct.new 0");
            views.feed(MachineInput.of(d.session));
            Workbench.pump(30);
            assertEquals(List.of(
                    "0 $b | block | [] \u2192 [(ref null $point)] | 1 | after end #5 (3:6) | 0 | 3:12",
                    "1 function | function | [] \u2192 [i32] | 1 | return (end #10) | 0 | 3:12"), views.labels.lines(" | ", true));
            d.stepTo("nop");
            views.feed(MachineInput.of(d.session));
            Workbench.pump(30);
            assertEquals(List.of(
                    "0 $c | block | (type $sig) [i32] \u2192 [i32] | 1 | after end #10 (7:8) | 0 | 5:5",
                    "1 function | function | [] \u2192 [i32] | 1 | return (end #10) | 0 | 3:12"), views.labels.lines(" | ", true));
            Workbench.screenshot("labels-block-type-names");
        }
    }

    /** A long array opens to pages of 100 elements, as the Variables view pages a Java array. */
    @Test
    void aLongArrayOpensInPages() throws Exception {
        try (Debuggee bytes = new Debuggee("(module (type $bytes (array (mut i8)))"
                + " (func (export \"f\") (local $b (ref null $bytes))"
                + " (local.set $b (array.new $bytes (i32.const 255) (i32.const 250))) nop))")) {
            bytes.start("f");
            Snapshot s = bytes.stepTo("nop");
            StoreView store = bytes.session.store();
            Value b = s.top().locals().get(0).value();
            assertEquals("(ref $bytes) array#1 length 250", ObjectRows.text(store, b, NumberFormat.DECIMAL));
            List<Row> pages = ObjectRows.children(store, "b", b);
            assertEquals(List.of("[0..99]", "[100..199]", "[200..249]"), column(pages, 0));
            List<? extends Row> last = pages.get(2).children();
            assertEquals(50, last.size());
            assertEquals(List.of("[249]", "mut i8", "255"), List.of(last.get(49).text(0, NumberFormat.DECIMAL),
                    last.get(49).text(1, NumberFormat.DECIMAL), last.get(49).text(2, NumberFormat.DECIMAL)));
        }
    }

    private static List<String> column(List<? extends Row> rows, int column) {
        return rows.stream().map(r -> r.text(column, NumberFormat.DECIMAL)).toList();
    }

    @Test
    void theStoreListsTheHeapAndGlobalsOpenToObjects() throws Exception {
        MachineViews.openRow(views.store.tree(), "heap", "array#1");
        MachineViews.openRow(views.store.tree(), "globals", "global 0", "$right (field 2)");
        Workbench.pump(30);
        for (TreeItem item : views.store.tree().viewer().getTree().getItems()) {
            if (item.getText(0).equals("globals")) {
                views.store.tree().viewer().getTree().setTopItem(item);
            }
        }
        Workbench.screenshot("gc-tree-store");
        List<String> rows = views.store.lines(" | ", true);
        assertEquals(List.of(
                "globals |  | 2 instances",
                "  global 0 | mut (ref null $node) | (ref $node) struct#2 | mutable",
                "    $key (field 0) | i32 | 4",
                "    $left (field 1) | mut (ref null $node) | (ref $node) struct#3",
                "    $right (field 2) | mut (ref null $node) | (ref $node) struct#4",
                "      $key (field 0) | i32 | 6",
                "      $left (field 1) | mut (ref null $node) | null",
                "      $right (field 2) | mut (ref null $node) | null",
                "  global 1 | mut i31ref | i31:5 | mutable",
                "elems |  | 0 instances",
                "datas |  | 0 instances",
                "tags |  | 0 instances",
                "exns |  | 0 instances",
                "heap |  | 6 objects",
                "  array#1 | $keys | length 5",
                "    [0] | mut i32 | 4",
                "    [1] | mut i32 | 2",
                "    [2] | mut i32 | 6",
                "    [3] | mut i32 | 1",
                "    [4] | mut i32 | 3",
                "  struct#2 | $node | 3 fields",
                "  struct#3 | $node | 3 fields",
                "  struct#4 | $node | 3 fields",
                "  struct#5 | $node | 3 fields",
                "  struct#6 | $node | 3 fields"), rows.subList(rows.indexOf("globals |  | 2 instances"), rows.size()));
    }
}
