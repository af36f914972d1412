package org.wasmscope.runtime.tests.binary;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Test-only extraction of the binary modules of a .wast script: {@code (module binary "..." ...)} at top
 * level and inside assertions, with the assertion's kind and expected message. It only reads
 * S-expressions, strings and comments; it is not a text-format parser.
 */
final class WastBinaries {
    /** One binary module: how the script uses it, its bytes, the expected message (or null), its line. */
    record Case(String kind, byte[] bytes, String message, int line) {
        @Override
        public String toString() {
            return kind + " at line " + line + (message == null ? "" : " \"" + message + "\"");
        }
    }

    private WastBinaries() {
    }

    static List<Case> extract(String text) {
        List<Case> out = new ArrayList<>();
        Parser p = new Parser(text);
        for (Object top : p.all()) {
            if (!(top instanceof Sexp s) || s.items.isEmpty() || !(s.items.get(0) instanceof String head)) {
                continue;
            }
            if (head.equals("module")) {
                byte[] b = binary(s);
                if (b != null) {
                    out.add(new Case("module", b, null, s.line));
                }
            } else if (head.startsWith("assert_") && s.items.size() >= 2 && s.items.get(1) instanceof Sexp mod
                    && !mod.items.isEmpty() && "module".equals(mod.items.get(0))) {
                byte[] b = binary(mod);
                Object last = s.items.get(s.items.size() - 1);
                if (b != null) {
                    out.add(new Case(head, b, last instanceof Str str ? str.text() : null, s.line));
                }
            }
        }
        return out;
    }

    /** The concatenated strings after {@code binary} in a module form, or null if it is not binary. */
    private static byte[] binary(Sexp module) {
        int i = 1;
        if (i < module.items.size() && module.items.get(i) instanceof String id && id.startsWith("$")) {
            i++;
        }
        if (i >= module.items.size() || !"binary".equals(module.items.get(i))) {
            return null;
        }
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (i++; i < module.items.size(); i++) {
            if (module.items.get(i) instanceof Str s) {
                b.writeBytes(s.bytes);
            }
        }
        return b.toByteArray();
    }

    private static final class Sexp {
        final List<Object> items = new ArrayList<>();
        final int line;

        Sexp(int line) {
            this.line = line;
        }
    }

    private record Str(byte[] bytes) {
        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** Atoms become String, strings Str, lists Sexp. */
    private static final class Parser {
        private final String t;
        private int pos;
        private int line = 1;

        Parser(String t) {
            this.t = t;
        }

        List<Object> all() {
            List<Object> out = new ArrayList<>();
            while (true) {
                skipSpace();
                if (pos >= t.length()) {
                    return out;
                }
                out.add(item());
            }
        }

        private Object item() {
            char c = t.charAt(pos);
            if (c == '(') {
                Sexp s = new Sexp(line);
                pos++;
                while (true) {
                    skipSpace();
                    if (pos >= t.length()) {
                        throw new IllegalStateException("unclosed ( at line " + s.line);
                    }
                    if (t.charAt(pos) == ')') {
                        pos++;
                        return s;
                    }
                    s.items.add(item());
                }
            }
            if (c == '"') {
                return string();
            }
            int start = pos;
            while (pos < t.length() && !Character.isWhitespace(t.charAt(pos)) && "()\";".indexOf(t.charAt(pos)) < 0) {
                pos++;
            }
            if (pos == start) { // a lone ';' that does not start a comment
                pos++;
            }
            return t.substring(start, pos);
        }

        private Str string() {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            pos++;
            while (t.charAt(pos) != '"') {
                int c = t.codePointAt(pos);
                pos += Character.charCount(c);
                if (c == '\n') {
                    line++;
                }
                if (c != '\\') {
                    b.writeBytes(Character.toString(c).getBytes(StandardCharsets.UTF_8));
                    continue;
                }
                char e = t.charAt(pos++);
                switch (e) {
                    case 'n' -> b.write('\n');
                    case 't' -> b.write('\t');
                    case 'r' -> b.write('\r');
                    case '"', '\'', '\\' -> b.write(e);
                    case 'u' -> { // \\u{hex}
                        int close = t.indexOf('}', pos);
                        int cp = Integer.parseInt(t.substring(pos + 1, close), 16);
                        b.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
                        pos = close + 1;
                    }
                    default -> {
                        b.write(Integer.parseInt(t.substring(pos - 1, pos + 1), 16));
                        pos++;
                    }
                }
            }
            pos++;
            return new Str(b.toByteArray());
        }

        private void skipSpace() {
            while (pos < t.length()) {
                char c = t.charAt(pos);
                if (c == '\n') {
                    line++;
                    pos++;
                } else if (Character.isWhitespace(c)) {
                    pos++;
                } else if (t.startsWith(";;", pos)) {
                    while (pos < t.length() && t.charAt(pos) != '\n') {
                        pos++;
                    }
                } else if (t.startsWith("(;", pos)) {
                    blockComment();
                } else {
                    return;
                }
            }
        }

        private void blockComment() {
            int depth = 0;
            do {
                if (t.startsWith("(;", pos)) {
                    depth++;
                    pos += 2;
                } else if (t.startsWith(";)", pos)) {
                    depth--;
                    pos += 2;
                } else {
                    if (t.charAt(pos) == '\n') {
                        line++;
                    }
                    pos++;
                }
            } while (depth > 0 && pos < t.length());
        }
    }
}
