package org.wasmscope.runtime.tests.text;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.wasmscope.runtime.MalformedException;
import org.wasmscope.runtime.syntax.Instr;
import org.wasmscope.runtime.syntax.Module;
import org.wasmscope.runtime.text.TextParser;

/** Helpers for the text tests: parse a module, get a function body, expect an error. */
final class Wat {
    private Wat() {
    }

    static Module parse(String text) {
        return TextParser.parseModule(text);
    }

    /** The body of the only defined function of {@code (module (func ...))}, without its final end. */
    static Instr[] body(String funcFields) {
        Instr[] b = parse("(module (func " + funcFields + "))").funcs.get(0).body;
        return java.util.Arrays.copyOf(b, b.length - 1);
    }

    /** The single instruction of a function body. */
    static Instr one(String funcFields) {
        Instr[] b = body(funcFields);
        if (b.length != 1) {
            throw new AssertionError("expected one instruction, got " + java.util.Arrays.toString(b));
        }
        return b[0];
    }

    /** Parsing fails with a message starting with {@code prefix}. */
    static MalformedException malformed(String text, String prefix) {
        MalformedException e = assertThrows(MalformedException.class, () -> TextParser.parseModule(text), text);
        assertTrue(e.getMessage().startsWith(prefix), () -> "expected '" + prefix + "' but got '" + e.describe() + "'");
        assertTrue(e.line > 0 && e.column > 0, "position of " + e.describe());
        return e;
    }
}
