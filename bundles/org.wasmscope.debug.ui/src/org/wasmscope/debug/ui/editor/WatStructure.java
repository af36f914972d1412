package org.wasmscope.debug.ui.editor;

import java.util.ArrayList;
import java.util.List;

/**
 * The parenthesized structure of {@code .wat} text as it is being typed: forms, their words and where the
 * {@code $names} are defined. Unlike the runtime's parser it reads any text, unbalanced or misspelt, so that
 * the outline, Ctrl+click and content assist keep working while the module does not parse; what the text
 * means is the parser's and the validator's business ({@link WatAnalysis}).
 */
public final class WatStructure {

    /** A word of the text (keyword, {@code $name}, number, string) and where it is. */
    public record Word(String text, int start, int end) {
        boolean isName() {
            return text.startsWith("$");
        }
    }

    /** A parenthesized form {@code (keyword ...)}: its words in order and the forms inside it. */
    public static final class Form {
        final Form parent;
        final int start;
        /** After the closing parenthesis, or the end of the text if it is missing. */
        int end;
        final List<Word> words = new ArrayList<>();
        final List<Form> forms = new ArrayList<>();
        /** Words and forms in text order. */
        final List<Object> items = new ArrayList<>();

        Form(Form parent, int start) {
            this.parent = parent;
            this.start = start;
        }

        /** The word right after the parenthesis, or "" if a form or nothing comes first. */
        public String keyword() {
            return !items.isEmpty() && items.get(0) instanceof Word w ? w.text : "";
        }

        /** The {@code $name} right after the keyword, or null. */
        public Word id() {
            return items.size() > 1 && items.get(0) instanceof Word && items.get(1) instanceof Word w && w.isName() ? w
                    : null;
        }

        public int start() {
            return start;
        }

        public int end() {
            return end;
        }

        /** The forms inside with the given keyword. */
        List<Form> forms(String keyword) {
            return forms.stream().filter(f -> f.keyword().equals(keyword)).toList();
        }

        boolean contains(int offset) {
            return start <= offset && offset < end;
        }
    }

    /** The index spaces of the text format's identifiers (spec 6.6.1), with locals and labels. */
    public enum Space {
        TYPE("type"), FUNC("func"), TABLE("table"), MEMORY("memory"), GLOBAL("global"), TAG("tag"), ELEM("elem"),
        DATA("data"), LOCAL("local"), LABEL("label");

        public final String word;

        Space(String word) {
            this.word = word;
        }

        static Space ofField(String keyword) {
            for (Space s : values()) {
                if (s.word.equals(keyword) && s.ordinal() <= DATA.ordinal()) {
                    return s;
                }
            }
            return null;
        }
    }

    /** Where {@code $name} is bound: its space, index, the name's word and the form that defines it. */
    public record Definition(Space space, int index, Word name, Form form) {
    }

    private final String text;
    private final Form root;

    private WatStructure(String text, Form root) {
        this.text = text;
        this.root = root;
    }

    public String text() {
        return text;
    }

    /** Reads {@code text}: comments and strings skipped, a missing parenthesis closed at the end. */
    public static WatStructure read(String text) {
        Form root = new Form(null, 0);
        Form current = root;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == ';' && i + 1 < n && text.charAt(i + 1) == ';') {
                while (i < n && text.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '(' && i + 1 < n && text.charAt(i + 1) == ';') {
                i = blockCommentEnd(text, i);
            } else if (c == '(') {
                Form f = new Form(current, i);
                current.forms.add(f);
                current.items.add(f);
                current = f;
                i++;
            } else if (c == ')') {
                if (current != root) {
                    current.end = i + 1;
                    current = current.parent;
                }
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else {
                int start = i;
                i = c == '"' ? stringEnd(text, i) : wordEnd(text, i);
                Word w = new Word(text.substring(start, i), start, i);
                current.words.add(w);
                current.items.add(w);
            }
        }
        for (Form f = current; f != root; f = f.parent) {
            f.end = n;
        }
        root.end = n;
        return new WatStructure(text, root);
    }

    private static int blockCommentEnd(String text, int i) {
        int depth = 0;
        int n = text.length();
        while (i < n) {
            if (text.startsWith("(;", i)) {
                depth++;
                i += 2;
            } else if (text.startsWith(";)", i)) {
                depth--;
                i += 2;
                if (depth == 0) {
                    return i;
                }
            } else {
                i++;
            }
        }
        return n;
    }

    private static int stringEnd(String text, int i) {
        int n = text.length();
        i++;
        while (i < n && text.charAt(i) != '"' && text.charAt(i) != '\n') {
            i += text.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(n, i + 1);
    }

    /** The end of the word at {@code i}: up to white space, a parenthesis, a string or a comment. */
    static int wordEnd(String text, int i) {
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '(' || c == ')' || c == '"'
                    || c == ';' && i + 1 < n && text.charAt(i + 1) == ';') {
                break;
            }
            i++;
        }
        return i;
    }

    // ---------------------------------------------------------------- the module

    /** The module's fields: the forms in {@code (module ...)}, or the top-level forms of an inline module. */
    public List<Form> fields() {
        List<Form> modules = root.forms("module");
        return modules.isEmpty() ? root.forms : modules.get(0).forms;
    }

    /** The field around {@code offset}, or null. */
    public Form fieldAt(int offset) {
        for (Form f : fields()) {
            if (f.contains(offset)) {
                return f;
            }
        }
        return null;
    }

    /** The space a field binds in, and the form with its id: an import's descriptor for an import. */
    static Form binder(Form field) {
        if (field.keyword().equals("import")) {
            return field.forms.isEmpty() ? null : field.forms.get(0);
        }
        return field;
    }

    /** Every module-level definition, named or not, with its index, in text order (types of a rec group too). */
    public List<Definition> moduleDefinitions() {
        List<Definition> out = new ArrayList<>();
        int[] next = new int[Space.values().length];
        for (Form field : fields()) {
            if (field.keyword().equals("rec")) {
                for (Form type : field.forms("type")) {
                    out.add(new Definition(Space.TYPE, next[Space.TYPE.ordinal()]++, type.id(), type));
                }
                continue;
            }
            Form binder = binder(field);
            Space space = binder == null ? null : Space.ofField(binder.keyword());
            if (space != null) {
                out.add(new Definition(space, next[space.ordinal()]++, binder.id(), field));
            }
        }
        return out;
    }

    /** The function field around {@code offset}, or null. */
    Form functionAt(int offset) {
        Form f = fieldAt(offset);
        return f != null && f.keyword().equals("func") ? f : null;
    }

    /** The parameters and locals of a function field, named or not, in index order. */
    static List<Definition> locals(Form func) {
        List<Definition> out = new ArrayList<>();
        for (Form f : func.forms) {
            if (f.keyword().equals("param") || f.keyword().equals("local")) {
                Word id = f.id();
                if (id != null) {
                    out.add(new Definition(Space.LOCAL, out.size(), id, f));
                } else {
                    for (int k = 1; k < f.words.size(); k++) {
                        out.add(new Definition(Space.LOCAL, out.size(), null, f));
                    }
                }
            }
        }
        return out;
    }

    /** The named labels of a function field: of folded and of flat blocks, loops, ifs and try_tables. */
    static List<Definition> labels(Form func) {
        List<Definition> out = new ArrayList<>();
        collectLabels(func, out);
        return out;
    }

    private static void collectLabels(Form form, List<Definition> out) {
        Word previous = null;
        for (Object item : form.items) {
            if (item instanceof Form f) {
                collectLabels(f, out);
                previous = null;
            } else if (item instanceof Word w) {
                if (w.isName() && previous != null && BLOCKS.contains(previous.text)) {
                    out.add(new Definition(Space.LABEL, out.size(), w, form));
                }
                previous = w;
            }
        }
    }

    private static final List<String> BLOCKS = List.of("block", "loop", "if", "try_table");

    // ---------------------------------------------------------------- names in use

    /** The word at {@code offset} (inside it or just after it), or null. */
    public Word wordAt(int offset) {
        return wordAt(root, offset);
    }

    private static Word wordAt(Form form, int offset) {
        for (Object item : form.items) {
            if (item instanceof Word w && w.start <= offset && offset <= w.end) {
                return w;
            }
            if (item instanceof Form f && f.start <= offset && offset <= f.end) {
                Word inner = wordAt(f, offset);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    /** The innermost form around {@code offset}. */
    Form formAt(int offset) {
        Form at = root;
        search: while (true) {
            for (Form f : at.forms) {
                if (f.start < offset && offset < f.end) {
                    at = f;
                    continue search;
                }
            }
            return at;
        }
    }

    /**
     * The spaces a {@code $name} at {@code offset} refers to, from the instruction or form it follows:
     * {@code local.get $x} a local, {@code (call $f} a function, ...; none when nothing says.
     */
    public List<Space> spacesAt(int offset) {
        Form form = formAt(offset);
        String keyword = null;
        for (Object item : form.items) {
            if (item instanceof Word w && w.start < offset) {
                if (!w.isName() && !Character.isDigit(w.text.charAt(0))) {
                    keyword = w.text;
                }
            } else if (item instanceof Form f && f.start < offset) {
                keyword = null;
            }
        }
        return keyword == null ? List.of() : spacesAfter(keyword);
    }

    /** The spaces the immediates of {@code keyword} refer to. */
    static List<Space> spacesAfter(String keyword) {
        if (keyword.startsWith("local.")) {
            return List.of(Space.LOCAL);
        }
        if (keyword.startsWith("global.")) {
            return List.of(Space.GLOBAL);
        }
        if (keyword.startsWith("br") || keyword.equals("catch_all") || keyword.equals("catch_all_ref")) {
            return List.of(Space.LABEL);
        }
        if (keyword.equals("catch") || keyword.equals("catch_ref") || keyword.startsWith("throw") || keyword.equals("tag")) {
            return List.of(Space.TAG, Space.LABEL);
        }
        if (keyword.equals("call") || keyword.equals("return_call") || keyword.equals("ref.func")
                || keyword.equals("func") || keyword.equals("start")) {
            return List.of(Space.FUNC);
        }
        if (keyword.endsWith("call_indirect")) {
            return List.of(Space.TABLE, Space.TYPE);
        }
        if (keyword.equals("type") || keyword.equals("ref") || keyword.equals("ref.null") || keyword.endsWith("call_ref")
                || keyword.startsWith("struct.") || keyword.startsWith("array.") || keyword.startsWith("ref.")
                || keyword.equals("sub")) {
            return List.of(Space.TYPE);
        }
        if (keyword.equals("table.init")) {
            return List.of(Space.TABLE, Space.ELEM);
        }
        if (keyword.equals("memory.init")) {
            return List.of(Space.MEMORY, Space.DATA);
        }
        if (keyword.startsWith("table.") || keyword.equals("table")) {
            return List.of(Space.TABLE);
        }
        if (keyword.startsWith("elem.") || keyword.equals("elem")) {
            return List.of(Space.ELEM);
        }
        if (keyword.startsWith("data.") || keyword.equals("data")) {
            return List.of(Space.DATA);
        }
        if (keyword.startsWith("memory.") || keyword.equals("memory") || keyword.contains(".load")
                || keyword.contains(".store")) {
            return List.of(Space.MEMORY);
        }
        return List.of();
    }

    /** The definitions visible at {@code offset} in {@code space}: a function's locals and labels, or the module's. */
    public List<Definition> visible(Space space, int offset) {
        if (space == Space.LOCAL || space == Space.LABEL) {
            Form func = functionAt(offset);
            if (func == null) {
                return List.of();
            }
            // a label is in scope inside its block: a folded block's form; a flat block's is not marked, the
            // form around it is taken instead
            return space == Space.LOCAL ? locals(func)
                    : labels(func).stream().filter(d -> d.name().start < offset && d.form().contains(offset)).toList();
        }
        return moduleDefinitions().stream().filter(d -> d.space() == space).toList();
    }

    /**
     * Where {@code name} is defined: in the spaces its place implies ({@link #spacesAt}), else in any; null if
     * nowhere.
     */
    public Definition definitionOf(Word name) {
        if (name == null || !name.isName()) {
            return null;
        }
        List<Space> spaces = new ArrayList<>(spacesAt(name.start));
        for (Space s : Space.values()) {
            if (!spaces.contains(s)) {
                spaces.add(s);
            }
        }
        for (Space space : spaces) {
            List<Definition> candidates = visible(space, name.start);
            // labels: the innermost one, i.e. the last defined before the use
            for (int k = candidates.size() - 1; k >= 0; k--) {
                Definition d = candidates.get(k);
                if (d.name() != null && d.name().text.equals(name.text)) {
                    return d;
                }
            }
        }
        return null;
    }
}
