package org.wasmscope.runtime.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.wasmscope.runtime.MalformedException;
import org.wasmscope.runtime.text.Command;
import org.wasmscope.runtime.text.TextParser;

/**
 * The mutation fuzzer's inputs: the modules of the spec testsuite's scripts, binary ({@code module
 * binary}) and text (each top-level {@code (module ...)} as written), and their mutants. Binary mutations
 * work on bytes (flip, overwrite with a boundary value, insert, delete, duplicate a run, stretch a LEB128);
 * text mutations on tokens (a number replaced by a boundary value, a word or a parenthesised form deleted,
 * duplicated or swapped with another).
 */
final class Mutator {
    private static final byte[] BOUNDARY_BYTES = {0, 1, 0x7F, (byte) 0x80, (byte) 0xFF, 0x40, 0x0B, 0x41};
    private static final String[] BOUNDARY_NUMBERS = {"0", "1", "-1", "0xffffffff", "0x80000000", "0x7fffffff",
        "4294967296", "0xffffffffffffffff", "65536", "65537", "32768", "nan:0x1", "-inf", "1e400", "0x1p-149"};

    final List<byte[]> binaries = new ArrayList<>();
    final List<String> texts = new ArrayList<>();

    /** The modules of every {@code .wast} script under {@code suite}. */
    static Mutator of(Path suite) {
        Mutator m = new Mutator();
        try (Stream<Path> files = Files.walk(suite)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".wast")).sorted().toList()) {
                m.add(Files.readString(f, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }

    private void add(String script) {
        try {
            for (Command c : TextParser.parseScript(script)) {
                if (c instanceof Command.Define d && d.module().binary() != null) {
                    binaries.add(d.module().binary());
                }
            }
        } catch (MalformedException e) {
            // a script this parser does not read (GC) still gives its text modules below
        }
        for (String form : topLevelForms(script)) {
            if (form.startsWith("(module") && !form.matches("(?s)\\(module\\s+(\\$\\S+\\s+)?(binary|quote|definition|instance).*")) {
                texts.add(form);
            }
        }
    }

    /** The script's top-level parenthesised forms, as written (strings and comments skipped over). */
    static List<String> topLevelForms(String s) {
        List<String> forms = new ArrayList<>();
        int depth = 0;
        int start = -1;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '"') {
                for (i++; i < s.length() && s.charAt(i) != '"'; i++) {
                    if (s.charAt(i) == '\\') {
                        i++;
                    }
                }
            } else if (ch == ';' && i + 1 < s.length() && s.charAt(i + 1) == ';') {
                while (i < s.length() && s.charAt(i) != '\n') {
                    i++;
                }
            } else if (ch == '(' && i + 1 < s.length() && s.charAt(i + 1) == ';') {
                int nest = 0;
                for (; i + 1 < s.length(); i++) {
                    if (s.charAt(i) == '(' && s.charAt(i + 1) == ';') {
                        nest++;
                        i++;
                    } else if (s.charAt(i) == ';' && s.charAt(i + 1) == ')' && --nest == 0) {
                        i++;
                        break;
                    }
                }
            } else if (ch == '(') {
                if (depth++ == 0) {
                    start = i;
                }
            } else if (ch == ')' && depth > 0 && --depth == 0) {
                forms.add(s.substring(start, i + 1));
            }
        }
        return forms;
    }

    /** A mutant of {@code original}: one to four byte-level mutations. */
    static byte[] mutate(byte[] original, Random r) {
        byte[] b = original.clone();
        for (int n = 1 + r.nextInt(4); n > 0 && b.length > 0; n--) {
            int at = r.nextInt(b.length);
            switch (r.nextInt(6)) {
                case 0 -> b[at] ^= (byte) (1 << r.nextInt(8));
                case 1 -> b[at] = BOUNDARY_BYTES[r.nextInt(BOUNDARY_BYTES.length)];
                case 2 -> b = splice(b, at, at, new byte[] {(byte) r.nextInt(256)});
                case 3 -> b = splice(b, at, Math.min(b.length, at + 1 + r.nextInt(4)), new byte[0]);
                case 4 -> {
                    int end = Math.min(b.length, at + 1 + r.nextInt(16));
                    b = splice(b, at, at, Arrays.copyOfRange(b, at, end));
                }
                default -> b = splice(b, at, at, new byte[] {(byte) 0x80}); // a LEB128 one byte longer, or not one
            }
        }
        return b;
    }

    private static byte[] splice(byte[] b, int from, int to, byte[] insert) {
        byte[] out = new byte[b.length - (to - from) + insert.length];
        System.arraycopy(b, 0, out, 0, from);
        System.arraycopy(insert, 0, out, from, insert.length);
        System.arraycopy(b, to, out, from + insert.length, b.length - to);
        return out;
    }

    /** A mutant of the text module {@code original}: one to three token-level mutations. */
    static String mutate(String original, Random r) {
        List<int[]> tokens = tokens(original);
        String s = original;
        for (int n = 1 + r.nextInt(3); n > 0 && !tokens.isEmpty(); n--) {
            int[] t = tokens.get(r.nextInt(tokens.size()));
            String word = s.substring(t[0], t[1]);
            switch (r.nextInt(5)) {
                case 0 -> s = s.substring(0, t[0]) + BOUNDARY_NUMBERS[r.nextInt(BOUNDARY_NUMBERS.length)] + s.substring(t[1]);
                case 1 -> s = s.substring(0, t[0]) + s.substring(t[1]);
                case 2 -> s = s.substring(0, t[1]) + " " + word + s.substring(t[1]);
                case 3 -> {
                    int[] other = tokens.get(r.nextInt(tokens.size()));
                    s = s.substring(0, t[0]) + s.substring(other[0], other[1]) + s.substring(t[1]);
                }
                default -> {
                    int end = formEnd(s, t[0]);
                    s = r.nextBoolean() ? s.substring(0, t[0]) + s.substring(end) // delete a form
                            : s.substring(0, end) + " " + s.substring(t[0], end) + s.substring(end); // repeat it
                }
            }
            tokens = tokens(s);
        }
        return s;
    }

    /** The spans of the words and opening parentheses of {@code s} (strings are words). */
    private static List<int[]> tokens(String s) {
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < s.length();) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == ')') {
                i++;
            } else if (c == '(') {
                out.add(new int[] {i, i + 1});
                i++;
            } else {
                int j = i;
                while (j < s.length() && !Character.isWhitespace(s.charAt(j)) && s.charAt(j) != '(' && s.charAt(j) != ')') {
                    j++;
                }
                out.add(new int[] {i, j});
                i = j;
            }
        }
        return out;
    }

    /** The end of the form that starts at {@code at} (a parenthesised one, or a word). */
    private static int formEnd(String s, int at) {
        if (s.charAt(at) != '(') {
            int j = at;
            while (j < s.length() && !Character.isWhitespace(s.charAt(j)) && s.charAt(j) != ')') {
                j++;
            }
            return j;
        }
        int depth = 0;
        for (int i = at; i < s.length(); i++) {
            if (s.charAt(i) == '(') {
                depth++;
            } else if (s.charAt(i) == ')' && --depth == 0) {
                return i + 1;
            }
        }
        return s.length();
    }
}
