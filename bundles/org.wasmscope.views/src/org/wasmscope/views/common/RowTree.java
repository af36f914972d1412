package org.wasmscope.views.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IElementComparer;
import org.eclipse.jface.viewers.ITreeContentProvider;
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
        }
        viewer.setUseHashlookup(true);
        viewer.setComparer(new ByKey());
        viewer.setContentProvider(new Content());
        ColumnViewerToolTipSupport.enableFor(viewer, ToolTip.NO_RECREATE);
    }

    public TreeViewer viewer() {
        return viewer;
    }

    /** Shows {@code rows}, keeping what was expanded and selected when the same rows are still there. */
    public void setRows(List<? extends Row> rows) {
        Tree tree = viewer.getTree();
        tree.setRedraw(false);
        try {
            Object[] expanded = viewer.getExpandedElements();
            viewer.setInput(rows);
            viewer.setExpandedElements(expanded);
        } finally {
            tree.setRedraw(true);
        }
    }

    /** Redraws the labels (after the number format changed). */
    public void relabel() {
        viewer.refresh(true);
    }

    /**
     * The text of every row the tree shows (expanded rows with their children), one line each, indented
     * by two spaces a level, columns joined by {@code separator}. With {@code marks}, a changed row starts
     * with {@code "*"} and an emphasized one with {@code ">"}: how tests see highlighting without pixels.
     */
    public List<String> lines(String separator, boolean marks) {
        List<String> out = new ArrayList<>();
        for (TreeItem item : viewer.getTree().getItems()) {
            collect(item, 0, separator, marks, out);
        }
        return out;
    }

    private void collect(TreeItem item, int depth, String separator, boolean marks, List<String> out) {
        StringBuilder b = new StringBuilder("  ".repeat(depth));
        if (marks && item.getData() instanceof Row row) {
            b.append(row.emphasized() ? ">" : "").append(row.changed() ? "*" : "");
        }
        int columns = Math.max(1, viewer.getTree().getColumnCount());
        for (int i = 0; i < columns; i++) {
            if (i > 0) {
                b.append(separator);
            }
            b.append(item.getText(i));
        }
        out.add(b.toString().stripTrailing());
        if (item.getExpanded()) {
            for (TreeItem child : item.getItems()) {
                if (child.getData() != null) {
                    collect(child, depth + 1, separator, marks, out);
                }
            }
        }
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
