package org.wasmscope.runtime.reduction;

import java.util.ArrayList;
import java.util.List;

import org.wasmscope.runtime.debug.Frame;
import org.wasmscope.runtime.debug.Label;
import org.wasmscope.runtime.debug.Local;
import org.wasmscope.runtime.debug.Snapshot;
import org.wasmscope.runtime.debug.StackEntry;
import org.wasmscope.runtime.reduction.Row.Kind;
import org.wasmscope.runtime.syntax.Catch;
import org.wasmscope.runtime.syntax.Instr;
import org.wasmscope.runtime.syntax.Opcode;
import org.wasmscope.runtime.valid.Block;

/**
 * A suspended machine as the configuration {@code (s; f; instr*)} of the spec (4.2.13): the instruction
 * sequence that remains, with the operand stack written in place as value instructions and each frame, label
 * and handler an administrative instruction around the code it governs, the invoked function's frame
 * outermost. One {@link Row} per value, instruction or administrative instruction; the {@link Redex} marked.
 *
 * <p>Long parts are left out with a count, so that a deep recursion or a long function stays readable and
 * quick to build: the work is proportional to what is shown, not to the depth or the code's length.
 */
public final class Configuration {
    /** Frames shown at the bottom (the invoked function's first) and at the top when there are more. */
    static final int OUTER_FRAMES = 2;
    static final int INNER_FRAMES = 4;
    /** Values shown per label (the topmost; a redex's are always shown). */
    static final int VALUES = 8;
    /** Instructions shown after the redex, and of each continuation further out. */
    static final int NEXT_INSTRUCTIONS = 12;
    static final int LATER_INSTRUCTIONS = 4;
    /** Locals shown in a frame's row. */
    static final int LOCALS = 8;

    private final List<Row> rows = new ArrayList<>();
    private final Snapshot snapshot;
    private final Redex redex;
    private int indent;

    private Configuration(Snapshot snapshot) {
        this.snapshot = snapshot;
        this.redex = Redex.of(snapshot);
    }

    /** The configuration of the machine {@code s} shows; no rows once the invocation returned. */
    public static Configuration of(Snapshot s) {
        Configuration c = new Configuration(s);
        List<Frame> frames = s.frames();
        int n = frames.size();
        boolean elide = n > OUTER_FRAMES + INNER_FRAMES + 1;
        List<Frame> shown = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            if (!elide || k < OUTER_FRAMES || k >= n - INNER_FRAMES) {
                shown.add(frames.get(k));
            }
        }
        if (!shown.isEmpty()) {
            c.frame(shown, 0, elide ? n - OUTER_FRAMES - INNER_FRAMES : 0);
        }
        return c;
    }

    public List<Row> rows() {
        return List.copyOf(rows);
    }

    /** What the next step rewrites, or null when there is no frame. */
    public Redex redex() {
        return redex;
    }

    /** The rows as text, two spaces per level, a redex row marked {@code »}, a note after {@code ;;}. */
    public String text() {
        StringBuilder b = new StringBuilder();
        for (Row r : rows) {
            b.append(r.redex() ? "» " : "  ").append("  ".repeat(r.indent())).append(r.text());
            if (!r.note().isEmpty()) {
                b.append("   ;; ").append(r.note());
            }
            b.append('\n');
        }
        return b.toString();
    }

    /** The rows in LaTeX math mode, one line each in an array, the redex underlined. */
    public String latex() {
        StringBuilder b = new StringBuilder("\\[\n\\begin{array}{l}\n");
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            String t = Notation.latex(r.text());
            b.append("\\quad".repeat(r.indent())).append(r.redex() ? "\\underline{" + t + "}" : t);
            b.append(i < rows.size() - 1 ? " \\\\\n" : "\n");
        }
        return b.append("\\end{array}\n\\]\n").toString();
    }

    // ---------------------------------------------------------------- building

    /** Frame {@code shown.get(i)} with everything inside it; {@code hidden} frames elided above shown frame 1. */
    private void frame(List<Frame> shown, int i, int hidden) {
        Frame f = shown.get(i);
        boolean top = i == shown.size() - 1;
        int start = rows.size();
        add(Kind.FRAME, "frame_" + f.returnArity() + "{" + frameText(f) + "}", "");
        indent++;
        label(shown, i, hidden, 0);
        indent--;
        add(Kind.END, "end", "");
        if (top && redex.extent() == Redex.Extent.FRAME) {
            mark(start, rows.size());
        }
    }

    /** The spec's frame {locals, module} with the function's name, e.g. {@code func 0 $fac; locals (i32.const 3)}. */
    static String frameText(Frame f) {
        StringBuilder b = new StringBuilder(f.displayName()).append("; locals");
        List<Local> locals = f.locals();
        for (int i = 0; i < Math.min(LOCALS, locals.size()); i++) {
            b.append(' ').append(Notation.value(locals.get(i).value()));
        }
        if (locals.size() > LOCALS) {
            b.append(' ').append(Notation.ELIDED).append(' ').append(locals.size() - LOCALS).append(" more");
        }
        if (locals.isEmpty()) {
            b.append(' ').append(Notation.EMPTY);
        }
        return b.toString();
    }

    /** Label {@code l} (0 the function body's) of shown frame {@code i}, and what it governs. */
    private void label(List<Frame> shown, int i, int hidden, int l) {
        Frame f = shown.get(i);
        boolean top = i == shown.size() - 1;
        Label label = f.labels().get(l);
        boolean innermost = l == f.labels().size() - 1;
        int start = rows.size();
        boolean handler = label.kind() == Label.Kind.TRY_TABLE;
        if (handler) {
            add(Kind.HANDLER, "handler_" + label.arity() + "{" + catches(f, label) + "}", "");
            indent++;
        }
        add(Kind.LABEL, labelText(f, label), labelNote(label));
        indent++;
        int labelStart = rows.size() - 1;
        values(f, l, top && innermost && redex.extent() == Redex.Extent.INSTRUCTION ? redex.values() : 0);
        if (!innermost) {
            label(shown, i, hidden, l + 1);
            Label inner = f.labels().get(l + 1);
            instructions(f, inner.end() + 1, stop(f, label, inner.opener()), LATER_INSTRUCTIONS, false);
        } else if (top) {
            instructions(f, f.instrIndex(), stop(f, label, f.instrIndex()), NEXT_INSTRUCTIONS,
                    redex.extent() == Redex.Extent.INSTRUCTION);
        } else {
            if (i == OUTER_FRAMES - 1 && hidden > 0) {
                add(Kind.ELIDED, Notation.ELIDED + " " + hidden + " frames " + Notation.ELIDED, "");
                indent++;
                frame(shown, i + 1, 0);
                indent--;
                add(Kind.ELIDED, Notation.ELIDED + " the rest of " + hidden + " frames " + Notation.ELIDED, "");
            } else {
                frame(shown, i + 1, hidden);
            }
            instructions(f, f.instrIndex() + 1, stop(f, label, f.instrIndex()), LATER_INSTRUCTIONS, false);
        }
        indent--;
        add(Kind.END, "end", "");
        if (handler) {
            indent--;
            add(Kind.END, "end", "");
        }
        if (top && innermost) {
            switch (redex.extent()) {
                case LABEL -> mark(labelStart, rows.size());
                case HANDLER -> mark(start, rows.size());
                default -> {
                }
            }
        }
    }

    /** Where the code label {@code label} governs ends, seen from position {@code at} inside it: a then branch ends at its else. */
    private static int stop(Frame f, Label label, int at) {
        if (label.kind() == Label.Kind.IF) {
            Block b = block(f, label.opener());
            if (b.elseIndex() >= 0 && at <= b.elseIndex()) {
                return b.elseIndex();
            }
        }
        return label.end();
    }

    private static Block block(Frame f, int opener) {
        for (Block b : f.function().code.blocks) {
            if (b.start() == opener) {
                return b;
            }
        }
        throw new IllegalArgumentException("no block at " + opener);
    }

    /** A label of frame {@code f} as the spec writes it: {@code label_1{ε}}, {@code label_0{loop ⋯}}. */
    static String labelText(Frame f, Label label) {
        return "label_" + label.arity() + "{" + continuation(f, label) + "}";
    }

    /** The label's continuation: ε, or for a loop the loop instruction again. */
    static String continuation(Frame f, Label label) {
        if (label.kind() != Label.Kind.LOOP) {
            return Notation.EMPTY;
        }
        return f.function().func.body[label.opener()] + " " + Notation.ELIDED;
    }

    private static String labelNote(Label label) {
        String kind = label.kind() == Label.Kind.ELSE ? "if, else branch" : label.kind().name().toLowerCase();
        return label.kind() == Label.Kind.FUNCTION ? "function body"
                : (label.name() != null ? "$" + label.name() + ", " : "") + kind + " @" + label.opener();
    }

    private static String catches(Frame f, Label label) {
        StringBuilder b = new StringBuilder();
        for (Catch c : f.function().func.body[label.opener()].catches) {
            b.append(b.length() > 0 ? " " : "").append(c);
        }
        return b.toString();
    }

    /** The values of frame {@code f} owned by its label {@code l}; the top {@code redexValues} of them marked. */
    private void values(Frame f, int l, int redexValues) {
        List<StackEntry> own = new ArrayList<>();
        int depth = f.labels().size() - 1 - l;
        for (StackEntry e : snapshot.stackOf(f.index())) {
            if (e.labelDepth() == depth) {
                own.add(e);
            }
        }
        int show = Math.max(VALUES, redexValues);
        if (own.size() > show) {
            add(Kind.ELIDED, Notation.ELIDED + " " + (own.size() - show) + " values", "");
        }
        for (int k = Math.max(0, own.size() - show); k < own.size(); k++) {
            rows.add(new Row(indent, Kind.VALUE, Notation.value(own.get(k).value()), "",
                    k >= own.size() - redexValues));
        }
    }

    /** Instructions {@code from} (inclusive) to {@code to} (exclusive), at most {@code max}; the first marked if asked. */
    private void instructions(Frame f, int from, int to, int max, boolean markFirst) {
        Instr[] body = f.function().func.body;
        int nest = 0; // structured instructions not yet entered are indented by their nesting
        int shownTo = Math.min(to, from + max);
        for (int i = from; i < shownTo; i++) {
            Instr in = body[i];
            if (in.op == Opcode.END) {
                nest--;
            }
            int level = indent + Math.max(0, in.op == Opcode.ELSE ? nest - 1 : nest);
            // a structured instruction is one instruction of the spec's syntax: the redex runs to its end
            rows.add(new Row(level, Notation.isValue(in.op) ? Kind.VALUE : Kind.INSTRUCTION,
                    Notation.isValue(in.op) ? "(" + in + ")" : in.toString(), "", markFirst));
            if (in.op == Opcode.BLOCK || in.op == Opcode.LOOP || in.op == Opcode.IF || in.op == Opcode.TRY_TABLE) {
                nest++;
            }
            if (nest == 0) {
                markFirst = false;
            }
        }
        if (to > shownTo) {
            add(Kind.ELIDED, Notation.ELIDED + " " + (to - shownTo) + " instructions", "");
        }
    }

    private void add(Kind kind, String text, String note) {
        rows.add(new Row(indent, kind, text, note, false));
    }

    private void mark(int from, int to) {
        for (int i = from; i < to; i++) {
            Row r = rows.get(i);
            rows.set(i, new Row(r.indent(), r.kind(), r.text(), r.note(), true));
        }
    }
}
