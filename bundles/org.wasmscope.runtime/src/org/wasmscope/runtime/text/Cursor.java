package org.wasmscope.runtime.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.wasmscope.runtime.MalformedException;
import org.wasmscope.runtime.syntax.SpecVersion;
import org.wasmscope.runtime.text.Token.Kind;

/** A position in a token list, with the small look-ahead and error helpers the parsers share. */
final class Cursor {
    private final List<Token> tokens;
    /** The edition the modules read from these tokens follow. */
    final SpecVersion version;
    private int pos;

    Cursor(List<Token> tokens, SpecVersion version) {
        this.tokens = tokens;
        this.version = version;
    }

    int position() {
        return pos;
    }

    void reset(int position) {
        pos = position;
    }

    Token peek() {
        return tokens.get(pos);
    }

    /** The token consumed last (the first token if none was). */
    Token previous() {
        return tokens.get(Math.max(0, pos - 1));
    }

    Token peek(int ahead) {
        return tokens.get(Math.min(pos + ahead, tokens.size() - 1));
    }

    Token next() {
        Token t = tokens.get(pos);
        if (t.kind() != Kind.EOF) {
            pos++;
        }
        return t;
    }

    boolean at(Kind kind) {
        return peek().kind() == kind;
    }

    boolean atKeyword(String keyword) {
        return peek().isKeyword(keyword);
    }

    /** Whether the next tokens are {@code ( keyword}. */
    boolean atOpen(String keyword) {
        return peek().kind() == Kind.LPAREN && peek(1).isKeyword(keyword);
    }

    /** Consumes {@code ( keyword} if it is next. */
    boolean openIf(String keyword) {
        if (atOpen(keyword)) {
            pos += 2;
            return true;
        }
        return false;
    }

    void open(String keyword) {
        expect(Kind.LPAREN);
        keyword(keyword);
    }

    Token keyword(String keyword) {
        if (!atKeyword(keyword)) {
            throw unexpected();
        }
        return next();
    }

    Token expect(Kind kind) {
        if (!at(kind)) {
            throw unexpected();
        }
        return next();
    }

    void close() {
        expect(Kind.RPAREN);
    }

    /** An optional {@code $id}, without the {@code $}; or null. */
    String optId() {
        return at(Kind.ID) ? next().idName() : null;
    }

    String string() {
        return name(expect(Kind.STRING));
    }

    /** A string token's bytes as a name, which must be valid UTF-8 (spec 6.3.3). */
    static String name(Token t) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(t.bytes())).toString();
        } catch (CharacterCodingException e) {
            throw error(t, "malformed UTF-8 encoding");
        }
    }

    /** Skips one balanced s-expression or a single token. */
    void skipSExpr() {
        if (!at(Kind.LPAREN)) {
            next();
            return;
        }
        int depth = 0;
        do {
            Token t = next();
            if (t.kind() == Kind.LPAREN) {
                depth++;
            } else if (t.kind() == Kind.RPAREN) {
                depth--;
            } else if (t.kind() == Kind.EOF) {
                throw unexpected();
            }
        } while (depth > 0);
    }

    MalformedException unexpected() {
        return unexpected(peek());
    }

    static MalformedException unexpected(Token t) {
        if (t.kind() == Kind.KEYWORD && !Keywords.known(t.text())) {
            return error(t, "unknown operator " + t.text());
        }
        if (t.kind() == Kind.EOF) {
            return error(t, "unexpected end of input");
        }
        return error(t, "unexpected token " + t.text());
    }

    /**
     * The error for a lane index that is not a natural number below 256: 3.0 reads lane indices as i8
     * constants, 2.0 had a message of its own.
     */
    MalformedException badLaneIndex(Token t) {
        return error(t, version == SpecVersion.V2 ? "malformed lane index" : "i8 constant out of range");
    }

    MalformedException error(String message) {
        return error(peek(), message);
    }

    static MalformedException error(Token t, String message) {
        return new MalformedException(message, t.line(), t.column());
    }
}
