package org.wasmscope.runtime.text;

import java.nio.charset.StandardCharsets;

/**
 * One token of the text format (spec 6.3.1). {@code text} is the source spelling; a string token, and an
 * identifier written as {@code $"..."}, also carries its decoded bytes. {@code start}/{@code end} are character offsets into the source.
 */
record Token(Kind kind, String text, byte[] bytes, int line, int column, int start, int end) {

    enum Kind {
        LPAREN, RPAREN, KEYWORD, ID, NUMBER, STRING, EOF
    }

    boolean is(Kind k) {
        return kind == k;
    }

    boolean isKeyword(String k) {
        return kind == Kind.KEYWORD && text.equals(k);
    }

    /** The identifier's name: without its {@code $}, and {@code $"name"} the same as {@code $name}. */
    String idName() {
        return bytes == null ? text.substring(1) : new String(bytes, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return kind == Kind.EOF ? "end of input" : text;
    }
}
