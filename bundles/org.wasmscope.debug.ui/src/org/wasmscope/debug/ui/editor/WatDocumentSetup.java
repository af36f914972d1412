package org.wasmscope.debug.ui.editor;

import org.eclipse.core.filebuffers.IDocumentSetupParticipant;
import org.eclipse.jface.text.IDocument;

/** Gives every {@code .wat} document (in the editor, and any file buffer of one) its partitioner. */
public final class WatDocumentSetup implements IDocumentSetupParticipant {
    @Override
    public void setup(IDocument document) {
        WatPartitions.setUp(document);
    }
}
