package org.wasmscope.debug.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.wasmscope.tests.support.workbench.Workbench.item;
import static org.wasmscope.tests.support.workbench.Workbench.menu;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ISetSelectionTarget;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wasmscope.debug.ui.editor.ModuleProblems;
import org.wasmscope.debug.ui.editor.WasmDisassemblyEditor;
import org.wasmscope.debug.ui.editor.WatEditor;
import org.wasmscope.tests.support.workbench.Workbench;

/**
 * Problem markers of every module file in the workspace, open in an editor or not, in a project of any kind:
 * text with its lines and words, a binary module with its byte offset and disassembly line, refreshed when a
 * file is saved or changed; and Run As / Debug As in the Resource perspective's Run menu.
 */
class WorkspaceProblemsTest {
    private static final String PROJECT = "Plain Project";
    private static IProject project;

    @BeforeAll
    static void workbench() throws Exception {
        Workbench.project();
        Workbench.closeIntro();
        Workbench.maximize();
        project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
        project.create(null);
        project.open(null);
    }

    @AfterAll
    static void removeProject() throws CoreException {
        Workbench.page().closeAllEditors(false);
        project.delete(true, null);
    }

    private static IFile create(String name, byte[] contents) throws CoreException {
        IFile file = project.getFile(name);
        file.create(new ByteArrayInputStream(contents), true, null);
        return file;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void textModulesGetMarkersWithoutAnEditor() throws Exception {
        IFile file = create("closed.wat", utf8("""
                (module
                  (func $a (result i32)
                    (i32.ad (i32.const 1)))
                  (func $b (result i32)
                    (i64.const 1))
                  (func $c (result i64)
                    (call $a)))
                """));
        // the syntax error, and the fault of $b that the stand-in for $a cannot have caused; not the call of $a
        List<String> expected = List.of("3 i32.ad: unknown operator i32.ad (line 3 (malformed))",
                "5 ): type mismatch: instruction requires [i32] but stack has [i64] (line 5 (invalid))");
        Workbench.waitFor("the markers of a file no editor shows", 20, () -> textProblems(file).equals(expected));
        Workbench.perspective(IDE.RESOURCE_PERSPECTIVE_ID);
        IViewPart problemsView = Workbench.show(IPageLayout.ID_PROBLEM_VIEW);
        Workbench.pump(1000); // the view gathers the markers in the background
        ((TreeViewer) problemsView.getSite().getSelectionProvider()).expandAll();
        Workbench.screenshot("problems-of-files-not-open");

        // changed outside an editor (as a save, a refresh or a team update does): the markers follow
        file.setContents(new ByteArrayInputStream(utf8("(module\n  (func (result i32)\n    (f32.const 1)))\n")),
                true, false, null);
        Workbench.waitFor("the markers of the new contents", 20, () -> textProblems(file).equals(
                List.of("3 ): type mismatch: instruction requires [i32] but stack has [f32] (line 3 (invalid))")));

        file.setContents(new ByteArrayInputStream(utf8("(module)\n")), true, false, null);
        Workbench.waitFor("no markers", 20, () -> textProblems(file).isEmpty());
    }

    @Test
    void savingInTheEditorKeepsTheMarkersOfTheSavedText() throws Exception {
        IFile file = create("saved.wat", utf8("(module)\n"));
        WatEditor editor = assertInstanceOf(WatEditor.class, IDE.openEditor(Workbench.page(), file));
        IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
        document.set("(module (func i32.ad))\n");
        Workbench.waitFor("the editor's marker", 20,
                () -> textProblems(file).equals(List.of("1 i32.ad: unknown operator i32.ad (line 1 (malformed))")));
        editor.doSave(null);
        Workbench.pump(1000); // the workspace check of the saved file has run
        assertEquals(List.of("1 i32.ad: unknown operator i32.ad (line 1 (malformed))"), textProblems(file));
        Workbench.page().closeEditor(editor, false);
    }

    @Test
    void binaryModulesGetMarkersWithTheirByteOffset() throws Exception {
        byte[] answer = Files.readAllBytes(Workbench.testWat("answer.wasm"));
        answer[0x22] = 0x42; // i32.const 42 becomes i64.const 42 in a function returning i32
        IFile invalid = create("invalid.wasm", answer);
        IFile random = create("random.wasm", new byte[] {1, 2, 3, 4, 5});
        // line 7 of the disassembly is "000024  end", where the result's type is checked
        Workbench.waitFor("the binary module's marker", 20, () -> binaryProblems(invalid).equals(List.of(
                "line 7 offset 36: type mismatch: instruction requires [i32] but stack has [i64] (offset 0x24 (invalid))")));
        Workbench.waitFor("the marker of bytes that are no module", 20, () -> binaryProblems(random).equals(
                List.of("line 1 offset 0: magic header not detected (offset 0x0 (malformed))")));

        // the disassembly shows the marker on the instruction's line (in the ruler: it has no characters)
        ITextEditor editor = assertInstanceOf(WasmDisassemblyEditor.class, IDE.openEditor(Workbench.page(), invalid));
        IDocument listing = editor.getDocumentProvider().getDocument(editor.getEditorInput());
        IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
        List<String> marked = new ArrayList<>();
        Workbench.waitFor("the marker's annotation", 20, () -> {
            marked.clear();
            model.getAnnotationIterator().forEachRemaining(a -> {
                if (a instanceof MarkerAnnotation m && m.getMarker().getAttribute(ModuleProblems.OFFSET, -1) >= 0) {
                    try { // a marker with only a line number is at the line's start
                        IRegion line = listing.getLineInformationOfOffset(model.getPosition(a).getOffset());
                        marked.add(listing.get(line.getOffset(), line.getLength()).trim() + ": " + a.getText());
                    } catch (BadLocationException e) {
                        marked.add(e.toString());
                    }
                }
            });
            return !marked.isEmpty();
        });
        assertEquals(List.of("000024  end: type mismatch: instruction requires [i32] but stack has [i64]"), marked);
        Workbench.screenshot("problem-in-disassembly");
        Workbench.page().closeEditor(editor, false);
    }

    @Test
    void derivedFilesAreNotChecked() throws Exception {
        var output = project.getFolder("out");
        output.create(true, true, null);
        output.setDerived(true, null);
        IFile copy = output.getFile("copy.wat");
        copy.create(new ByteArrayInputStream(utf8("(module (func i32.ad))")), true, null);
        IFile source = create("source.wat", utf8("(module (func i32.ad))"));
        Workbench.waitFor("the source's marker", 20, () -> textProblems(source).size() == 1);
        assertEquals(List.of(), textProblems(copy), "build output is not checked");
    }

    @Test
    void theResourcePerspectiveRunsAndDebugsModules() throws Exception {
        Workbench.perspective(IDE.RESOURCE_PERSPECTIVE_ID);
        Workbench.page().closeAllEditors(false);
        IViewPart explorer = Workbench.show(IPageLayout.ID_PROJECT_EXPLORER);
        ((ISetSelectionTarget) explorer).selectReveal(new StructuredSelection(Workbench.file("factorial.wat")));
        Workbench.pump(300);
        Menu run = menu(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getMenuBar(), "Run");
        // the debug platform's launch action set: each item is there (item fails with the labels it found)
        for (String label : List.of("Run History", "Run As", "Run Configurations...", "Debug History", "Debug As",
                "Debug Configurations...")) {
            item(run, label);
        }
        for (String submenu : List.of("Run As", "Debug As")) {
            List<String> shortcuts = new ArrayList<>();
            for (MenuItem i : menu(run, submenu).getItems()) {
                shortcuts.add(i.getText().replace("&", ""));
            }
            assertEquals(List.of("1 WebAssembly"), shortcuts, submenu + " for the selected factorial.wat");
        }
        Workbench.screenshot("resource-perspective-run-menu");
    }

    /** A text module's markers as {@code LINE TEXT: MESSAGE (LOCATION)}, TEXT being the characters marked. */
    private static List<String> textProblems(IFile file) {
        try {
            String text = new String(file.getContents().readAllBytes(), StandardCharsets.UTF_8);
            IDocument open = openDocument(file);
            String shown = open != null ? open.get() : text;
            List<String> out = new ArrayList<>();
            for (IMarker m : sorted(file)) {
                out.add(m.getAttribute(IMarker.LINE_NUMBER, 0) + " "
                        + shown.substring(m.getAttribute(IMarker.CHAR_START, 0), m.getAttribute(IMarker.CHAR_END, 0))
                        + ": " + m.getAttribute(IMarker.MESSAGE, "") + " (" + m.getAttribute(IMarker.LOCATION, "") + ")");
            }
            return out;
        } catch (Exception e) {
            return List.of("? " + e);
        }
    }

    /** A binary module's markers as {@code line LINE offset OFFSET: MESSAGE (LOCATION)}. */
    private static List<String> binaryProblems(IFile file) {
        try {
            List<String> out = new ArrayList<>();
            for (IMarker m : sorted(file)) {
                out.add("line " + m.getAttribute(IMarker.LINE_NUMBER, 0) + " offset " + m.getAttribute(ModuleProblems.OFFSET, -1)
                        + ": " + m.getAttribute(IMarker.MESSAGE, "") + " (" + m.getAttribute(IMarker.LOCATION, "") + ")");
            }
            return out;
        } catch (CoreException e) {
            return List.of("? " + e);
        }
    }

    private static List<IMarker> sorted(IFile file) throws CoreException {
        List<IMarker> markers = new ArrayList<>(Arrays.asList(file.findMarkers(ModuleProblems.MARKER, true, IResource.DEPTH_ZERO)));
        markers.sort((a, b) -> Integer.compare(a.getAttribute(IMarker.CHAR_START, a.getAttribute(IMarker.LINE_NUMBER, 0)),
                b.getAttribute(IMarker.CHAR_START, b.getAttribute(IMarker.LINE_NUMBER, 0))));
        return markers;
    }

    private static IDocument openDocument(IFile file) {
        var editor = Workbench.page().findEditor(new org.eclipse.ui.part.FileEditorInput(file));
        return editor instanceof WatEditor wat ? wat.getDocumentProvider().getDocument(wat.getEditorInput()) : null;
    }
}
