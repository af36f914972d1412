package org.wasmscope.debug.ui.editor;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.rules.ITokenScanner;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.editors.text.TextSourceViewerConfiguration;

/** Colouring of {@code .wat} text: comments and strings by partition, code word by word. */
public class WatSourceViewerConfiguration extends TextSourceViewerConfiguration {

    @Override
    public String getConfiguredDocumentPartitioning(ISourceViewer sourceViewer) {
        return WatPartitions.PARTITIONING;
    }

    @Override
    public String[] getConfiguredContentTypes(ISourceViewer sourceViewer) {
        return WatPartitions.TYPES;
    }

    @Override
    public IPresentationReconciler getPresentationReconciler(ISourceViewer sourceViewer) {
        PresentationReconciler reconciler = new PresentationReconciler();
        reconciler.setDocumentPartitioning(WatPartitions.PARTITIONING);
        add(reconciler, IDocument.DEFAULT_CONTENT_TYPE, new WatCodeScanner());
        add(reconciler, WatPartitions.COMMENT, whole(WatColors.COMMENT));
        add(reconciler, WatPartitions.STRING, whole(WatColors.STRING));
        return reconciler;
    }

    private static void add(PresentationReconciler reconciler, String contentType, ITokenScanner scanner) {
        DefaultDamagerRepairer dr = new DefaultDamagerRepairer(scanner);
        reconciler.setDamager(dr, contentType);
        reconciler.setRepairer(dr, contentType);
    }

    /** A scanner that gives a whole partition one attribute. */
    private static ITokenScanner whole(TextAttribute attribute) {
        RuleBasedScanner scanner = new RuleBasedScanner();
        scanner.setDefaultReturnToken(new Token(attribute));
        return scanner;
    }
}
