package org.wasmscope.views.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wasmscope.runtime.Value;
import org.wasmscope.tests.support.Debuggee;
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
 * The four views fed from a runtime session on {@code sample.wat} (run(3) sums square(i) for i < 3, with
 * square calling $mul through the table), their rows asserted after chosen steps. Expected rows follow
 * from the program by the spec's rules: e.g. inside square(2) at call_indirect its operands are
 * [2 2 1] (x, x, the table index) and run's loop holds the running sum 0*0 + 1*1 = 1 below the block
 * $inner, whose argument i became square's local.
 *
 * <p>Rows are read from the viewers' items, columns joined by " | ", children indented by two spaces;
 * "*" marks a row the last step changed (drawn highlighted), ">" the label a branch would take.
 */
class MachineViewsTest {
    private MachineViews views;
    private Debuggee sample;

    @BeforeEach
    void open() throws Exception {
        views = MachineViews.open();
        sample = new Debuggee(Workbench.testWat("sample.wat"));
        sample.start("run", Value.i32(3));
    }

    @AfterEach
    void close() throws Exception {
        if (sample != null) {
            sample.close();
        }
    }

    private void feed(MachineInput input) {
        views.feed(input);
        Workbench.pump(30);
    }

    private static List<String> rows(MachineView view) {
        return view.lines(" | ", true);
    }

    @Test
    void emptyUntilFedAndAfterwards() throws Exception {
        for (MachineView v : views.all()) {
            assertTrue(v.isEmpty(), v.getTitle());
            assertTrue(v.emptyText().startsWith("No WebAssembly machine is suspended."), v.emptyText());
        }
        Workbench.screenshot("views-empty");
        feed(MachineInput.of(sample.session));
        views.all().forEach(v -> assertFalse(v.isEmpty(), v.getTitle()));
        feed(null);
        views.all().forEach(v -> assertTrue(v.isEmpty(), v.getTitle()));
    }

    @Test
    void theDebugPerspectiveHasTheViews() throws Exception {
        Workbench.perspective(IDebugUIConstants.ID_DEBUG_PERSPECTIVE);
        try {
            for (String id : List.of(OperandStackView.ID, ControlLabelsView.ID, CallFramesView.ID, StoreInstancesView.ID)) {
                assertTrue(Workbench.page().findViewReference(id) != null, id + " in the Debug perspective");
            }
        } finally {
            Workbench.perspective(WasmDebugPerspective.ID);
        }
    }

    @Test
    void atEntry() {
        feed(MachineInput.of(sample.session));
        assertEquals("0 values in 1 frame; top first; at entry", views.stack.headerText());
        assertEquals(List.of("frame 0 func 3 |  | (no operands)"), rows(views.stack));
        assertEquals("Frame 0 func 3 at #0 block (31:5); innermost label first", views.labels.headerText());
        assertEquals(List.of("0 function | function | [i32] \u2192 [i32] | 1 | return (end #28) | 0 | 31:5"), rows(views.labels));
        assertEquals(List.of(
                "0 func 3 | [i32] \u2192 [i32] |  | #0 block | 31:5 | sample",
                "  $n (param 0) | i32 | 3",
                "  $i (local 1) | i32 | 0",
                "  $sum (local 2) | i32 | 0"), rows(views.frames));
        assertEquals(List.of(
                "module sample |  | module instance",
                "  funcaddrs |  | 5 addresses",
                "  tableaddrs |  | 1 address",
                "  memaddrs |  | 1 address",
                "  globaladdrs |  | 2 addresses",
                "  elemaddrs |  | 1 address",
                "  dataaddrs |  | 1 address",
                "  tagaddrs |  | 0 addresses",
                "  exports |  | 2 exports",
                "    \"run\" | func | \u2192 func 3",
                "    \"divide\" | func | \u2192 func 4",
                "funcs |  | 5 instances",
                "  func 0 | [i32 i32] \u2192 [i32] | func 0 $add | module sample, index 0",
                "  func 1 | [i32 i32] \u2192 [i32] | func 1 $mul | module sample, index 1",
                "  func 2 | [i32] \u2192 [i32] | func 2 $square | module sample, index 2",
                "  func 3 | [i32] \u2192 [i32] | func 3 | module sample, index 3, export \"run\"",
                "  func 4 | [i32 i32] \u2192 [i32] | func 4 | module sample, index 4, export \"divide\"",
                "tables |  | 1 instance",
                "  table 0 | funcref {min 2} | size 2 | no maximum",
                "mems |  | 1 instance",
                "  mem 0 | i32 {min 1, max 2} | 1 page (64 KiB) | max 2 pages",
                "globals |  | 2 instances",
                "  global 0 | mut i32 | 0 | mutable",
                "  global 1 | const i64 | -1 | immutable",
                "elems |  | 1 instance",
                "  elem 0 | (ref func) | dropped | by elem.drop/data.drop, or at instantiation (active, declarative)",
                "datas |  | 1 instance",
                "  data 0 | bytes | dropped | by elem.drop/data.drop, or at instantiation (active, declarative)",
                "tags |  | 0 instances",
                "exns |  | 0 instances"),
                rows(views.store));
        assertEquals(List.of(
                "00000000  00 00 00 00 00 00 00 00  00 00 00 00 00 00 00 00  ................",
                "00000010  57 61 73 6d 53 63 6f 70  65 00 00 00 00 00 00 00  WasmScope.......",
                "00000020  00 00 00 00 00 00 00 00  00 00 00 00 00 00 00 00  ................"),
                views.store.memoryLines().subList(0, 3));
    }

    @Test
    void insideTheCallThroughTheTable() throws Exception {
        sample.stepToLine(27, 3); // square(2) at call_indirect, after i32.const 1
        feed(MachineInput.of(sample.session));
        assertEquals("4 values in 2 frames; top first; after a step", views.stack.headerText());
        assertEquals(List.of(
                "frame 1 func 2 $square",
                "  label 0 function",
                "    *3 | i32 | 1",
                "    2 | i32 | 2",
                "    1 | i32 | 2",
                "frame 0 func 3",
                "  label 1 $next",
                "    0 | i32 | 1"), rows(views.stack));
        assertEquals("Frame 1 func 2 $square at #3 call_indirect 0 (type 0) (27:5); innermost label first", views.labels.headerText());
        assertEquals(List.of("0 function | function | [i32] \u2192 [i32] | 1 | return (end #4) | 0 | 24:5"), rows(views.labels));
        assertEquals(List.of(
                "1 func 2 $square | [i32] \u2192 [i32] |  | #3 call_indirect 0 (type 0) | 27:5 | sample",
                "  $x (param 0) | i32 | 2",
                "0 func 3 | [i32] \u2192 [i32] |  | #9 call 2 | 40:11 | sample",
                "  $n (param 0) | i32 | 3",
                "  $i (local 1) | i32 | 2",
                "  $sum (local 2) | i32 | 1"), rows(views.frames));
        assertEquals("  global 0 | mut i32 | 2 | mutable", rows(views.store).get(22));
        assertTrue(views.store.memoryLines().get(0).startsWith("00000000  01 00 00 00 "), views.store.memoryLines().get(0));

        // The caller's labels, innermost first: the block $inner holds the sum below it (height 1).
        feed(MachineInput.of(sample.session).withFrame(0));
        assertEquals("Frame 0 func 3 at #9 call 2 (40:11); innermost label first", views.labels.headerText());
        assertEquals(List.of(
                "0 $inner | block | [] \u2192 [i32] | 1 | after end #11 (42:9) | 1 | 38:9",
                "1 $next | loop | [] \u2192 [] | 0 | start #1 (32:7) | 0 | 32:7",
                "2 $done | block | [] \u2192 [] | 0 | after end #27 (58:5) | 0 | 31:5",
                "3 function | function | [i32] \u2192 [i32] | 1 | return (end #28) | 0 | 31:5"), rows(views.labels));
    }

    @Test
    void atATrapAndAfterTheReturn() throws Exception {
        try (Debuggee division = new Debuggee(Workbench.testWat("sample.wat"))) {
            division.start("divide", Value.i32(7), Value.i32(0));
            division.session.resume();
            division.session.awaitSuspended(Debuggee.WAIT);
            feed(MachineInput.of(division.session));
            assertEquals("2 values in 1 frame; top first; trapped: integer divide by zero", views.stack.headerText());
            assertEquals(List.of("frame 0 func 4", "  label 0 function", "    *1 | i32 | 0", "    *0 | i32 | 7"),
                    rows(views.stack));
            assertEquals("0 func 4 | [i32 i32] \u2192 [i32] |  | #2 i32.div_s | 63:5 | sample", rows(views.frames).get(0));
        }
        sample.session.resume();
        sample.session.awaitSuspended(Debuggee.WAIT);
        feed(MachineInput.of(sample.session));
        assertEquals("No frames: returned [i32:5]", views.stack.headerText());
        assertEquals(List.of(), rows(views.stack));
        assertEquals("No frame: the invocation returned", views.labels.headerText());
        assertEquals(List.of(), rows(views.labels));
        assertEquals(List.of(), rows(views.frames));
        assertEquals("  *global 0 | mut i32 | 3 | mutable", rows(views.store).get(22));
        views.stack.setNumberFormat(NumberFormat.HEX);
        assertEquals("No frames: returned [i32:0x00000005]", views.stack.headerText());
    }

    @Test
    void hexadecimalToggle() throws Exception {
        sample.stepToLine(27, 3);
        feed(MachineInput.of(sample.session));
        for (MachineView v : views.all()) {
            v.setNumberFormat(NumberFormat.HEX);
        }
        assertEquals(List.of(
                "frame 1 func 2 $square",
                "  label 0 function",
                "    *3 | i32 | 0x00000001",
                "    2 | i32 | 0x00000002",
                "    1 | i32 | 0x00000002",
                "frame 0 func 3",
                "  label 1 $next",
                "    0 | i32 | 0x00000001"), rows(views.stack));
        assertEquals("  $sum (local 2) | i32 | 0x00000001", rows(views.frames).get(5));
        assertEquals("  global 1 | const i64 | 0xffffffffffffffff | immutable", rows(views.store).get(23));
        views.stack.setNumberFormat(NumberFormat.DECIMAL);
        assertEquals("    *3 | i32 | 1", rows(views.stack).get(2));
    }

    @Test
    void branchTargetEmphasized() throws Exception {
        sample.stepToLine(55, 1); // br $next at the end of the first iteration
        feed(MachineInput.of(sample.session));
        assertEquals(List.of(
                ">0 $next | loop | [] \u2192 [] | 0 | start #1 (32:7) | 0 | 32:7",
                "1 $done | block | [] \u2192 [] | 0 | after end #27 (58:5) | 0 | 31:5",
                "2 function | function | [i32] \u2192 [i32] | 1 | return (end #28) | 0 | 31:5"), rows(views.labels));
        sample.stepToLine(36, 3); // the last br_if $done: i = 3 >= n on the stack, so it branches out
        feed(MachineInput.of(sample.session));
        assertEquals(List.of(
                "frame 0 func 3",
                "  label 0 $next",
                "    *0 | i32 | 1"), rows(views.stack));
        assertEquals(List.of(
                "0 $next | loop | [] \u2192 [] | 0 | start #1 (32:7) | 0 | 32:7",
                ">1 $done | block | [] \u2192 [] | 0 | after end #27 (58:5) | 0 | 31:5",
                "2 function | function | [i32] \u2192 [i32] | 1 | return (end #28) | 0 | 31:5"), rows(views.labels));
        assertEquals("  $i (local 1) | i32 | 3", rows(views.frames).get(2));
    }

    @Test
    void changesOfTheLastStepHighlighted() throws Exception {
        sample.stepToLine(43, 2); // local.set $sum in the second iteration: 0 + square(1) on the stack
        sample.step();
        feed(MachineInput.of(sample.session));
        assertEquals("  *$sum (local 2) | i32 | 1", rows(views.frames).get(3));
        assertEquals("  $i (local 1) | i32 | 1", rows(views.frames).get(2));
        sample.stepToLine(46, 1); // i32.store of the sum at address 0
        sample.step();
        feed(MachineInput.of(sample.session));
        assertEquals("*mems |  | 1 instance", rows(views.store).get(19));
        assertEquals("  *mem 0 | i32 {min 1, max 2} | 1 page (64 KiB) | max 2 pages", rows(views.store).get(20));
        assertTrue(views.store.memoryLines().get(0).startsWith("00000000  01 00 00 00 "), views.store.memoryLines().get(0));
        assertEquals("  $sum (local 2) | i32 | 1", rows(views.frames).get(3));
        sample.stepToLine(50, 1); // global.set $count
        sample.step();
        feed(MachineInput.of(sample.session));
        assertEquals("*globals |  | 2 instances", rows(views.store).get(21));
        assertEquals("  *global 0 | mut i32 | 2 | mutable", rows(views.store).get(22));
        assertEquals("  mem 0 | i32 {min 1, max 2} | 1 page (64 KiB) | max 2 pages", rows(views.store).get(20));
    }

    @Test
    void tableElementsOnOpening() throws Exception {
        feed(MachineInput.of(sample.session));
        TreeItem tables = views.store.tree().viewer().getTree().getItem(2);
        views.store.tree().viewer().setExpandedState(tables.getItem(0).getData(), true);
        List<String> rows = rows(views.store);
        assertEquals(List.of("  table 0 | funcref {min 2} | size 2 | no maximum", "    [0] | funcref | func 0",
                "    [1] | funcref | func 1"), rows.subList(18, 21));
    }

    @Test
    void selectingAFrameSelectsItInTheOtherViews() throws Exception {
        sample.stepToLine(27, 3);
        feed(MachineInput.of(sample.session));
        Object callerRow = views.frames.tree().viewer().getTree().getItem(1).getData();
        views.frames.tree().viewer().setSelection(new StructuredSelection(callerRow), true);
        Workbench.pump(30);
        assertEquals(0, views.labels.getInput().frame());
        assertEquals("Frame 0 func 3 at #9 call 2 (40:11); innermost label first", views.labels.headerText());
        assertEquals(4, rows(views.labels).size());
    }

    @Test
    void changingAGlobalAndALocal() throws Exception {
        sample.stepToLine(27, 3);
        feed(MachineInput.of(sample.session));
        TreeItem globals = views.store.tree().viewer().getTree().getItem(4);
        edit(views.store.tree(), globals.getItem(0).getData(), "42");
        // Marked: it differs from the value at the previous suspension, as any change since then.
        assertEquals("  *global 0 | mut i32 | 42 | mutable", rows(views.store).get(22));
        assertEquals(42, sample.store.globals().get(0).get().asInt());
        globals = views.store.tree().viewer().getTree().getItem(4); // the rows were rebuilt from the machine
        views.store.tree().viewer().editElement(globals.getItem(1).getData(), 2);
        assertFalse(views.store.tree().viewer().isCellEditorActive(), "an immutable global is not editable");

        Object x = views.frames.tree().viewer().getTree().getItem(0).getItem(0).getData();
        edit(views.frames.tree(), x, "0x10");
        assertEquals("  *$x (param 0) | i32 | 16", rows(views.frames).get(1));
        assertEquals(16, sample.session.snapshot().top().locals().get(0).value().asInt());
        // The other views read the new snapshot too: the stack is unchanged, the frame's local is new.
        assertEquals(sample.session.snapshot(), views.stack.getInput().snapshot());
        x = views.frames.tree().viewer().getTree().getItem(0).getItem(0).getData();
        edit(views.frames.tree(), x, "sixteen");
        assertEquals("  *$x (param 0) | i32 | 16", rows(views.frames).get(1), "a value that is no i32 is refused");

        // The operand on top (the table index): 0 makes call_indirect take $add instead of $mul.
        Object top = views.stack.tree().viewer().getTree().getItem(0).getItem(0).getItem(0).getData();
        edit(views.stack.tree(), top, "0");
        assertEquals("    *3 | i32 | 0", rows(views.stack).get(2));
        sample.step();
        assertEquals("func 0 $add", sample.session.snapshot().top().displayName());
    }

    /** Types {@code text} into column 2 (the value) of {@code element}'s row and applies it, as a user would. */
    private static void edit(RowTree tree, Object element, String text) {
        tree.viewer().editElement(element, 2);
        assertTrue(tree.viewer().isCellEditorActive(), "editor open");
        Text editor = null;
        for (Control c : tree.viewer().getTree().getChildren()) {
            if (c instanceof Text t && t.isVisible()) {
                editor = t;
            }
        }
        editor.setText(text);
        tree.viewer().applyEditorValue();
        Workbench.pump(50);
    }

    @Test
    void copyPutsTheRowsOnTheClipboard() throws Exception {
        sample.stepToLine(27, 3);
        feed(MachineInput.of(sample.session));
        // The selected frame (the top one) alone, then with nothing selected, all rows.
        assertEquals("1 func 2 $square\t[i32] \u2192 [i32]\t\t#3 call_indirect 0 (type 0)\t27:5\tsample"
                + System.lineSeparator(), copied(views.frames));
        views.frames.tree().viewer().setSelection(StructuredSelection.EMPTY);
        String all = copied(views.frames);
        assertEquals(String.join(System.lineSeparator(), views.frames.lines("\t", false)) + System.lineSeparator(), all);
        assertTrue(all.contains("  $x (param 0)\ti32\t2" + System.lineSeparator()), all);
        assertEquals(6, all.lines().count());
    }

    private static String copied(MachineView view) {
        view.copyToClipboard();
        Clipboard clipboard = new Clipboard(Display.getCurrent());
        try {
            return (String) clipboard.getContents(TextTransfer.getInstance());
        } finally {
            clipboard.dispose();
        }
    }

    @Test
    void screenshotOfThePerspectiveWithAllFourViews() throws Exception {
        sample.stepToLine(27, 3);
        Workbench.openAtLine("sample.wat", 27);
        feed(MachineInput.of(sample.session));
        Workbench.pump(300);
        Path shot = Workbench.screenshot("views-square-call-indirect");
        assertTrue(Files.size(shot) > 10_000, "screenshot written");
        sample.stepToLine(36, 1);
        Workbench.openAtLine("sample.wat", 36);
        feed(MachineInput.of(sample.session));
        for (MachineView v : views.all()) {
            v.setNumberFormat(NumberFormat.HEX);
        }
        Workbench.pump(300);
        Workbench.screenshot("views-br-if-hex");
    }
}
