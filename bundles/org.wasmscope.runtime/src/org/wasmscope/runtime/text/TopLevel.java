package org.wasmscope.runtime.text;

import java.util.ArrayList;
import java.util.List;

import org.wasmscope.runtime.MalformedException;

/**
 * Finds the top-level s-expressions of a script by their parentheses alone (minding strings and comments),
 * so each command can be lexed and parsed on its own: a command the parser does not understand is then
 * skipped without losing the rest of the script.
 */
final class TopLevel {
    /** One top-level s-expression: {@code text[start, end)}, beginning at {@code line}:{@code column}. */
    record Range(int start, int end, int line, int column) {
    }

    private TopLevel() {
    }

    static List<Range> split(String text) {
        List<Range> out = new ArrayList<>();
        int n = text.length();
        int line = 1;
        int lineStart = 0;
        int depth = 0;
        int start = 0;
        int startLine = 0;
        int startCol = 0;
        int commentDepth = 0;
        boolean inString = false;
        boolean lineComment = false;
        for (int i = 0; i < n; i++) {
            char ch = text.charAt(i);
            char nx = i + 1 < n ? text.charAt(i + 1) : 0;
            if (ch == '\n') {
                line++;
                lineStart = i + 1;
                lineComment = false;
                inString = false; // a string cannot span lines; the lexer reports it
                continue;
            }
            if (lineComment) {
                lineComment = ch != '\r';
                continue;
            }
            if (commentDepth > 0) {
                if (ch == '(' && nx == ';') {
                    commentDepth++;
                    i++;
                } else if (ch == ';' && nx == ')') {
                    commentDepth--;
                    i++;
                }
                continue;
            }
            if (inString) {
                if (ch == '\\') {
                    i++;
                } else if (ch == '"') {
                    inString = false;
                }
                continue;
            }
            if (ch == ';' && nx == ';') {
                lineComment = true;
            } else if (ch == '(' && nx == ';') {
                commentDepth = 1;
                i++;
            } else if (ch == '"') {
                inString = true;
            } else if (ch == '(') {
                if (depth == 0) {
                    start = i;
                    startLine = line;
                    startCol = i - lineStart + 1;
                }
                depth++;
            } else if (ch == ')') {
                if (depth == 0) {
                    throw new MalformedException("unexpected token )", line, i - lineStart + 1);
                }
                depth--;
                if (depth == 0) {
                    out.add(new Range(start, i + 1, startLine, startCol));
                }
            } else if (depth == 0 && ch != ' ' && ch != '\t' && ch != '\r') {
                throw new MalformedException("unexpected token", line, i - lineStart + 1);
            }
        }
        if (depth > 0 || commentDepth > 0) {
            throw new MalformedException("unexpected end of input", startLine, startCol);
        }
        return out;
    }
}
