package org.wasmscope.runtime.text;

import java.util.List;
import java.util.function.Supplier;

import org.wasmscope.runtime.MalformedException;
import org.wasmscope.runtime.syntax.ImplementationLimits;
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
        List<Token> tokens = Lexer.tokenize(text);
        try {
            return ModuleParser.parseModule(new Cursor(tokens, version));
        } catch (StackOverflowError e) {
            return onDeepStack(() -> ModuleParser.parseModule(new Cursor(tokens, version)));
        }
    }

    /**
     * The stack that parsing instructions nested {@link ImplementationLimits#MAX_NESTING} deep needs (they
     * nest by recursion, a few hundred bytes a level); only what is used is committed.
     */
    private static final long DEEP_STACK_BYTES = 1L << 30;

    /**
     * Parses again on a thread whose stack holds the deepest nesting the implementation allows, after the
     * caller's stack was too small: rare, so ordinary parses need no thread of their own.
     */
    private static Module onDeepStack(Supplier<Module> parse) {
        Module[] result = new Module[1];
        RuntimeException[] failure = new RuntimeException[1];
        Thread t = new Thread(null, () -> {
            try {
                result[0] = parse.get();
            } catch (RuntimeException e) {
                failure[0] = e;
            } catch (StackOverflowError e) {
                failure[0] = new MalformedException(ImplementationLimits.NESTING_TOO_DEEP, 1, 1);
            }
        }, "wasmscope-deep-parse", DEEP_STACK_BYTES);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MalformedException("parsing interrupted", 1, 1);
        }
        if (failure[0] != null) {
            throw failure[0];
        }
        return result[0];
    }

    /** A script of the spec testsuite's language: its commands in order. */
    public static List<Command> parseScript(String text) throws MalformedException {
        return ScriptParser.parse(text, null, SpecVersion.V3);
    }
}
