package org.wasmscope.runtime.text;

/**
 * One token of the text format (spec 6.3.1). {@code text} is the source spelling; a string token also
 * carries its decoded bytes. {@code start}/{@code end} are character offsets into the source.
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

    /** The identifier without its {@code $}. */
    String idName() {
        return text.substring(1);
    }

    @Override
    public String toString() {
        return kind == Kind.EOF ? "end of input" : text;
    }
}
