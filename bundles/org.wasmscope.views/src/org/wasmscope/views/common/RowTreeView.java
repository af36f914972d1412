package org.wasmscope.views.common;

import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.wasmscope.runtime.debug.Session;

/** A {@link MachineView} whose content is one {@link RowTree}. */
public abstract class RowTreeView extends MachineView {
    private RowTree tree;
    private Session shownSession;

    @Override
    protected Control createContent(Composite parent) {
        tree = new RowTree(parent, this::numberFormat, columns());
        tree.onWrite(this::written);
        configure(tree);
        return tree.viewer().getControl();
    }

    /** The tree's columns. */
    protected abstract List<Column> columns();

    /** Further set-up of the tree (expansion level, listeners). */
    protected void configure(RowTree tree) {
    }

    /** The rows for {@code input}. */
    protected abstract List<? extends Row> rows(MachineInput input);

    @Override
    protected void show(MachineInput input) {
        if (input.session() != shownSession) {
            tree.forgetExpansion();
            shownSession = input.session();
        }
        tree.setRows(rows(input));
    }

    @Override
    protected void formatChanged() {
        tree.relabel();
    }

    @Override
    public List<String> lines(String separator, boolean marks) {
        return tree.lines(separator, marks);
    }

    @Override
    protected List<String> copyLines() {
        return tree.selectedOrAllLines("\t");
    }

    public final RowTree tree() {
        return tree;
    }
}
