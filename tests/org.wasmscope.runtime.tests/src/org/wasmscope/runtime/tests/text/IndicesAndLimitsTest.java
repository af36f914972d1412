package org.wasmscope.runtime.tests.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.wasmscope.runtime.InvalidException;
import org.wasmscope.runtime.MalformedException;
import org.wasmscope.runtime.embedding.Wasm;
import org.wasmscope.runtime.syntax.ImplementationLimits;

/**
 * Indices in the text format are u32 (issue 17): out-of-range ones parse and are rejected by validation,
 * never a Java exception or a wrap to -1 ("none"); and the implementation's limits are the same for the
 * binary and the text format.
 */
class IndicesAndLimitsTest {
    @ParameterizedTest
    @ValueSource(strings = {"(module (func (type 0x80000000)))", "(module (start 0xffffffff))",
        "(module (func (block (type 0xffffffff))))", "(module (import \"a\" \"b\" (func (type 0xffffffff))))",
        "(module (table 1 funcref) (func (call_indirect (type 0x80000000) (i32.const 0))))",
        "(module (func (call 0xffffffff)))", "(module (func (br 0xffffffff)))", "(module (func (local.get 0x80000000) drop))",
        "(module (export \"f\" (func 0xffffffff)))", "(module (tag (type 0xffffffff)))"})
    void outOfRangeIndicesAreInvalid(String wat) {
        InvalidException e = assertThrows(InvalidException.class, () -> Wasm.load(wat.getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().startsWith("unknown "), e.getMessage());
    }

    @Test
    void tooManyLocalsInBothFormats() {
        int n = ImplementationLimits.MAX_LOCALS + 1;
        MalformedException text = assertThrows(MalformedException.class,
                () -> Wasm.parse(("(module (func (local " + "i32 ".repeat(n) + ")))").getBytes(StandardCharsets.UTF_8)));
        assertEquals("too many locals", text.getMessage());
        MalformedException binary = assertThrows(MalformedException.class, () -> Wasm.parse(functionBody(locals(n))));
        assertEquals("too many locals", binary.getMessage());
        Wasm.parse(functionBody(locals(n - 1)));
        Wasm.parse(("(module (func (local " + "i32 ".repeat(n - 1) + ")))").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void nestingUpToTheLimitInBothFormats() {
        int n = ImplementationLimits.MAX_NESTING;
        Wasm.load(nestedText(n));
        Wasm.load(functionBody(nestedBinary(n)));
        assertEquals("nesting too deep", assertThrows(MalformedException.class, () -> Wasm.parse(nestedText(n + 1))).getMessage());
        assertEquals("nesting too deep",
                assertThrows(MalformedException.class, () -> Wasm.parse(functionBody(nestedBinary(n + 1)))).getMessage());
    }

    private static byte[] nestedText(int n) {
        return ("(module (func " + "(block ".repeat(n) + ")".repeat(n) + "))").getBytes(StandardCharsets.UTF_8);
    }

    /** A function body without locals: n nested blocks. */
    private static byte[] nestedBinary(int n) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(0);
        for (int i = 0; i < n; i++) {
            b.write(0x02);
            b.write(0x40);
        }
        for (int i = 0; i <= n; i++) {
            b.write(0x0B);
        }
        return b.toByteArray();
    }

    /** A function body declaring n i32 locals (one run), doing nothing. */
    private static byte[] locals(int n) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(1);
        leb(b, n);
        b.write(0x7F);
        b.write(0x0B);
        return b.toByteArray();
    }

    /** A module of one function () -> () with {@code body}. */
    private static byte[] functionBody(byte[] body) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0, 1, 4, 1, 0x60, 0, 0, 3, 2, 1, 0, 10});
        ByteArrayOutputStream code = new ByteArrayOutputStream();
        code.write(1);
        leb(code, body.length);
        code.writeBytes(body);
        leb(b, code.size());
        b.writeBytes(code.toByteArray());
        return b.toByteArray();
    }

    private static void leb(ByteArrayOutputStream b, long v) {
        do {
            int x = (int) (v & 0x7F);
            v >>>= 7;
            b.write(v != 0 ? x | 0x80 : x);
        } while (v != 0);
    }
}
