package org.wasmscope.runtime.reduction;

import java.util.List;

/**
 * One step written as its rule with the live values in place: {@code before ↪ after} over the redex, e.g.
 * {@code (i32.const 3) (i32.const 4) i32.add ↪ (i32.const 7)}. The next step's {@code after} is what the rule
 * says it becomes, with the values known so far ({@code (i32.const add(3, 4))}); a step taken has the
 * result itself.
 *
 * @param rule   the rule
 * @param before the redex, values in place
 * @param after  what replaces it ({@code trap} for a step that traps)
 * @param note   what the notation leaves implicit: the label a branch takes, the frame a call pushes, where
 *               execution continues, the trap's condition; or empty
 */
public record Step(Rule rule, String before, String after, String note) {
    /** How a history writes steps that went by unseen (a resume, a step over a call). */
    public static final String GAP = Notation.ELIDED;

    /** {@code RULE: BEFORE ↪ AFTER}. */
    public String line() {
        return rule.name() + ": " + before + " " + Notation.STEP + " " + after;
    }

    /** The line in LaTeX math mode (without the math delimiters). */
    public String latex() {
        return "\\text{" + rule.name().replace("_", "\\_").replace("$", "\\$") + "}:~" + Notation.latex(before)
                + " \\hookrightarrow " + Notation.latex(after);
    }

    /** Steps as text, one {@link #line()} each, the note after {@code ;;}; a null (steps unseen) as {@link #GAP}. */
    public static String historyText(List<Step> steps) {
        StringBuilder b = new StringBuilder();
        for (Step s : steps) {
            if (s == null) {
                b.append(GAP).append('\n');
                continue;
            }
            b.append(s.line());
            if (!s.note().isEmpty()) {
                b.append("   ;; ").append(s.note());
            }
            b.append('\n');
        }
        return b.toString();
    }

    /** Steps in LaTeX: a displayed array, one step a line; a null (steps unseen) as {@code \vdots}. */
    public static String historyLatex(List<Step> steps) {
        StringBuilder b = new StringBuilder("\\[\n\\begin{array}{l}\n");
        for (int i = 0; i < steps.size(); i++) {
            b.append(steps.get(i) == null ? "\\vdots" : steps.get(i).latex()).append(i < steps.size() - 1 ? " \\\\\n" : "\n");
        }
        return b.append("\\end{array}\n\\]\n").toString();
    }
}
