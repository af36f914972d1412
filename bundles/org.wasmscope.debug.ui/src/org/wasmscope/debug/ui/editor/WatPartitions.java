package org.wasmscope.debug.ui.editor;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension3;
import org.eclipse.jface.text.IDocumentPartitioner;
import org.eclipse.jface.text.rules.EndOfLineRule;
import org.eclipse.jface.text.rules.FastPartitioner;
import org.eclipse.jface.text.rules.IPredicateRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.MultiLineRule;
import org.eclipse.jface.text.rules.RuleBasedPartitionScanner;
import org.eclipse.jface.text.rules.Token;

/**
 * The partitions of a {@code .wat} document: comments and strings (which may span lines, so the code
 * scanner must never start inside one) and the code around them.
 */
public final class WatPartitions {
    /** The partitioning's name, for {@link IDocumentExtension3#setDocumentPartitioner(String, IDocumentPartitioner)}. */
    public static final String PARTITIONING = "__wat_partitioning";
    public static final String COMMENT = "__wat_comment";
    public static final String STRING = "__wat_string";
    public static final String[] TYPES = { IDocument.DEFAULT_CONTENT_TYPE, COMMENT, STRING };

    private WatPartitions() {
    }

    /** Connects a new partitioner to {@code document}. */
    public static void setUp(IDocument document) {
        IDocumentPartitioner partitioner = new FastPartitioner(new Scanner(), new String[] { COMMENT, STRING });
        if (document instanceof IDocumentExtension3 ext) {
            ext.setDocumentPartitioner(PARTITIONING, partitioner);
        } else {
            document.setDocumentPartitioner(partitioner);
        }
        partitioner.connect(document);
    }

    static final class Scanner extends RuleBasedPartitionScanner {
        Scanner() {
            IToken comment = new Token(COMMENT);
            IToken string = new Token(STRING);
            setPredicateRules(new IPredicateRule[] {
                    new EndOfLineRule(";;", comment),
                    new NestedCommentRule(comment),
                    new MultiLineRule("\"", "\"", string, '\\', true) });
        }

        /** Goes back to the start of the partition being resumed. */
        void rewindToTokenStart() {
            fOffset = fTokenOffset;
        }
    }
}
