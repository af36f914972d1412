package org.wasmscope.runtime.text;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.wasmscope.runtime.MalformedException;

/**
 * Splits text into tokens (spec 6.3): parentheses, keywords, identifiers, numbers and strings, skipping
 * white space, line comments and nested block comments. Tokens must be separated by white space, a
 * comment or a parenthesis: any other run of id-characters and strings is a reserved token, which the
 * reference interpreter reports as an unknown operator.
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

    static boolean isIdChar(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
                || "!#$%&'*+-./:<=>?@\\^_`|~".indexOf(c) >= 0;
    }

    private MalformedException error(String msg, int at) {
        return new MalformedException(msg, line, at - lineStart + 1);
    }

    private Token next() {
        skipSpace();
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
        if (c != '"' && !isIdChar(c)) {
            throw error("unexpected character", pos);
        }
        int startLine = line;
        byte[] bytes = null;
        int strings = 0;
        boolean idChars = false;
        while (pos < end) {
            c = src.charAt(pos);
            if (c == '"') {
                bytes = string();
                strings++;
            } else if (isIdChar(c)) {
                pos++;
                idChars = true;
            } else {
                break;
            }
        }
        String text = src.substring(start, pos);
        if (strings == 1 && !idChars) {
            return new Token(Token.Kind.STRING, text, bytes, startLine, col, start, pos);
        }
        if (strings > 0) {
            throw new MalformedException("unknown operator " + text, startLine, col);
        }
        return new Token(classify(text, startLine, col), text, null, startLine, col, start, pos);
    }

    /** A run of id-characters: an identifier, a keyword, a number, or else a reserved token. */
    private static Token.Kind classify(String text, int line, int col) {
        char c = text.charAt(0);
        if (c == '$' && text.length() > 1) {
            return Token.Kind.ID;
        }
        if (Numbers.isNumber(text)) {
            return Token.Kind.NUMBER;
        }
        if (c >= 'a' && c <= 'z') {
            return Token.Kind.KEYWORD;
        }
        throw new MalformedException("unknown operator " + text, line, col);
    }

    private void skipSpace() {
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
                    pos++;
                }
            } else if (c == '(' && pos + 1 < end && src.charAt(pos + 1) == ';') {
                blockComment();
            } else {
                return;
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
}
