package org.wasmscope.runtime.tests.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.wasmscope.runtime.MalformedException;
import org.wasmscope.runtime.syntax.Module;
import org.wasmscope.runtime.syntax.Opcode;

/** Tokens (spec 6.3): strings and their escapes, comments, white space, reserved tokens, positions. */
class LexingTest {
    private static byte[] data(String strings) {
        return Wat.parse("(module (memory 1) (data (i32.const 0) " + strings + "))").datas.get(0).init();
    }

    @Test
    void stringEscapes() {
        assertArrayEquals(new byte[] {'\t', '\n', '\r', '"', '\'', '\\', 0, (byte) 0xff, 0x7f},
                data("\"\\t\\n\\r\\\"\\'\\\\\\00\\ff\\7F\""));
        assertArrayEquals("é€😀".getBytes(StandardCharsets.UTF_8), data("\"\\u{e9}\\u{20_ac}\\u{1F600}\""));
        assertArrayEquals("aé".getBytes(StandardCharsets.UTF_8), data("\"a\" \"é\""));
        assertArrayEquals(new byte[0], data("\"\""));
    }

    @Test
    void badStrings() {
        Wat.malformed("(module (data \"\\u{d800}\"))", "illegal escape");
        Wat.malformed("(module (data \"\\u{110000}\"))", "illegal escape");
        Wat.malformed("(module (data \"\\q\"))", "illegal escape");
        Wat.malformed("(module (data \"\\4\"))", "illegal escape");
        Wat.malformed("(module (data \"abc))", "unclosed string");
        Wat.malformed("(module (data \"a\tb\"))", "illegal control character");
    }

    @Test
    void namesMustBeUtf8() {
        Wat.malformed("(module (func (export \"\\80\")))", "malformed UTF-8 encoding");
        Wat.malformed("(module (import \"\\ed\\a0\\80\" \"f\" (func)))", "malformed UTF-8 encoding");
        assertEquals("\u00e9", Wat.parse("(module (func (export \"\\c3\\a9\")))").exports.get(0).name());
    }

    @Test
    void commentsNestAndEndAtLineBreaks() {
        Module m = Wat.parse("""
                ;; line comment (func)
                (module (; block (; nested ;) still comment ;) (func $f ;; x
                  nop (;inline;) nop ;; trailing\r(return)))
                """);
        assertEquals(3, m.funcs.get(0).body.length - 1);
        assertEquals(Opcode.RETURN, m.funcs.get(0).body[2].op);
        Wat.malformed("(module (; unclosed ", "unclosed comment");
    }

    @Test
    void tokensNeedSeparation() {
        Wat.parse("(module (func(nop)(nop)) (func br 0(nop)) (memory 1) (data (i32.const 0)\"a\"))");
        Wat.malformed("(func (drop (i32.const0)))", "unknown operator");
        Wat.malformed("(func br 0drop)", "unknown operator");
        Wat.malformed("(data $l\"a\")", "unknown operator");
        Wat.malformed("(data \"a\"\"b\")", "unknown operator");
        Wat.malformed("(func (block $l (i32.const 0) (br_table 0$l)))", "unknown operator");
    }

    @Test
    void identifiersMayHoldSymbols() {
        Module m = Wat.parse("(module (func $a!#%&'*+-./:<=>?@\\^_`|~z) (func $l$l (call $a!#%&'*+-./:<=>?@\\^_`|~z)))");
        assertEquals("a!#%&'*+-./:<=>?@\\^_`|~z", m.names.function(0));
        assertEquals(0, m.funcs.get(1).body[0].x);
    }

    @Test
    void annotationsAreWhiteSpace() {
        Module m = Wat.parse("""
                ((@a) module (@name "m") (@a x-y$z"s"-2 , ; [ ] {} (nested (@ not an annotation)) ;; (
                  ) (func (@a) $f (@\"quoted id\") (result i32) (@a (;c;)) i32.const (@a) 1))
                """);
        assertEquals(1, m.funcs.get(0).body.length - 1);
        MalformedException e = Wat.malformed("(module (@a)\n (@b\n)  (bogus))", "unknown operator");
        assertEquals(3, e.line, "lines counted inside annotations");
        assertEquals(5, e.column);
    }

    @Test
    void badAnnotations() {
        Wat.malformed("(@)", "empty annotation id");
        Wat.malformed("(@ a)", "empty annotation id");
        Wat.malformed("(@\"\")", "empty annotation id");
        Wat.malformed("(@\"\\ef\")", "malformed UTF-8 encoding");
        Wat.malformed("(module (@a (b)", "unclosed annotation");
        Wat.malformed("(module (@a \"b))", "unclosed string");
        Wat.malformed("(module (@a \u0001))", "illegal character");
        Wat.malformed("(module (@a \u00e9))", "illegal character");
        Wat.malformed("(module ( @a))", "unknown operator @a");
        Wat.malformed("(module (func {}))", "unknown operator {}");
    }

    @Test
    void quotedIdentifiersAreTheirNames() {
        Module m = Wat.parse("(module (func $\"f g\") (func $fh) (func (call $\"f g\") (call $\"\\66h\") (call $\"\\u{66}h\")))");
        assertEquals("f g", m.names.function(0));
        assertEquals(0, m.funcs.get(2).body[0].x);
        assertEquals(1, m.funcs.get(2).body[1].x);
        assertEquals(1, m.funcs.get(2).body[2].x);
        Wat.malformed("(module (func $))", "empty identifier");
        Wat.malformed("(module (func $\"\"))", "empty identifier");
        Wat.malformed("(module (func $\"a\nb\"))", "empty identifier");
        Wat.malformed("(module (func $(@a)))", "empty identifier");
        Wat.malformed("(module (func $\"\\ff\"))", "malformed UTF-8 encoding");
        Wat.malformed("(module (func $\"a\"b))", "unknown operator");
    }

    @Test
    void errorsHaveLineAndColumn() {
        MalformedException e = Wat.malformed("(module\n  (func\n    (i32.const 1)\n      (i32.bogus)))", "unknown operator");
        assertEquals(4, e.line);
        assertEquals(8, e.column);
    }
}
