package org.wasmscope.views.common;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.IElementComparer;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.window.ToolTip;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/**
 * A tree with columns that shows {@link Row}s: highlighting from the rows' change marks, tooltips, and
 * expansion kept across refreshes (rows are compared by {@link Row#key()}, since every suspension builds
 * new ones).
 */
public final class RowTree {
    private final TreeViewer viewer;
    private final Supplier<NumberFormat> format;
    private Consumer<String> writeResult = message -> { };
    /** Keys of the rows that were open and closed when the tree last showed them. */
    private final Set<Object> opened = new HashSet<>();
    private final Set<Object> closed = new HashSet<>();

    public RowTree(Composite parent, Supplier<NumberFormat> format, List<Column> columns) {
        this.format = format;
        viewer = new TreeViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
        Tree tree = viewer.getTree();
        tree.setHeaderVisible(true);
        tree.setLinesVisible(true);
        GC gc = new GC(tree);
        int charWidth = (int) Math.ceil(gc.getFontMetrics().getAverageCharacterWidth());
        gc.dispose();
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            TreeViewerColumn vc = new TreeViewerColumn(viewer, SWT.LEFT);
            vc.getColumn().setText(c.title());
            vc.getColumn().setToolTipText(c.tooltip());
            vc.getColumn().setWidth(c.chars() * charWidth + 16);
            vc.getColumn().setMoveable(true);
            vc.setLabelProvider(new CellText(i));
            vc.setEditingSupport(new CellEditing(i));
        }
        viewer.setUseHashlookup(true);
        viewer.setComparer(new ByKey());
        viewer.setContentProvider(new Content());
        ColumnViewerToolTipSupport.enableFor(viewer, ToolTip.NO_RECREATE);
    }

    /**
     * Called after an edit was written to the machine: with null on success (the view then rereads the
     * machine), else with the reason it was refused.
     */
    public void onWrite(Consumer<String> result) {
        this.writeResult = result;
    }

    public TreeViewer viewer() {
        return viewer;
    }

    /**
     * Shows {@code rows}, each open if it was open before (known by its key) or if it opens initially
     * and was not closed, so a step does not undo what the user chose to see. Only open rows get items:
     * what is closed costs nothing.
     */
    public void setRows(List<? extends Row> rows) {
        Tree tree = viewer.getTree();
        tree.setRedraw(false);
        try {
            for (TreeItem item : tree.getItems()) {
                remember(item);
            }
            viewer.setInput(rows);
            for (TreeItem item : tree.getItems()) {
                restore(item);
            }
        } finally {
            tree.setRedraw(true);
        }
    }

    /** Forgets which rows were open or closed (another session: its rows are not these). */
    public void forgetExpansion() {
        opened.clear();
        closed.clear();
        viewer.setInput(List.of());
    }

    private void remember(TreeItem item) {
        if (!(item.getData() instanceof Row row)) {
            return;
        }
        if (item.getExpanded()) {
            opened.add(row.key());
            closed.remove(row.key());
            for (TreeItem child : item.getItems()) {
                remember(child);
            }
        } else if (item.getItemCount() > 0) {
            closed.add(row.key());
            opened.remove(row.key());
        }
    }

    private void restore(TreeItem item) {
        if (!(item.getData() instanceof Row row)) {
            return;
        }
        Object key = row.key();
        boolean open = opened.contains(key) || row.openInitially() && !closed.contains(key);
        if (open && !item.getExpanded() && row.hasChildren()) {
            viewer.setExpandedState(row, true);
        }
        if (item.getExpanded()) {
            for (TreeItem child : item.getItems()) {
                restore(child);
            }
        }
    }

    /** Redraws the labels (after the number format changed). */
    public void relabel() {
        viewer.refresh(true);
    }

    /**
     * The text of every row the tree shows (expanded rows with their children), one line each, indented
     * by two spaces a level, columns joined by {@code separator} (trailing empty columns left out). With {@code marks}, a changed row starts
     * with {@code "*"} and an emphasized one with {@code ">"}: how tests see highlighting without pixels.
     */
    public List<String> lines(String separator, boolean marks) {
        List<String> out = new ArrayList<>();
        for (TreeItem item : viewer.getTree().getItems()) {
            collect(item, 0, separator, marks, false, out);
        }
        return out;
    }

    /** The selected rows as {@link #lines} writes them (without marks), or all rows when none is selected. */
    public List<String> selectedOrAllLines(String separator) {
        boolean onlySelected = viewer.getTree().getSelectionCount() > 0;
        List<String> out = new ArrayList<>();
        for (TreeItem item : viewer.getTree().getItems()) {
            collect(item, 0, separator, false, onlySelected, out);
        }
        return out;
    }

    private void collect(TreeItem item, int depth, String separator, boolean marks, boolean onlySelected,
            List<String> out) {
        boolean take = !onlySelected || isSelected(item);
        StringBuilder b = new StringBuilder("  ".repeat(depth));
        if (marks && item.getData() instanceof Row row) {
            b.append(row.emphasized() ? ">" : "").append(row.changed() ? "*" : "");
        }
        int columns = Math.max(1, viewer.getTree().getColumnCount());
        while (columns > 1 && item.getText(columns - 1).isEmpty()) {
            columns--; // no trailing empty columns
        }
        for (int i = 0; i < columns; i++) {
            if (i > 0) {
                b.append(separator);
            }
            b.append(item.getText(i));
        }
        if (take) {
            out.add(b.toString());
        }
        if (item.getExpanded()) {
            for (TreeItem child : item.getItems()) {
                if (child.getData() != null) {
                    collect(child, depth + 1, separator, marks, onlySelected, out);
                }
            }
        }
    }

    private boolean isSelected(TreeItem item) {
        for (TreeItem s : viewer.getTree().getSelection()) {
            if (s == item) {
                return true;
            }
        }
        return false;
    }

    private final class CellText extends ColumnLabelProvider {
        private final int column;

        CellText(int column) {
            this.column = column;
        }

        @Override
        public String getText(Object element) {
            return element instanceof Row row ? row.text(column, format.get()) : "";
        }

        @Override
        public Font getFont(Object element) {
            return element instanceof Row row && (row.changed() || row.emphasized()) ? Highlight.bold() : null;
        }

        @Override
        public Color getForeground(Object element) {
            return element instanceof Row row && row.changed() ? Highlight.changedForeground() : null;
        }

        @Override
        public Color getBackground(Object element) {
            return element instanceof Row row && row.emphasized() ? Highlight.emphasizedBackground() : null;
        }

        @Override
        public String getToolTipText(Object element) {
            return element instanceof Row row ? row.tooltip() : null;
        }
    }

    private final class CellEditing extends EditingSupport {
        private final int column;
        private TextCellEditor editor;

        CellEditing(int column) {
            super(viewer);
            this.column = column;
        }

        @Override
        protected boolean canEdit(Object element) {
            return element instanceof EditableRow row && row.canEdit(column);
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            if (editor == null) {
                editor = new TextCellEditor(viewer.getTree());
            }
            return editor;
        }

        @Override
        protected Object getValue(Object element) {
            return ((Row) element).text(column, format.get());
        }

        @Override
        protected void setValue(Object element, Object value) {
            String text = String.valueOf(value).trim();
            if (text.equals(getValue(element))) {
                return;
            }
            String refusal = null;
            try {
                ((EditableRow) element).write(column, text);
            } catch (IllegalArgumentException | IllegalStateException e) {
                refusal = e.getMessage() == null ? e.toString() : e.getMessage();
            }
            // Report after the cell editor has finished with the row: a success rebuilds the rows.
            String result = refusal;
            viewer.getTree().getDisplay().asyncExec(() -> {
                if (!viewer.getTree().isDisposed()) {
                    writeResult.accept(result);
                }
            });
        }
    }

    private static final class Content implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return input instanceof List<?> list ? list.toArray() : new Object[0];
        }

        @Override
        public Object[] getChildren(Object parent) {
            return parent instanceof Row row ? row.children().toArray() : new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof Row row && row.hasChildren();
        }
    }

    private static final class ByKey implements IElementComparer {
        @Override
        public boolean equals(Object a, Object b) {
            if (a instanceof Row ra && b instanceof Row rb) {
                return Objects.equals(ra.key(), rb.key());
            }
            return Objects.equals(a, b);
        }

        @Override
        public int hashCode(Object element) {
            return element instanceof Row row ? Objects.hashCode(row.key()) : Objects.hashCode(element);
        }
    }
}
