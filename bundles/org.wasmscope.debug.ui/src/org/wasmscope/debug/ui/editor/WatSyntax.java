package org.wasmscope.debug.ui.editor;

import java.util.Set;

/**
 * The text format's vocabulary, as far as colouring needs it: which words are module-level keywords, value
 * types, instructions, identifiers or numbers (spec 6.3 and 6.4-6.6). Words are runs of {@link #isIdChar
 * idchars}; parentheses, white space, comments and strings separate them.
 */
public final class WatSyntax {
    /** What a word is, for colouring. */
    public enum Kind {
        KEYWORD, TYPE, INSTRUCTION, IDENTIFIER, NUMBER, OTHER
    }

    private static final Set<String> KEYWORDS = Set.of("module", "func", "param", "result", "local", "global",
            "memory", "table", "type", "import", "export", "data", "elem", "start", "mut", "offset", "item",
            "declare", "then", "binary", "quote", "register", "invoke", "get", "assert_return", "assert_trap",
            "assert_invalid", "assert_malformed", "assert_unlinkable", "assert_exhaustion", "extern", "ref");

    private static final Set<String> TYPES = Set.of("i32", "i64", "f32", "f64", "v128", "funcref", "externref",
            "anyfunc", "i8x16", "i16x8", "i32x4", "i64x2", "f32x4", "f64x2");

    /** Instructions without a dot in their name; all dotted names (i32.add, local.get, ...) are instructions. */
    private static final Set<String> PLAIN_INSTRUCTIONS = Set.of("unreachable", "nop", "block", "loop", "if",
            "else", "end", "br", "br_if", "br_table", "return", "call", "call_indirect", "drop", "select");

    private WatSyntax() {
    }

    /** The text format's idchar (spec 6.3.5): letters, digits and the printable ASCII punctuation but ",;[]{}. */
    public static boolean isIdChar(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
                || "!#$%&'*+-./:<=>?@\\^_`|~".indexOf(c) >= 0;
    }

    public static Kind classify(String word) {
        if (word.isEmpty()) {
            return Kind.OTHER;
        }
        char first = word.charAt(0);
        if (first == '$') {
            return Kind.IDENTIFIER;
        }
        if (isNumber(word)) {
            return Kind.NUMBER;
        }
        if (KEYWORDS.contains(word) || word.startsWith("offset=") || word.startsWith("align=")) {
            return word.indexOf('=') > 0 ? Kind.NUMBER : Kind.KEYWORD;
        }
        if (TYPES.contains(word)) {
            return Kind.TYPE;
        }
        if (PLAIN_INSTRUCTIONS.contains(word) || word.indexOf('.') > 0 && Character.isLetter(first)) {
            return Kind.INSTRUCTION;
        }
        return Kind.OTHER;
    }

    /** Integers and floats in decimal or hexadecimal, with sign and underscores, inf and nan (spec 6.3.1-2). */
    static boolean isNumber(String word) {
        String w = word.startsWith("+") || word.startsWith("-") ? word.substring(1) : word;
        if (w.equals("inf") || w.equals("nan") || w.startsWith("nan:0x")) {
            return true;
        }
        return !w.isEmpty() && Character.isDigit(w.charAt(0));
    }
}
