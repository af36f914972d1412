package org.wasmscope.views.common;

import java.util.List;

import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.PageBook;
import org.eclipse.ui.part.ViewPart;

/**
 * A view of the suspended abstract machine. It follows the debug context of its window (see
 * {@link DebugContextBinding}) or is given its input directly ({@link #setInput}); with no input it shows
 * why it is empty. Subclasses build their content once and fill it from each input.
 *
 * <p>The toolbar has the number format toggle and Copy (also the workbench's Copy command), which puts
 * the view's rows on the clipboard as tab-separated text.
 */
public abstract class MachineView extends ViewPart {
    private PageBook book;
    private Composite emptyPage;
    private Label emptyText;
    private Composite contentPage;
    private Label header;
    private NumberFormat format = NumberFormat.DECIMAL;
    private MachineInput input;
    private DebugContextBinding binding;

    @Override
    public final void createPartControl(Composite parent) {
        book = new PageBook(parent, SWT.NONE);
        emptyPage = new Composite(book, SWT.NONE);
        GridLayout emptyLayout = new GridLayout(1, false);
        emptyLayout.marginWidth = 8;
        emptyLayout.marginHeight = 6;
        emptyPage.setLayout(emptyLayout);
        emptyText = new Label(emptyPage, SWT.WRAP);
        emptyText.setText(emptyMessage());
        emptyText.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        contentPage = new Composite(book, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 2;
        contentPage.setLayout(layout);
        header = new Label(contentPage, SWT.NONE);
        GridData headerData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        headerData.horizontalIndent = 4;
        header.setLayoutData(headerData);
        Control content = createContent(contentPage);
        content.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        book.showPage(emptyPage);
        contributeActions(getViewSite().getActionBars());
        binding = new DebugContextBinding(this, getSite().getWorkbenchWindow());
        binding.start();
    }

    private void contributeActions(IActionBars bars) {
        IToolBarManager toolbar = bars.getToolBarManager();
        addToolbarActions(toolbar);
        if (formatsNumbers()) {
            toolbar.add(new NumberFormatAction(this));
        }
        CopyAction copy = new CopyAction(this);
        toolbar.add(copy);
        bars.setGlobalActionHandler(ActionFactory.COPY.getId(), copy);
        bars.updateActionBars();
    }

    /** Adds view-specific actions before the common ones. */
    protected void addToolbarActions(IToolBarManager toolbar) {
    }

    /** Whether the view writes numbers in the {@link #numberFormat()} (then its toolbar has the toggle). */
    protected boolean formatsNumbers() {
        return true;
    }

    /** Builds the view's controls (once); they are shown while there is an input. */
    protected abstract Control createContent(Composite parent);

    /** Fills the content from {@code input} (never null), on the UI thread. */
    protected abstract void show(MachineInput input);

    /** Redraws the content in the new {@link #numberFormat()}. */
    protected abstract void formatChanged();

    /**
     * The rows the view shows now, one line each (columns joined by {@code separator}, children indented);
     * with {@code marks}, changed rows start with {@code *} and emphasized ones with {@code >}. Copy uses
     * these lines, tests assert them.
     */
    public abstract List<String> lines(String separator, boolean marks);

    /** The lines that Copy puts on the clipboard: the selected rows, or all when none is selected. */
    protected List<String> copyLines() {
        return lines("\t", false);
    }

    /** The text shown when nothing is suspended. */
    protected abstract String emptyMessage();

    /** Shows {@code input} (a suspension), or the empty state for null. Call on the UI thread. */
    public final void setInput(MachineInput input) {
        this.input = input;
        if (book == null || book.isDisposed()) {
            return;
        }
        if (input == null) {
            book.showPage(emptyPage);
            return;
        }
        show(input);
        book.showPage(contentPage);
        contentPage.layout(true, true);
    }

    public final MachineInput getInput() {
        return input;
    }

    /** Whether the view shows its empty state. */
    public final boolean isEmpty() {
        return input == null;
    }

    /** The empty state's text. */
    public final String emptyText() {
        return emptyText.getText();
    }

    /** The line above the content (what frame, how many entries). */
    public final String headerText() {
        return header.getText();
    }

    protected final void setHeader(String text) {
        header.setText(text);
        header.setToolTipText(text);
    }

    public final NumberFormat numberFormat() {
        return format;
    }

    public final void setNumberFormat(NumberFormat format) {
        if (this.format != format) {
            this.format = format;
            if (input != null) {
                formatChanged();
            }
        }
    }

    /** Puts {@link #copyLines()} on the clipboard. */
    public final void copyToClipboard() {
        List<String> lines = copyLines();
        if (lines.isEmpty()) {
            return;
        }
        copyToClipboard(String.join(System.lineSeparator(), lines) + System.lineSeparator());
    }

    /** Puts {@code text} on the clipboard. */
    protected final void copyToClipboard(String text) {
        Clipboard clipboard = new Clipboard(book.getDisplay());
        try {
            clipboard.setContents(new Object[] {text}, new Transfer[] {TextTransfer.getInstance()});
        } finally {
            clipboard.dispose();
        }
    }

    /**
     * After a write to the machine (a local, a global): on success every machine view of the page rereads
     * the session's new snapshot; a refusal is shown in the status line.
     */
    protected final void written(String refusal) {
        IStatusLineManager status = getViewSite().getActionBars().getStatusLineManager();
        status.setErrorMessage(refusal);
        if (refusal != null || input == null) {
            return;
        }
        MachineInput reread = new MachineInput(input.session(), input.session().snapshot(), input.frame());
        for (IViewReference ref : getSite().getPage().getViewReferences()) {
            if (ref.getPart(false) instanceof MachineView view && view.getInput() != null
                    && view.getInput().session() == input.session()) {
                view.setInput(reread);
            }
        }
        setInput(reread);
    }

    @Override
    public void setFocus() {
        book.setFocus();
    }

    @Override
    public void dispose() {
        if (binding != null) {
            binding.stop();
        }
        super.dispose();
    }
}
