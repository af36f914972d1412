package org.wasmscope.debug.ui.editor;

import org.eclipse.jface.text.rules.ICharacterScanner;
import org.eclipse.jface.text.rules.IPredicateRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.Token;

/**
 * A block comment {@code (; ... ;)}, which in the text format nests: {@code (; a (; b ;) c ;)} is one
 * comment. An unterminated comment runs to the end of the document, as the parser reads it.
 */
final class NestedCommentRule implements IPredicateRule {
    private final IToken token;

    NestedCommentRule(IToken token) {
        this.token = token;
    }

    @Override
    public IToken getSuccessToken() {
        return token;
    }

    @Override
    public IToken evaluate(ICharacterScanner scanner) {
        return evaluate(scanner, false);
    }

    @Override
    public IToken evaluate(ICharacterScanner scanner, boolean resume) {
        if (resume && scanner instanceof WatPartitions.Scanner s) {
            // Resuming in the middle of a comment would lose its nesting depth: read it again from its start.
            s.rewindToTokenStart();
            resume = false;
        }
        if (!resume) {
            if (scanner.read() != '(') {
                scanner.unread();
                return Token.UNDEFINED;
            }
            if (scanner.read() != ';') {
                scanner.unread();
                scanner.unread();
                return Token.UNDEFINED;
            }
        }
        int depth = 1;
        int previous = 0;
        for (int c = scanner.read(); c != ICharacterScanner.EOF; c = scanner.read()) {
            if (previous == '(' && c == ';') {
                depth++;
                c = 0; // "(;)" is an opening, not also a closing
            } else if (previous == ';' && c == ')') {
                if (--depth == 0) {
                    return token;
                }
                c = 0;
            }
            previous = c;
        }
        scanner.unread(); // the EOF
        return token;
    }
}
