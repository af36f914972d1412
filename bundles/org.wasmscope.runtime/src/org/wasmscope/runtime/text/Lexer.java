package org.wasmscope.runtime.text;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.wasmscope.runtime.MalformedException;

/**
 * Splits text into tokens (spec 6.3): parentheses, keywords, identifiers, numbers and strings, skipping
 * white space, line comments, nested block comments and annotations {@code (@id ...)}. Tokens must be
 * separated by white space, a comment or a parenthesis: any other run of id-characters, strings and the
 * characters {@code , ; [ ] { }} is a reserved token, which the reference interpreter reports as an
 * unknown operator. Malformed UTF-8 in the source reaches the lexer as lone surrogates ({@link #decode}).
 */
final class Lexer {
    private final String src;
    private final int end;
    private int pos;
    private int line;
    private int lineStart;

    private Lexer(String src, int start, int end, int line, int column) {
        this.src = src;
        this.pos = start;
        this.end = end;
        this.line = line;
        this.lineStart = start - (column - 1);
    }

    /** All tokens of {@code src}, then one EOF token. */
    static List<Token> tokenize(String src) {
        return tokenize(src, 0, src.length(), 1, 1);
    }

    /** The tokens of {@code src[start, end)}, which begins at the given 1-based line and column. */
    static List<Token> tokenize(String src, int start, int end, int line, int column) {
        Lexer lx = new Lexer(src, start, end, line, column);
        List<Token> out = new ArrayList<>();
        Token t;
        do {
            t = lx.next();
            out.add(t);
        } while (t.kind() != Token.Kind.EOF);
        return out;
    }

    /** Whether {@code src} after white space and comments ends or continues with a parenthesis. */
    static boolean beginsAsText(String src) {
        Lexer lx = new Lexer(src, 0, src.length(), 1, 1);
        try {
            lx.skipSpace(false);
        } catch (MalformedException e) {
            return true;
        }
        return lx.pos == lx.end || src.charAt(lx.pos) == '(';
    }

    static boolean isIdChar(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
                || "!#$%&'*+-./:<=>?@\\^_`|~".indexOf(c) >= 0;
    }

    private MalformedException error(String msg, int at) {
        return new MalformedException(msg, line, at - lineStart + 1);
    }

    private Token next() {
        skipSpace(true);
        int start = pos;
        int col = pos - lineStart + 1;
        if (pos >= end) {
            return new Token(Token.Kind.EOF, "", null, line, col, pos, pos);
        }
        char c = src.charAt(pos);
        if (c == '(') {
            pos++;
            return new Token(Token.Kind.LPAREN, "(", null, line, col, start, pos);
        }
        if (c == ')') {
            pos++;
            return new Token(Token.Kind.RPAREN, ")", null, line, col, start, pos);
        }
        int startLine = line;
        if (c == '"') {
            byte[] bytes = string();
            if (!continuesRun()) {
                return new Token(Token.Kind.STRING, src.substring(start, pos), bytes, startLine, col, start, pos);
            }
        } else if (c == '$' && pos + 1 < end && src.charAt(pos + 1) == '"') {
            byte[] name = quotedId();
            if (!continuesRun()) {
                return new Token(Token.Kind.ID, src.substring(start, pos), name, startLine, col, start, pos);
            }
        }
        run();
        if (pos == start) {
            throw illegalCharacter();
        }
        String text = src.substring(start, pos);
        return new Token(classify(text, startLine, col), text, null, startLine, col, start, pos);
    }

    /** Reads on to the end of the token that is being read. */
    private void run() {
        while (continuesRun()) {
            if (src.charAt(pos) == '"') {
                string();
            } else {
                pos++;
            }
        }
    }

    /** Whether the character at {@code pos} belongs to the token that is being read. */
    private boolean continuesRun() {
        if (pos >= end) {
            return false;
        }
        char c = src.charAt(pos);
        if (c == ';') {
            return pos + 1 >= end || src.charAt(pos + 1) != ';'; // a line comment ends the token
        }
        return c == '"' || isIdChar(c) || ",[]{}".indexOf(c) >= 0;
    }

    /**
     * A quoted identifier {@code $"..."} at {@code pos}: its name's bytes, which must be non-empty UTF-8.
     * A {@code $} without a valid string or id-characters after it names nothing.
     */
    private byte[] quotedId() {
        int at = pos;
        pos++; // $
        byte[] name;
        try {
            name = pos < end ? string() : null;
        } catch (MalformedException e) {
            name = null;
        }
        if (name == null || name.length == 0) {
            throw error("empty identifier", at);
        }
        checkUtf8(name, at);
        return name;
    }

    private void checkUtf8(byte[] name, int at) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(name));
        } catch (CharacterCodingException e) {
            throw error("malformed UTF-8 encoding", at);
        }
    }

    /** The error for the character at {@code pos}, which no token, space or comment may contain. */
    private MalformedException illegalCharacter() {
        return error(malformedAt(pos) ? "malformed UTF-8 encoding" : "illegal character", pos);
    }

    /** Whether the source holds a malformed byte at {@code i}: a surrogate that is not half of a pair. */
    private boolean malformedAt(int i) {
        char c = src.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= src.length() || !Character.isLowSurrogate(src.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(src.charAt(i - 1)));
    }

    /** Comments may hold any character, but no malformed UTF-8. */
    private void checkCommentChar() {
        if (malformedAt(pos)) {
            throw error("malformed UTF-8 encoding", pos);
        }
    }

    /**
     * A token that is not a string or a quoted identifier: an identifier, a keyword, a number, or else a
     * reserved token.
     */
    private static Token.Kind classify(String text, int line, int col) {
        char c = text.charAt(0);
        if (c == '$') {
            if (text.length() == 1) {
                throw new MalformedException("empty identifier", line, col);
            }
            if (isIdRun(text)) {
                return Token.Kind.ID;
            }
        }
        if (Numbers.isNumber(text)) {
            return Token.Kind.NUMBER;
        }
        if (c >= 'a' && c <= 'z' && isIdRun(text)) {
            return Token.Kind.KEYWORD;
        }
        throw new MalformedException("unknown operator " + text, line, col);
    }

    private static boolean isIdRun(String text) {
        return text.chars().allMatch(ch -> isIdChar((char) ch));
    }

    /** Skips white space and comments, and annotations if {@code annotations} (not inside one). */
    private void skipSpace(boolean annotations) {
        while (pos < end) {
            char c = src.charAt(pos);
            if (c == '\n') {
                pos++;
                line++;
                lineStart = pos;
            } else if (c == ' ' || c == '\t' || c == '\r') {
                pos++;
            } else if (c == ';' && pos + 1 < end && src.charAt(pos + 1) == ';') {
                // a line comment ends at a line feed or a carriage return (spec 6.3.4)
                while (pos < end && src.charAt(pos) != '\n' && src.charAt(pos) != '\r') {
                    checkCommentChar();
                    pos++;
                }
            } else if (c == '(' && pos + 1 < end && src.charAt(pos + 1) == ';') {
                blockComment();
            } else if (annotations && c == '(' && pos + 1 < end && src.charAt(pos + 1) == '@') {
                annotation();
            } else {
                return;
            }
        }
    }

    /**
     * An annotation {@code (@id token*)} (spec 6.3.5), which counts as white space: its id is id-characters
     * or a non-empty UTF-8 string, its tokens are any tokens with balanced parentheses, comments among them
     * (a {@code (@} in there is a parenthesis and a token, as the reference interpreter reads it).
     */
    private void annotation() {
        int at = pos;
        pos += 2;
        if (pos < end && isIdChar(src.charAt(pos))) {
            while (pos < end && isIdChar(src.charAt(pos))) {
                pos++;
            }
        } else {
            byte[] name;
            try {
                name = pos < end && src.charAt(pos) == '"' ? string() : null;
            } catch (MalformedException e) {
                name = null;
            }
            if (name == null || name.length == 0) {
                throw error("empty annotation id", at);
            }
            checkUtf8(name, at);
        }
        int depth = 1;
        while (depth > 0) {
            skipSpace(false);
            if (pos >= end) {
                throw error("unclosed annotation", at);
            }
            char c = src.charAt(pos);
            if (c == '(' || c == ')') {
                pos++;
                depth += c == '(' ? 1 : -1;
            } else {
                int start = pos;
                run(); // any token may appear in an annotation, reserved ones too
                if (pos == start) {
                    throw illegalCharacter();
                }
            }
        }
    }

    /** {@code (; ... ;)}, which may nest. */
    private void blockComment() {
        int at = pos;
        int depth = 0;
        while (pos < end) {
            char c = src.charAt(pos);
            if (c == '(' && pos + 1 < end && src.charAt(pos + 1) == ';') {
                depth++;
                pos += 2;
            } else if (c == ';' && pos + 1 < end && src.charAt(pos + 1) == ')') {
                depth--;
                pos += 2;
                if (depth == 0) {
                    return;
                }
            } else {
                if (c == '\n') {
                    line++;
                    lineStart = pos + 1;
                }
                checkCommentChar();
                pos++;
            }
        }
        throw error("unclosed comment", at);
    }

    /** A string literal at {@code pos}: its bytes (UTF-8 of its characters, escapes as given). */
    private byte[] string() {
        int at = pos;
        pos++; // opening quote
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (true) {
            if (pos >= end) {
                throw error("unclosed string", at);
            }
            char c = src.charAt(pos);
            if (c == '"') {
                pos++;
                return out.toByteArray();
            }
            if (c == '\n') {
                throw error("unclosed string", at);
            }
            if (c < 0x20 || c == 0x7F) {
                throw error("illegal control character in string", pos);
            }
            if (c != '\\') {
                if (malformedAt(pos)) {
                    throw error("malformed UTF-8 encoding", pos);
                }
                int cp = src.codePointAt(pos);
                pos += Character.charCount(cp);
                out.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
                continue;
            }
            pos++;
            if (pos >= end) {
                throw error("unclosed string", at);
            }
            char e = src.charAt(pos++);
            switch (e) {
                case 't' -> out.write('\t');
                case 'n' -> out.write('\n');
                case 'r' -> out.write('\r');
                case '"' -> out.write('"');
                case '\'' -> out.write('\'');
                case '\\' -> out.write('\\');
                case 'u' -> unicodeEscape(out, pos - 2);
                default -> {
                    int hi = Character.digit(e, 16);
                    int lo = pos < end ? Character.digit(src.charAt(pos), 16) : -1;
                    if (hi < 0 || lo < 0) {
                        throw error("illegal escape", pos - 2);
                    }
                    pos++;
                    out.write(hi * 16 + lo);
                }
            }
        }
    }

    /** A backslash-u escape {hexnum}: a Unicode scalar value, written as UTF-8. */
    private void unicodeEscape(ByteArrayOutputStream out, int at) {
        if (pos >= end || src.charAt(pos) != '{') {
            throw error("illegal escape", at);
        }
        int close = src.indexOf('}', pos);
        if (close < 0 || close >= end) {
            throw error("illegal escape", at);
        }
        String hex = src.substring(pos + 1, close);
        pos = close + 1;
        if (!hex.matches("[0-9a-fA-F](_?[0-9a-fA-F])*")) {
            throw error("illegal escape", at);
        }
        hex = hex.replace("_", "");
        long cp = hex.length() > 8 ? Long.MAX_VALUE : Long.parseLong(hex, 16);
        if (cp >= 0xD800 && cp < 0xE000 || cp >= 0x110000) {
            throw error("illegal escape", at);
        }
        out.writeBytes(new String(Character.toChars((int) cp)).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Source text from its UTF-8 bytes. A byte that is not part of a well-formed sequence becomes the lone
     * surrogate U+DC00 + byte, which no well-formed text contains: the lexer reports "malformed UTF-8
     * encoding" where it meets one, so that the error arises at its place in the source, as the spec's.
     */
    static String decode(byte[] utf8) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(utf8);
        CharBuffer out = CharBuffer.allocate(utf8.length);
        while (true) {
            CoderResult r = decoder.decode(in, out, true);
            if (r.isUnderflow()) {
                decoder.flush(out);
                return out.flip().toString();
            }
            for (int k = 0; k < r.length(); k++) {
                out.put((char) (0xDC00 | in.get() & 0xFF));
            }
        }
    }
}
