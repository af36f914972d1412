package org.wasmscope.debug.ui.editor;

import java.util.Set;

import org.wasmscope.runtime.syntax.AbsHeap;
import org.wasmscope.runtime.syntax.Opcode;
import org.wasmscope.runtime.syntax.ValType;

/**
 * The text format's vocabulary, as far as colouring needs it: which words are module-level keywords, value
 * types, instructions, identifiers or numbers (spec 6.3 and 6.4-6.6). Instructions are the names of the
 * runtime's {@link Opcode} table and types those {@link ValType} and {@link AbsHeap} read, so every
 * instruction and type the runtime knows is coloured. Words are runs of {@link #isIdChar
 * idchars}; parentheses, white space, comments and strings separate them.
 */
public final class WatSyntax {
    /** What a word is, for colouring. */
    public enum Kind {
        KEYWORD, TYPE, INSTRUCTION, IDENTIFIER, NUMBER, OTHER
    }

    /** The text format's structural keywords (instructions and types come from the runtime's tables). */
    private static final Set<String> KEYWORDS = Set.of("module", "func", "param", "result", "local", "global",
            "memory", "table", "type", "import", "export", "data", "elem", "start", "mut", "offset", "item",
            "declare", "then", "binary", "quote", "register", "invoke", "get", "assert_return", "assert_trap",
            "assert_invalid", "assert_malformed", "assert_unlinkable", "assert_exhaustion", "assert_exception",
            "extern", "ref", "null", "tag", "catch", "catch_ref", "catch_all", "catch_all_ref", "rec", "sub", "final",
            "field", "definition", "instance", "either");

    /** SIMD lane shapes and packed storage types, which are types in the text but not value types. */
    private static final Set<String> SHAPES = Set.of("i8x16", "i16x8", "i32x4", "i64x2", "f32x4", "f64x2", "i8", "i16");

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
        if (ValType.ofText(word) != null || AbsHeap.ofText(word) != null || SHAPES.contains(word)) {
            return Kind.TYPE;
        }
        if (Opcode.byText(word) != null) {
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
