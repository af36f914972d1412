package org.wasmscope.runtime.tests.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.wasmscope.runtime.MalformedException;
import org.wasmscope.runtime.embedding.Wasm;

/**
 * {@link Wasm#parse} tells the binary format from the text format by content, not by file name: text is
 * UTF-8 that, after white space and comments, begins with a parenthesis (or is empty: a module of no
 * fields); anything else is read as a binary module, so bytes of neither format fail on the magic header.
 */
class FormatDecisionTest {
    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aBinaryModuleIsDecoded() {
        byte[] empty = {0, 'a', 's', 'm', 1, 0, 0, 0};
        assertTrue(Wasm.isBinary(empty));
        assertEquals(0, Wasm.parse(empty).funcs.size());
    }

    @Test
    void textBeginsWithAParenthesisAfterSpaceAndComments() {
        for (String text : new String[] {"(module)", "  \t\r\n(module (func))", ";; a line comment\n(func)",
                "(; a (; nested ;) block comment ;)(memory 1)", "", " \n ;; no fields at all\n"}) {
            assertFalse(Wasm.isBinary(utf8(text)), text);
            Wasm.parse(utf8(text));
        }
        assertEquals(1, Wasm.parse(utf8(";; one\n(module (func))")).funcs.size());
    }

    @Test
    void randomBytesAreABinaryModuleWithoutItsMagicHeader() {
        byte[] bytes = new byte[256];
        new Random(15).nextBytes(bytes);
        bytes[0] = (byte) 0xC3; // neither '(' nor white space nor '\0'
        assertTrue(Wasm.isBinary(bytes));
        MalformedException e = assertThrows(MalformedException.class, () -> Wasm.parse(bytes));
        assertEquals("magic header not detected", e.getMessage());
        assertEquals(0, e.offset);
    }

    @Test
    void textThatDoesNotBeginWithAParenthesisIsNoTextModule() {
        for (String text : new String[] {"hello", "module", "  func", "asm\0"}) {
            MalformedException e = assertThrows(MalformedException.class, () -> Wasm.parse(utf8(text)), text);
            assertEquals("magic header not detected", e.getMessage(), text);
            assertEquals(0, e.offset, text);
        }
    }

    @Test
    void malformedUtf8InATextModuleIsReportedWhereItIs() {
        byte[] bytes = utf8("(module\n  ;; caf\u00e9\n  (func))");
        bytes[16] = (byte) 0xFF; // the first byte of the é
        assertFalse(Wasm.isBinary(bytes));
        MalformedException e = assertThrows(MalformedException.class, () -> Wasm.parse(bytes));
        assertEquals("malformed UTF-8 encoding", e.getMessage());
        assertEquals(2, e.line);
        assertEquals(9, e.column);
    }
}
