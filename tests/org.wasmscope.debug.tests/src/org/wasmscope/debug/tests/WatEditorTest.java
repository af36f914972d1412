package org.wasmscope.debug.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wasmscope.debug.ui.editor.WasmDisassemblyEditor;
import org.wasmscope.debug.ui.editor.WatColors;
import org.wasmscope.debug.ui.editor.WatEditor;
import org.wasmscope.tests.support.workbench.Workbench;

/** The .wat editor's colouring and the .wasm disassembly editor, opened in the workbench. */
class WatEditorTest {

    @BeforeAll
    static void workbench() throws Exception {
        Workbench.project();
        Workbench.maximize();
    }

    @AfterEach
    void close() {
        Workbench.page().closeAllEditors(false);
    }

    @Test
    void watFilesOpenColouredByKind() throws Exception {
        IFile file = Workbench.file("factorial.wat");
        IEditorPart part = IDE.openEditor(Workbench.page(), file);
        WatEditor editor = assertInstanceOf(WatEditor.class, part);
        StyledText text = editor.viewer().getTextWidget();
        IDocument doc = editor.getDocumentProvider().getDocument(editor.getEditorInput());
        Workbench.pump(300);

        assertStyle(text, doc, ";; Recursive factorial", WatColors.COMMENT);
        assertStyle(text, doc, "module", WatColors.KEYWORD);
        assertStyle(text, doc, "func", WatColors.KEYWORD);
        assertStyle(text, doc, "$fac", WatColors.IDENTIFIER);
        assertStyle(text, doc, "i64)", WatColors.TYPE);
        assertStyle(text, doc, "i64.lt_u", WatColors.INSTRUCTION);
        assertStyle(text, doc, "local.get", WatColors.INSTRUCTION);
        assertStyle(text, doc, "call $fac", WatColors.INSTRUCTION);
        assertStyle(text, doc, "2))", WatColors.NUMBER);
        assertStyle(text, doc, "\"fac\"", WatColors.STRING);
        assertTrue((styleAt(text, doc.get().indexOf("module")).fontStyle & SWT.BOLD) != 0, "keywords are bold");

        // the caret after "(module": bracket matching highlights the module's closing parenthesis
        editor.selectAndReveal(doc.get().indexOf("(module") + 1, 0);
        Workbench.pump(300);
        Workbench.screenshot("wat-editor-factorial");
    }

    @Test
    void nestedBlockCommentsStringsAndLineComments() throws Exception {
        WatEditor editor = assertInstanceOf(WatEditor.class, IDE.openEditor(Workbench.page(), Workbench.file("nested.wat")));
        StyledText text = editor.viewer().getTextWidget();
        IDocument doc = editor.getDocumentProvider().getDocument(editor.getEditorInput());
        Workbench.pump(300);
        assertStyle(text, doc, "with a nested one", WatColors.COMMENT);
        assertStyle(text, doc, "still a comment", WatColors.COMMENT);
        assertStyle(text, doc, "module", WatColors.KEYWORD);
        assertStyle(text, doc, "not a comment", WatColors.STRING);
        assertStyle(text, doc, "i32.const", WatColors.INSTRUCTION);
        assertStyle(text, doc, "42", WatColors.NUMBER);
        assertStyle(text, doc, ";; a line comment", WatColors.COMMENT);

        // typing into the comment keeps the rest coloured right (the partitioner resumes inside it)
        doc.replace(doc.get().indexOf("still"), 0, "(; deeper ;) ");
        Workbench.pump(300);
        assertStyle(text, doc, "still a comment", WatColors.COMMENT);
        assertStyle(text, doc, "module", WatColors.KEYWORD);
        doc.replace(0, 2, "");  // the outer comment is gone: "A block comment" is code now
        Workbench.pump(300);
        assertFalse(WatColors.COMMENT.getForeground().equals(styleAt(text, doc.get().indexOf("block")).foreground));
        assertStyle(text, doc, "with a nested one", WatColors.COMMENT);
        editor.doRevertToSaved();
    }

    @Test
    void wasmFilesOpenAsReadOnlyDisassembly() throws Exception {
        IEditorPart part = IDE.openEditor(Workbench.page(), Workbench.file("answer.wasm"));
        WasmDisassemblyEditor editor = assertInstanceOf(WasmDisassemblyEditor.class, part);
        String text = ((ITextEditor) editor).getDocumentProvider().getDocument(editor.getEditorInput()).get();
        assertTrue(text.contains("000022  i32.const 42"), text);
        assertTrue(text.contains("\"main\" -> func 0"), text);
        assertFalse(editor.isEditable());
        assertFalse(editor.isDirty());
        StyledText styled = (StyledText) editor.getAdapter(org.eclipse.swt.widgets.Control.class);
        StyleRange style = styleAt(styled, text.indexOf("i32.const 42"));
        assertEquals(WatColors.INSTRUCTION.getForeground().getRGB(), style.foreground.getRGB(), "coloured as code");
        Workbench.screenshot("wasm-disassembly");
    }

    static void assertStyle(StyledText text, IDocument doc, String at, TextAttribute expected) {
        int offset = doc.get().indexOf(at);
        assertTrue(offset >= 0, "no \"" + at + "\" in the document");
        StyleRange style = styleAt(text, offset);
        assertNotNull(style.foreground, "no colour at \"" + at + "\"");
        assertEquals(expected.getForeground().getRGB(), style.foreground.getRGB(), "colour at \"" + at + "\"");
    }

    private static StyleRange styleAt(StyledText text, int offset) {
        StyleRange style = text.getStyleRangeAtOffset(offset);
        return style == null ? new StyleRange() : style;
    }
}
