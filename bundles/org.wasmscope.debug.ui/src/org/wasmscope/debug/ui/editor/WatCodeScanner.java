package org.wasmscope.debug.ui.editor;

import org.eclipse.jface.text.rules.ICharacterScanner;
import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.rules.WhitespaceRule;

/** Colours the code partition word by word, as {@link WatSyntax#classify(String)} sorts the words. */
final class WatCodeScanner extends RuleBasedScanner {
    WatCodeScanner() {
        setRules(new IRule[] { new WhitespaceRule(Character::isWhitespace), new WordRule() });
        setDefaultReturnToken(new Token(WatColors.PLAIN));
    }

    private static final class WordRule implements IRule {
        @Override
        public IToken evaluate(ICharacterScanner scanner) {
            StringBuilder word = new StringBuilder();
            for (int c = scanner.read(); c != ICharacterScanner.EOF && WatSyntax.isIdChar((char) c); c = scanner.read()) {
                word.append((char) c);
            }
            scanner.unread();
            if (word.isEmpty()) {
                return Token.UNDEFINED;
            }
            return new Token(WatColors.of(WatSyntax.classify(word.toString())));
        }
    }
}
