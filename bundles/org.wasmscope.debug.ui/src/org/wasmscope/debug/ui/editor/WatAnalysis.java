package org.wasmscope.debug.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.wasmscope.debug.ui.editor.ModuleProblems.Problem;
import org.wasmscope.runtime.InvalidException;
import org.wasmscope.runtime.MalformedException;
import org.wasmscope.runtime.WasmException;
import org.wasmscope.runtime.syntax.ExternKind;
import org.wasmscope.runtime.syntax.Instr;
import org.wasmscope.runtime.syntax.Module;
import org.wasmscope.runtime.text.TextParser;
import org.wasmscope.runtime.valid.InstrType;
import org.wasmscope.runtime.valid.ValidModule;
import org.wasmscope.runtime.valid.Validator;

/**
 * What the runtime's parser and validator say about {@code .wat} text: its problems at their places and,
 * for a valid module, the type of each instruction.
 *
 * <p>The parser stops at its first error. To report more, the field holding the error is replaced by a
 * stand-in of the same kind and name (so that the rest still finds its {@code $name}) and the text is
 * parsed again, up to {@link #MAX_SYNTAX_ERRORS} times: one syntax error per field. The stand-in keeps
 * every other character where it was, so later errors keep their positions. The module parsed with stand-ins
 * is validated too, reporting every fault, each function's first, except those the stand-ins may have caused
 * ({@link StandIns}); only text that parses as it is gets instruction types.
 */
public final class WatAnalysis {
    static final int MAX_SYNTAX_ERRORS = 20;

    private final WatStructure structure;
    private final List<Problem> problems = new ArrayList<>();
    private Module module;
    private ValidModule valid;

    private WatAnalysis(String text) {
        structure = WatStructure.read(text);
    }

    public static WatAnalysis of(String text) {
        WatAnalysis a = new WatAnalysis(text);
        a.run();
        return a;
    }

    public WatStructure structure() {
        return structure;
    }

    public List<Problem> problems() {
        return problems;
    }

    private void run() {
        String text = structure.text();
        String attempt = text;
        List<WatStructure.Form> replaced = new ArrayList<>();
        Module parsed = null;
        for (int k = 0; k < MAX_SYNTAX_ERRORS; k++) {
            try {
                parsed = TextParser.parseModule(attempt);
                break;
            } catch (MalformedException e) {
                problems.add(problem(e));
                int offset = offset(text, e.line, e.column);
                WatStructure.Form field = structure.fieldAt(offset);
                if (field == null || replaced.contains(field)) {
                    break;
                }
                replaced.add(field);
                attempt = attempt.substring(0, field.start()) + StandIn.of(field, attempt)
                        + attempt.substring(field.end());
            }
        }
        if (parsed == null) {
            return;
        }
        StandIns standIns = new StandIns(structure, replaced);
        List<InvalidException> faults = Validator.faults(parsed);
        for (InvalidException e : faults) {
            if (!standIns.mayHaveCaused(e)) {
                problems.add(problem(e));
            }
        }
        if (replaced.isEmpty()) {
            module = parsed;
            if (faults.isEmpty()) {
                valid = Validator.validate(module);
            }
        }
    }

    private Problem problem(WasmException e) {
        String text = structure.text();
        int start = e.line > 0 ? offset(text, e.line, e.column) : moduleStart();
        if (start == text.length() && start > 0) {
            start--; // the end of the input: its last character
        }
        int end = WatStructure.wordEnd(text, start);
        if (end == start) {
            end = Math.min(text.length(), start + 1);
        }
        int line = e.line > 0 ? e.line : lineOf(text, start);
        return new Problem(e.getMessage(), e.errorClass(), line, start, end, -1);
    }

    /** Where a fault without a position is shown: at the module's first word. */
    private int moduleStart() {
        String text = structure.text();
        int i = 0;
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '(')) {
            i++;
        }
        return Math.min(i, text.length());
    }

    /** The character offset of a 1-based line and column as the runtime's lexer counts them. */
    static int offset(String text, int line, int column) {
        int offset = 0;
        for (int l = 1; l < line; l++) {
            int nl = text.indexOf('\n', offset);
            if (nl < 0) {
                return text.length();
            }
            offset = nl + 1;
        }
        return Math.min(text.length(), offset + column - 1);
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /**
     * The instruction written around {@code offset} with its type, e.g. {@code i64.lt_u : [i64 i64] -> [i32]};
     * null if none is there or the module is not valid.
     */
    public String instructionTypeAt(int offset) {
        if (valid == null) {
            return null;
        }
        int imported = module.importCount(ExternKind.FUNC);
        for (int f = 0; f < module.funcs.size(); f++) {
            Instr[] body = module.funcs.get(f).body;
            for (int i = 0; i < body.length; i++) {
                Instr in = body[i];
                if (in.textStart <= offset && offset < in.textEnd) {
                    InstrType type = Validator.instrType(valid, imported + f, i);
                    return structure.text().substring(in.textStart, in.textEnd) + " : " + type;
                }
            }
        }
        return null;
    }

    /**
     * A field's stand-in: the same kind of field with the same {@code $name}, on the field's first line and
     * padded with spaces to the field's length (its line breaks kept), or just spaces if it does not fit.
     */
    static final class StandIn {
        private StandIn() {
        }

        static String of(WatStructure.Form field, String text) {
            String original = text.substring(field.start(), field.end());
            String stub = stub(field);
            int firstLine = original.indexOf('\n');
            boolean fits = stub.length() <= (firstLine < 0 ? original.length() : firstLine);
            StringBuilder b = new StringBuilder(original.length());
            for (int i = 0; i < original.length(); i++) {
                char c = original.charAt(i);
                b.append(c == '\n' || c == '\r' ? c : fits && i < stub.length() ? stub.charAt(i) : ' ');
            }
            return b.toString();
        }

        private static String stub(WatStructure.Form field) {
            WatStructure.Form binder = WatStructure.binder(field);
            if (binder == null) {
                return "";
            }
            String id = binder.id() == null ? "" : " " + binder.id().text();
            String definition = switch (binder.keyword()) {
                case "func" -> "(func" + id + ")";
                case "type" -> "(type" + id + " (func))";
                case "table" -> "(table" + id + " 0 funcref)";
                case "memory" -> "(memory" + id + " 0)";
                case "global" -> binder == field ? "(global" + id + " i32 (i32.const 0))" : "(global" + id + " i32)";
                case "tag" -> "(tag" + id + ")";
                case "elem" -> "(elem" + id + ")";
                case "data" -> "(data" + id + ")";
                default -> "";
            };
            return binder == field || definition.isEmpty() ? definition : "(import \"\" \"\" " + definition + ")";
        }
    }
}
