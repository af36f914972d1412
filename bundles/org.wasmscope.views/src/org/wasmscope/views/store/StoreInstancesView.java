package org.wasmscope.views.store;

import java.util.List;

import org.eclipse.jface.viewers.TreePath;
import org.eclipse.jface.viewers.TreeSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.wasmscope.runtime.debug.Frame;
import org.wasmscope.runtime.debug.MemoryView;
import org.wasmscope.runtime.debug.ObjectView;
import org.wasmscope.runtime.debug.Session;
import org.wasmscope.runtime.debug.StoreView;
import org.wasmscope.runtime.syntax.ValType;
import org.wasmscope.runtime.text.ValueParser;
import org.wasmscope.views.common.Column;
import org.wasmscope.views.common.MachineInput;
import org.wasmscope.views.common.MachineView;
import org.wasmscope.views.common.Row;
import org.wasmscope.views.common.RowTree;

/**
 * The store (spec 4.2.3): the module instance with its address maps and exports, then the function,
 * table, memory, global, element and data instances by address, and below it a hex and ASCII dump of the selected memory (the first one until another is
 * chosen) that reads only the lines on screen. Mutable globals can be edited; what the last step wrote
 * (globals, memory bytes) is highlighted.
 */
public class StoreInstancesView extends MachineView {
    public static final String ID = "org.wasmscope.views.store";

    private RowTree tree;
    private Label memoryTitle;
    private Text gotoAddress;
    private MemoryHexView hex;
    private int selectedMemory;
    /** The session and memory the dump showed last: its scroll position is kept while they stay. */
    private Session shownSession;
    private int shownMemory = -1;

    @Override
    protected Control createContent(Composite parent) {
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        tree = new RowTree(sash, this::numberFormat, List.of(
                new Column("Instance", "The module instance, then each instance's kind and address in the store (spec 4.2.3: addresses number each kind from 0)", 20),
                new Column("Type", "Function type, table type, memory limits in pages, or global type (spec 2.3)", 18),
                new Column("Value", "Name, size, or value", 22),
                new Column("Details", "Defining module, maximum, mutability, or whether a segment was dropped", 30)));
        tree.onWrite(this::written);
        tree.viewer().addSelectionChangedListener(e -> {
            if (e.getStructuredSelection().getFirstElement() instanceof StoreRows.MemRow mem) {
                selectedMemory = mem.m().address();
                showMemory();
            }
        });

        tree.viewer().addOpenListener(e -> followSelection());
        ShowObjectInStore.attach(getSite(), tree.viewer());

        Composite memoryPane = new Composite(sash, SWT.NONE);
        GridLayout layout = new GridLayout(3, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        memoryPane.setLayout(layout);
        memoryTitle = new Label(memoryPane, SWT.NONE);
        memoryTitle.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(memoryPane, SWT.NONE).setText("Go to:");
        gotoAddress = new Text(memoryPane, SWT.BORDER | SWT.SINGLE);
        gotoAddress.setMessage("address");
        gotoAddress.setToolTipText("A byte address (decimal or 0x hexadecimal, up to 64 bits in a memory64); Enter scrolls there");
        GridData gotoData = new GridData(SWT.RIGHT, SWT.CENTER, false, false);
        gotoData.widthHint = 100;
        gotoAddress.setLayoutData(gotoData);
        gotoAddress.addListener(SWT.DefaultSelection, e -> gotoTyped());
        hex = new MemoryHexView(memoryPane);
        hex.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        sash.setWeights(55, 45);
        return sash;
    }

    private void gotoTyped() {
        try {
            // i64 covers both address types; reveal clamps to the memory's size
            long address = ValueParser.parse(ValType.I64, gotoAddress.getText().trim()).asLong();
            hex.reveal(Long.compareUnsigned(address, Long.MAX_VALUE) > 0 ? Long.MAX_VALUE : address);
            getViewSite().getActionBars().getStatusLineManager().setErrorMessage(null);
        } catch (IllegalArgumentException e) {
            getViewSite().getActionBars().getStatusLineManager().setErrorMessage("Not an address: " + gotoAddress.getText());
        }
    }

    @Override
    protected void show(MachineInput input) {
        if (input.session() != shownSession) {
            selectedMemory = firstMemoryOfTheModule(input);
            tree.forgetExpansion();
        }
        StoreView store = input.session().store();
        tree.setRows(StoreRows.of(store, input.snapshot().changes()));
        setHeader("Store of the suspended machine; instances by address");
        showMemory();
    }

    /**
     * The memory to dump first: the selected frame's module's memory 0 (the store may hold others first,
     * such as a host module's), else the memory at address 0.
     */
    private static int firstMemoryOfTheModule(MachineInput input) {
        Frame frame = input.selectedFrame();
        if (frame == null && !input.snapshot().frames().isEmpty()) {
            frame = input.snapshot().frames().get(0);
        }
        if (frame != null && frame.module().memories != null && frame.module().memories.length > 0) {
            return frame.module().memories[0].address;
        }
        return 0;
    }

    private void showMemory() {
        MachineInput input = getInput();
        if (input == null) {
            return;
        }
        List<MemoryView> memories = input.session().store().memories();
        if (memories.isEmpty()) {
            memoryTitle.setText("No memory instance");
            hex.setMemory(null, input.snapshot().changes(), false);
            shownMemory = -1;
            return;
        }
        MemoryView m = memories.get(Math.min(selectedMemory, memories.size() - 1));
        memoryTitle.setText("mem " + m.address() + memoryIndex(input, m) + ", " + m.addrType() + " addresses: " + m.pages()
                + (m.pages() == 1 ? " page, " : " pages, ") + m.byteSize() + " bytes" + (input.snapshot().changes().memoryTracked() ? "" : " (too large to track writes)"));
        hex.setMemory(m, input.snapshot().changes(), input.session() == shownSession && m.address() == shownMemory);
        shownSession = input.session();
        shownMemory = m.address();
    }

    /** {@code  (memory 1 of func 0's module)}: the index the selected frame's module gives the memory, if it has one. */
    private static String memoryIndex(MachineInput input, MemoryView m) {
        Frame frame = input.selectedFrame();
        if (frame == null || frame.module().memories == null) {
            return "";
        }
        for (int i = 0; i < frame.module().memories.length; i++) {
            if (frame.module().memories[i].address == m.address()) {
                return " (memory " + i + " of the module)";
            }
        }
        return "";
    }

    @Override
    protected void formatChanged() {
        tree.relabel();
    }

    @Override
    public List<String> lines(String separator, boolean marks) {
        return tree.lines(separator, marks);
    }

    /**
     * When the selected row is a module instance's address or export, selects and shows the store entry
     * it stands for (what double-click or Enter on it does).
     */
    @SuppressWarnings("unchecked")
    public void followSelection() {
        if (!(tree.viewer().getStructuredSelection().getFirstElement() instanceof StoreRows.Link link)) {
            return;
        }
        List<Row> path = StoreRows.pathTo((List<Row>) tree.viewer().getInput(), link.target());
        if (path.isEmpty()) {
            return;
        }
        for (Row row : path.subList(0, path.size() - 1)) {
            tree.viewer().setExpandedState(new TreePath(path.subList(0, path.indexOf(row) + 1).toArray()), true);
        }
        tree.viewer().setSelection(new TreeSelection(new TreePath(path.toArray())), true);
    }

    /**
     * Selects and shows {@code o}, an object of {@code store}, in the heap, opening the heap and the page that
     * holds it; null when done, else why not (the view shows another store, or nothing reaches the object any more).
     */
    public String revealObject(StoreView store, ObjectView o) {
        MachineInput input = getInput();
        if (input == null || input.session().store() != store) {
            return "The Store view shows another machine than the one " + o.identity() + " belongs to";
        }
        int position = store.positionOf(o);
        if (position < 0) {
            return o.identity() + " is not in the heap: nothing the program reaches refers to it any more";
        }
        List<Row> path = HeapRow.pathTo(store, o, position);
        for (int i = 1; i < path.size(); i++) {
            tree.viewer().setExpandedState(new TreePath(path.subList(0, i).toArray()), true);
        }
        tree.viewer().setSelection(new TreeSelection(new TreePath(path.toArray())), true);
        return null;
    }

    /** The title above the memory dump: which memory it shows, its address type and size. */
    public String memoryTitle() {
        return memoryTitle.getText();
    }

    /** The hex dump lines on screen now. */
    public List<String> memoryLines() {
        return hex.visibleText();
    }

    /** Scrolls the memory dump to {@code address}. */
    public void revealMemory(long address) {
        hex.reveal(address);
    }

    /** The address of the first byte the memory dump shows. */
    public long memoryTopAddress() {
        return hex.topAddress();
    }

    public RowTree tree() {
        return tree;
    }

    @Override
    protected List<String> copyLines() {
        if (hex.isFocusControl()) {
            return hex.visibleText();
        }
        return tree.selectedOrAllLines("\t");
    }

    @Override
    protected String emptyMessage() {
        return "No WebAssembly machine is suspended.\n\nDebug a .wat or .wasm module and suspend it: this view then shows "
                + "its store (functions, tables, memories, globals, element and data segments) and a memory dump.";
    }
}
