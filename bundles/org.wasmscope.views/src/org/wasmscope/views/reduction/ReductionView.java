package org.wasmscope.views.reduction;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.wasmscope.runtime.debug.Frame;
import org.wasmscope.runtime.debug.Session;
import org.wasmscope.runtime.debug.Snapshot;
import org.wasmscope.runtime.debug.SuspendReason;
import org.wasmscope.runtime.reduction.Configuration;
import org.wasmscope.runtime.reduction.Reduction;
import org.wasmscope.runtime.reduction.Row;
import org.wasmscope.runtime.reduction.Rule;
import org.wasmscope.runtime.reduction.Step;
import org.wasmscope.views.common.MachineInput;
import org.wasmscope.views.common.MachineView;
import org.wasmscope.views.common.SuspensionText;

/**
 * The suspended machine as the specification writes it: the configuration (spec 4.2.13, values as value
 * instructions, frames, labels and handlers around what they govern) with the redex highlighted; beside it
 * the rule of the next step with the live values in, the step just taken as before ↪ after, and the history
 * of the steps taken in this session. Copy as text and Copy as LaTeX put the configuration and the history
 * on the clipboard.
 *
 * <p>A step is known exactly when one instruction ran since the last suspension (step into, a step over
 * anything but a call, a trap); after a resume or a step over a call the history shows {@code ⋯}.
 */
public class ReductionView extends MachineView {
    public static final String ID = "org.wasmscope.views.reduction";
    /** Steps kept in the history. */
    static final int HISTORY = 1000;
    private static final Color REDEX = new Color(255, 236, 150);
    private static final Color NOTE = new Color(110, 110, 110);

    private StyledText configuration;
    private StyledText nextText;
    private StyledText lastText;
    private StyledText history;

    /** The session whose steps the history holds, and the suspension the next step is of. */
    private Session session;
    private Snapshot current;
    private Configuration config;
    private Step next;
    private Step last;
    /** Steps taken, oldest first; null where steps went by unseen. */
    private final List<Step> steps = new ArrayList<>();

    @Override
    protected Control createContent(Composite parent) {
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        configuration = text(sash, SWT.H_SCROLL | SWT.V_SCROLL);
        SashForm right = new SashForm(sash, SWT.VERTICAL);
        nextText = section(right, "Next step", SWT.WRAP | SWT.V_SCROLL);
        lastText = section(right, "Step taken", SWT.WRAP | SWT.V_SCROLL);
        history = section(right, "History", SWT.H_SCROLL | SWT.V_SCROLL);
        right.setWeights(45, 20, 35);
        sash.setWeights(55, 45);
        return sash;
    }

    /** A titled text filling its part of {@code parent}. */
    private static StyledText section(Composite parent, String title, int style) {
        Composite c = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginHeight = 0;
        layout.verticalSpacing = 1;
        c.setLayout(layout);
        Label l = new Label(c, SWT.NONE);
        l.setText(title);
        l.setFont(JFaceResources.getBannerFont());
        StyledText t = text(c, style);
        t.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        return t;
    }

    private static StyledText text(Composite parent, int style) {
        StyledText t = new StyledText(parent, SWT.MULTI | SWT.READ_ONLY | style);
        t.setFont(JFaceResources.getTextFont());
        t.setMargins(4, 2, 4, 2);
        return t;
    }

    @Override
    protected void addToolbarActions(IToolBarManager toolbar) {
        toolbar.add(new Action("Copy as Text") {
            {
                setToolTipText("Copy the configuration, the next step and the history as plain text");
            }

            @Override
            public void run() {
                copyToClipboard(textExport());
            }
        });
        toolbar.add(new Action("Copy as LaTeX") {
            {
                setToolTipText("Copy the configuration and the history in LaTeX math mode");
            }

            @Override
            public void run() {
                copyToClipboard(latexExport());
            }
        });
    }

    @Override
    protected void show(MachineInput input) {
        Snapshot s = input.snapshot();
        if (input.session() != session) {
            session = input.session();
            steps.clear();
            current = null;
            last = null;
        }
        if (s != current) { // a new suspension, or a write while suspended; not a frame selected
            SuspendReason why = session.reason();
            if (current != null && s.sequence() > current.sequence()) {
                if (why instanceof SuspendReason.Trapped) {
                    last = null;
                    if (!samePosition(current, s)) { // steps ran before the one that traps
                        record(null);
                    }
                } else {
                    last = s.sequence() == current.sequence() + 1 && oneStep(why)
                            ? Reduction.taken(next, current, s.top() == null ? null : s, why, session.results())
                            : null;
                    record(last);
                }
            }
            current = s;
            config = Configuration.of(s);
            next = Reduction.next(s, why);
            if (why instanceof SuspendReason.Trapped && next != null) {
                last = next;
                record(next);
            }
        }
        render(input);
    }

    /** Whether the machine stands where it stood: as many frames, the top one at the same instruction. */
    private static boolean samePosition(Snapshot a, Snapshot b) {
        return a.frames().size() == b.frames().size() && a.top() != null
                && a.top().instrIndex() == b.top().instrIndex();
    }

    /** Whether exactly the step {@link #next} ran to reach a suspension for {@code why} (not a trap). */
    private boolean oneStep(SuspendReason why) {
        if (next == null) {
            return false;
        }
        if (why instanceof SuspendReason.Done) { // from the invoked function's last step, whatever the command
            return current.frames().size() == 1 && (next.rule().shape() == Rule.Shape.FRAME_EXIT
                    || next.rule().name().equals("return"));
        }
        return why instanceof SuspendReason.Step st && switch (st.action()) {
            case STEP_INTO -> true;
            case STEP_OVER -> next.rule().shape() != Rule.Shape.CALL;
            default -> false;
        };
    }

    private void record(Step s) {
        if (s == null && !steps.isEmpty() && steps.get(steps.size() - 1) == null) {
            return; // one gap for any number of unseen steps
        }
        steps.add(s);
        if (steps.size() > HISTORY) {
            steps.remove(0);
        }
    }

    private void render(MachineInput input) {
        Frame top = current.top();
        setHeader((top == null ? "No frame" : current.frames().size() + (current.frames().size() == 1 ? " frame" : " frames")
                + ", top " + top.displayName() + " at #" + top.instrIndex()) + "; "
                + SuspensionText.of(session, numberFormat()) + "; the redex highlighted");
        StringBuilder text = new StringBuilder();
        List<StyleRange> styles = new ArrayList<>();
        int firstRedex = -1;
        int line = 0;
        for (Row r : config.rows()) {
            int start = text.length();
            text.append("  ".repeat(r.indent())).append(r.text());
            if (r.redex()) {
                StyleRange sr = new StyleRange(start, text.length() - start, null, REDEX);
                sr.fontStyle = SWT.BOLD;
                styles.add(sr);
                firstRedex = firstRedex < 0 ? line : firstRedex;
            }
            if (!r.note().isEmpty()) {
                int at = text.length();
                text.append("   ;; ").append(r.note());
                styles.add(new StyleRange(at, text.length() - at, NOTE, null));
            }
            text.append('\n');
            line++;
        }
        if (config.rows().isEmpty()) {
            text.append("The invocation returned: ").append(SuspensionText.of(session, numberFormat()));
        }
        configuration.setText(text.toString());
        configuration.setStyleRanges(styles.toArray(StyleRange[]::new));
        configuration.setTopIndex(Math.max(0, firstRedex - 3));
        show(nextText, next == null ? "none: the invocation returned" : describe(next, true));
        show(lastText, last != null ? describe(last, false) : steps.isEmpty() ? "none yet"
                : Step.GAP + " several steps ran since the last suspension (a resume, a breakpoint, a step over a call)");
        history.setText(String.join("\n", historyLines()));
        history.setTopIndex(Math.max(0, history.getLineCount() - 1));
    }

    /** Shows {@code text} with its first line (the step) in bold. */
    private static void show(StyledText t, String text) {
        t.setText(text);
        int end = text.indexOf('\n');
        StyleRange bold = new StyleRange(0, end < 0 ? text.length() : end, null, null);
        bold.fontStyle = SWT.BOLD;
        t.setStyleRange(bold);
    }

    private static String describe(Step s, boolean rule) {
        StringBuilder b = new StringBuilder(s.line());
        if (!s.note().isEmpty()) {
            b.append("\n;; ").append(s.note());
        }
        if (rule) {
            b.append("\n\n").append(s.rule().prose()).append("\n").append(s.rule().formal()).append("\n(spec ")
                    .append(s.rule().section()).append(')');
        }
        return b.toString();
    }

    /** Values are written as the specification writes them, in decimal: no hex toggle. */
    @Override
    protected boolean formatsNumbers() {
        return false;
    }

    @Override
    protected void formatChanged() {
        // nothing depends on the format
    }

    /** The configuration's rows, indented two spaces a level, the note after the separator; {@code >} marks the redex. */
    @Override
    public List<String> lines(String separator, boolean marks) {
        List<String> out = new ArrayList<>();
        if (config == null || getInput() == null) {
            return out;
        }
        for (Row r : config.rows()) {
            out.add((marks && r.redex() ? ">" : "") + "  ".repeat(r.indent()) + r.text()
                    + (r.note().isEmpty() ? "" : separator + r.note()));
        }
        return out;
    }

    /** The next step as the view shows it: its line with the live values, or null. */
    public String nextLine() {
        return next == null || isEmpty() ? null : next.line();
    }

    /** The step just taken, or null when it is not known (a resume, a step over a call) or nothing is shown. */
    public String lastLine() {
        return last == null || isEmpty() ? null : last.line();
    }

    /** The history's lines, oldest first. */
    public List<String> historyLines() {
        List<String> out = new ArrayList<>();
        for (Step s : steps) {
            out.add(s == null ? Step.GAP : s.line());
        }
        return out;
    }

    /** The configuration, the next step and the history as plain text. */
    public String textExport() {
        if (config == null) {
            return "";
        }
        return config.text() + (next == null ? "" : "\nnext: " + next.line() + "\n") + "\nhistory:\n"
                + Step.historyText(steps);
    }

    /** The configuration and the history in LaTeX math mode. */
    public String latexExport() {
        if (config == null) {
            return "";
        }
        return "% configuration\n" + config.latex() + "% history\n" + Step.historyLatex(steps);
    }

    @Override
    protected String emptyMessage() {
        return "No WebAssembly machine is suspended.\n\nDebug a .wat or .wasm module and suspend it: this view then "
                + "shows the machine as the specification writes it, the configuration (s; f; instr*) with the redex "
                + "highlighted, and the reduction rule of each step with the live values.";
    }
}
