package org.wasmscope.debug.ui.editor;

import org.eclipse.jface.text.TextAttribute;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;

/** The colours of the {@code .wat} editor, one text attribute per kind of text. */
public final class WatColors {
    public static final TextAttribute COMMENT = new TextAttribute(new Color(63, 127, 95));
    public static final TextAttribute STRING = new TextAttribute(new Color(42, 0, 255));
    public static final TextAttribute KEYWORD = new TextAttribute(new Color(127, 0, 85), null, SWT.BOLD);
    public static final TextAttribute TYPE = new TextAttribute(new Color(0, 102, 153), null, SWT.BOLD);
    public static final TextAttribute INSTRUCTION = new TextAttribute(new Color(0, 0, 192));
    public static final TextAttribute IDENTIFIER = new TextAttribute(new Color(128, 64, 0));
    public static final TextAttribute NUMBER = new TextAttribute(new Color(200, 0, 100));
    public static final TextAttribute PLAIN = new TextAttribute(null);

    private WatColors() {
    }

    static TextAttribute of(WatSyntax.Kind kind) {
        return switch (kind) {
            case KEYWORD -> KEYWORD;
            case TYPE -> TYPE;
            case INSTRUCTION -> INSTRUCTION;
            case IDENTIFIER -> IDENTIFIER;
            case NUMBER -> NUMBER;
            case OTHER -> PLAIN;
        };
    }
}
