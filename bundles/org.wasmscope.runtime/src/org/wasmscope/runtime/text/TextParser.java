package org.wasmscope.runtime.text;

import java.util.List;

import org.wasmscope.runtime.MalformedException;
import org.wasmscope.runtime.syntax.Module;
import org.wasmscope.runtime.syntax.SpecVersion;

/** The text format's entry points: a {@code .wat} module and a {@code .wast} script. */
public final class TextParser {
    private TextParser() {
    }

    /**
     * A module in the text format: {@code (module ...)} or, as the spec's inline-module abbreviation allows,
     * its fields alone.
     */
    public static Module parseModule(String text) throws MalformedException {
        return parseModule(text, SpecVersion.V3);
    }

    /** A module in the text format from its UTF-8 bytes, malformed UTF-8 reported where it occurs. */
    public static Module parseModule(byte[] utf8) throws MalformedException {
        return parseModule(Lexer.decode(utf8));
    }

    /**
     * Whether {@code utf8} reads as a text module or script: after white space and comments it ends or
     * continues with a parenthesis, as every module and script does (spec 6.6.13: {@code (module ...)},
     * or its fields alone, possibly none). What does not is no text of the format; a space or comment
     * that is not well-formed counts as text, to be reported by the parser at its place.
     */
    public static boolean isText(byte[] utf8) {
        return Lexer.beginsAsText(Lexer.decode(utf8));
    }

    /** A module in the text format as {@code version} defines it. */
    public static Module parseModule(String text, SpecVersion version) throws MalformedException {
        try {
            return ModuleParser.parseModule(new Cursor(Lexer.tokenize(text), version));
        } catch (StackOverflowError e) {
            // folded instructions nest by recursion; absurd depths are refused rather than crashing
            throw new MalformedException("nesting too deep", 1, 1);
        }
    }

    /** A script of the spec testsuite's language: its commands in order. */
    public static List<Command> parseScript(String text) throws MalformedException {
        return ScriptParser.parse(text, null, SpecVersion.V3);
    }
}
