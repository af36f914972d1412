package org.wasmscope.debug.ui.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ContentAssistant;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContentAssistant;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.jface.text.hyperlink.IHyperlinkDetector;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.MonoReconciler;
import org.eclipse.jface.text.source.ISourceViewer;
import org.wasmscope.debug.ui.editor.WatStructure.Definition;
import org.wasmscope.debug.ui.editor.WatStructure.Space;
import org.wasmscope.debug.ui.editor.WatStructure.Word;
import org.wasmscope.runtime.syntax.Opcode;

/**
 * The {@code .wat} editor's configuration beyond colouring: problems while typing (a reconciler), hover
 * with an instruction's type, Ctrl+click from a {@code $name} to its definition, and content assist for
 * instruction names and the {@code $names} in scope. All read the editor's latest {@link WatAnalysis}.
 */
final class WatEditingConfiguration extends WatSourceViewerConfiguration {
    private final WatEditor editor;

    WatEditingConfiguration(WatEditor editor) {
        this.editor = editor;
    }

    @Override
    public IReconciler getReconciler(ISourceViewer sourceViewer) {
        MonoReconciler reconciler = new MonoReconciler(new WatReconcilingStrategy(editor), false);
        reconciler.setDelay(400);
        return reconciler;
    }

    @Override
    public ITextHover getTextHover(ISourceViewer sourceViewer, String contentType) {
        return new ITextHover() {
            @Override
            public String getHoverInfo(ITextViewer textViewer, IRegion region) {
                WatAnalysis analysis = editor.analysis();
                return analysis == null ? null : analysis.instructionTypeAt(region.getOffset());
            }

            @Override
            public IRegion getHoverRegion(ITextViewer textViewer, int offset) {
                return new Region(offset, 0);
            }
        };
    }

    @Override
    public IHyperlinkDetector[] getHyperlinkDetectors(ISourceViewer sourceViewer) {
        IHyperlinkDetector[] inherited = super.getHyperlinkDetectors(sourceViewer);
        List<IHyperlinkDetector> all = new ArrayList<>();
        all.add(this::definitionLink);
        if (inherited != null) {
            all.addAll(Arrays.asList(inherited));
        }
        return all.toArray(IHyperlinkDetector[]::new);
    }

    /** A {@code $name} under the mouse links to where it is defined. */
    private IHyperlink[] definitionLink(ITextViewer viewer, IRegion region, boolean canShowMultiple) {
        WatAnalysis analysis = editor.analysis();
        if (analysis == null) {
            return null;
        }
        WatStructure structure = analysis.structure();
        Word name = structure.wordAt(region.getOffset());
        Definition d = structure.definitionOf(name);
        if (d == null) {
            return null;
        }
        Word target = d.name();
        return new IHyperlink[] { new DefinitionLink(editor, new Region(name.start(), name.end() - name.start()),
                "Go to " + d.space().word + " " + target.text(), target.start(), target.end() - target.start()) };
    }

    /** Opens a definition: selects its name in the editor. */
    record DefinitionLink(WatEditor editor, IRegion getHyperlinkRegion, String getHyperlinkText, int start,
            int length) implements IHyperlink {
        @Override
        public String getTypeLabel() {
            return null;
        }

        @Override
        public void open() {
            editor.selectAndReveal(start, length);
        }
    }

    @Override
    public IContentAssistant getContentAssistant(ISourceViewer sourceViewer) {
        ContentAssistant assistant = new ContentAssistant();
        assistant.setDocumentPartitioning(WatPartitions.PARTITIONING);
        assistant.setContentAssistProcessor(new Proposals(), IDocument.DEFAULT_CONTENT_TYPE);
        assistant.enableAutoActivation(true);
        assistant.setAutoActivationDelay(300);
        assistant.enableAutoInsert(true);
        return assistant;
    }

    /** Instruction names, and after a {@code $} the names the instruction before may refer to. */
    static final class Proposals implements IContentAssistProcessor {
        @Override
        public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
            String text = viewer.getDocument().get();
            int start = offset;
            while (start > 0 && WatStructure.wordEnd(text, start - 1) > start - 1) { // a word's character
                start--;
            }
            String prefix = text.substring(start, offset);
            List<ICompletionProposal> out = new ArrayList<>();
            if (prefix.startsWith("$")) {
                WatStructure structure = WatStructure.read(text);
                List<Space> spaces = structure.spacesAt(start);
                for (Space space : spaces.isEmpty() ? List.of(Space.values()) : spaces) {
                    for (Definition d : structure.visible(space, start)) {
                        String name = d.name() == null ? null : d.name().text();
                        if (name != null && name.startsWith(prefix)) {
                            out.add(new CompletionProposal(name, start, prefix.length(), name.length(), null,
                                    name + " \u2014 " + space.word + " " + d.index(), null, null));
                        }
                    }
                }
            } else {
                for (String name : instructionNames()) {
                    if (name.startsWith(prefix)) {
                        out.add(new CompletionProposal(name, start, prefix.length(), name.length()));
                    }
                }
            }
            return out.toArray(ICompletionProposal[]::new);
        }

        @Override
        public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
            return null;
        }

        @Override
        public char[] getCompletionProposalAutoActivationCharacters() {
            return new char[] { '$' };
        }

        @Override
        public char[] getContextInformationAutoActivationCharacters() {
            return null;
        }

        @Override
        public String getErrorMessage() {
            return null;
        }

        @Override
        public IContextInformationValidator getContextInformationValidator() {
            return null;
        }
    }

    /** Every instruction's name in the text format, sorted. */
    static TreeSet<String> instructionNames() {
        TreeSet<String> names = new TreeSet<>();
        for (Opcode op : Opcode.values()) {
            if (op.text != null && !op.text.isEmpty()) {
                names.add(op.text);
            }
        }
        return names;
    }
}
