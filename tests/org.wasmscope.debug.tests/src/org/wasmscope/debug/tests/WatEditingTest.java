package org.wasmscope.debug.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wasmscope.tests.support.workbench.Workbench.item;
import static org.wasmscope.tests.support.workbench.Workbench.menu;
import static org.wasmscope.tests.support.workbench.Workbench.select;
import static org.wasmscope.tests.support.workbench.Workbench.shown;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.IDebugEventSetListener;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.debug.core.model.IStackFrame;
import org.eclipse.debug.core.model.IThread;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.keys.IBindingService;
import org.eclipse.ui.part.ISetSelectionTarget;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wasmscope.debug.core.breakpoints.WasmLineBreakpoint;
import org.wasmscope.debug.ui.editor.WatEditor;
import org.wasmscope.debug.ui.editor.ModuleProblems;
import org.wasmscope.debug.ui.editor.WatOutlinePage;
import org.wasmscope.debug.ui.wizards.NewWatModuleWizard;
import org.wasmscope.tests.support.workbench.Workbench;

/**
 * The .wat editor as a first-time user meets it: Toggle Breakpoint from the keyboard and the menus, the
 * current instruction marked by its characters, problems while typing, the Outline, hover, Ctrl+click,
 * content assist, the New wizard and Run As / Debug As in the Project Explorer.
 */
class WatEditingTest {
    private static final String TOGGLE_BREAKPOINT = "org.eclipse.debug.ui.commands.ToggleBreakpoint";

    @BeforeAll
    static void workbench() throws Exception {
        Workbench.project();
        Workbench.closeIntro();
        DebugUITools.getPreferenceStore().setValue("org.eclipse.debug.ui.switch_perspective_on_suspend", "always");
        DebugUITools.getPreferenceStore().setValue("org.eclipse.debug.ui.switch_to_perspective", "always");
        Workbench.maximize();
    }

    @AfterEach
    void clean() throws CoreException {
        Launches.removeAll();
        DebugPlugin.getDefault().getBreakpointManager().removeBreakpoints(
                DebugPlugin.getDefault().getBreakpointManager().getBreakpoints(), true);
        Workbench.page().closeAllEditors(false);
    }

    private static WatEditor open(IFile file) throws Exception {
        WatEditor editor = assertInstanceOf(WatEditor.class, IDE.openEditor(Workbench.page(), file));
        Workbench.waitFor("the first analysis of " + file.getName(), 20, () -> editor.analysis() != null);
        Workbench.pump(200);
        return editor;
    }

    private static IDocument document(WatEditor editor) {
        return editor.getDocumentProvider().getDocument(editor.getEditorInput());
    }

    private static List<Integer> breakpointLines() throws CoreException {
        List<Integer> lines = new ArrayList<>();
        for (IBreakpoint b : DebugPlugin.getDefault().getBreakpointManager().getBreakpoints()) {
            lines.add(((WasmLineBreakpoint) b).getLineNumber());
        }
        return lines;
    }

    // ---------------------------------------------------------------- item 1: Toggle Breakpoint

    @Test
    void toggleBreakpointFromTheKeyboardTheRunMenuAndTheContextMenus() throws Exception {
        WatEditor editor = open(Workbench.file("factorial.wat"));
        IDocument doc = document(editor);
        StyledText text = editor.viewer().getTextWidget();
        editor.selectAndReveal(doc.getLineOffset(3) + 6, 0); // line 4
        text.getShell().forceActive();
        text.setFocus();
        Workbench.pump(200);

        // Ctrl+Shift+B is bound to the command and toggles at the caret's line
        IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
        assertEquals(Set.of("Ctrl", "Shift", "B"),
                Set.of(bindings.getBestActiveBindingFormattedFor(TOGGLE_BREAKPOINT).split("\\+")));
        press(text.getDisplay(), 'b', SWT.CTRL, SWT.SHIFT);
        Workbench.waitFor("a breakpoint from Ctrl+Shift+B", 10, () -> breakpointLinesOrEmpty().equals(List.of(4)));
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(TOGGLE_BREAKPOINT, null);
        assertEquals(List.of(), breakpointLines(), "the command again removes it");

        // Run › Toggle Breakpoint
        MenuItem toggle = item(menu(text.getShell().getMenuBar(), "Run"), "Toggle Breakpoint");
        assertTrue(toggle.isEnabled(), "Run › Toggle Breakpoint is enabled in the .wat editor");
        select(toggle);
        assertEquals(List.of(4), breakpointLines(), "Run › Toggle Breakpoint");
        select(toggle);
        assertEquals(List.of(), breakpointLines());

        // the editor's context menu, at the caret's line
        editor.selectAndReveal(doc.getLineOffset(8) + 10, 0); // line 9
        Menu context = shown(text.getMenu());
        MenuItem fromContext = item(context, "Toggle Breakpoint");
        Workbench.screenshot("wat-editor-context-menu-toggle-breakpoint");
        context.setVisible(false);
        select(fromContext);
        assertEquals(List.of(9), breakpointLines(), "the editor's context menu");

        // the ruler's context menu, at the line last clicked in the ruler
        Control ruler = rulerControl(text);
        Menu rulerMenu = shown(ruler.getMenu());
        assertNotNull(item(rulerMenu, "Toggle Breakpoint"));
        rulerMenu.setVisible(false);
        Workbench.screenshot("wat-editor-breakpoint-from-context-menu");
    }

    private static List<Integer> breakpointLinesOrEmpty() {
        try {
            return breakpointLines();
        } catch (CoreException e) {
            return List.of();
        }
    }

    /** The vertical ruler's canvas: the control left of the text with a menu of its own. */
    private static Control rulerControl(StyledText text) {
        for (Control c : text.getParent().getChildren()) {
            if (c != text && c.getMenu() != null && c.getMenu() != text.getMenu()) {
                return c;
            }
        }
        throw new AssertionError("no ruler beside the text");
    }

    /** Presses {@code key} with the modifiers held, as the keyboard would. */
    private static void press(Display display, char key, int... modifiers) {
        for (int m : modifiers) {
            post(display, SWT.KeyDown, m, '\0');
        }
        post(display, SWT.KeyDown, key, key);
        post(display, SWT.KeyUp, key, key);
        for (int i = modifiers.length - 1; i >= 0; i--) {
            post(display, SWT.KeyUp, modifiers[i], '\0');
        }
        Workbench.pump(300);
    }

    private static void post(Display display, int type, int keyCode, char character) {
        Event e = new Event();
        e.type = type;
        e.keyCode = keyCode;
        e.character = character;
        assertTrue(display.post(e), "the display takes key events");
    }

    // ---------------------------------------------------------------- item 5: the current instruction

    @Test
    void theEditorMarksTheCurrentInstructionNotTheLine() throws Exception {
        IFile file = Workbench.file("factorial.wat");
        new WasmLineBreakpoint(file, 4);
        List<DebugEvent> suspends = new ArrayList<>();
        IDebugEventSetListener recorder = set -> {
            synchronized (suspends) {
                Arrays.stream(set).filter(e -> e.getKind() == DebugEvent.SUSPEND).forEach(suspends::add);
            }
        };
        DebugPlugin.getDefault().addDebugEventListener(recorder);
        try {
            ILaunch launch = Launches.config(file, "main", "").launch(ILaunchManager.DEBUG_MODE, null);
            IThread thread = launch.getDebugTarget().getThreads()[0];
            Workbench.waitFor("the breakpoint", 20, () -> thread.isSuspended() && count(suspends) == 1);
            Workbench.waitFor("the editor", 20, () -> Workbench.page().getActiveEditor() instanceof WatEditor);
            WatEditor editor = (WatEditor) Workbench.page().getActiveEditor();
            // four steps on line 4, each marked by its own characters
            List<String> marked = new ArrayList<>();
            for (int step = 0; step < 4; step++) {
                IStackFrame frame = thread.getTopStackFrame();
                assertEquals(4, frame.getLineNumber());
                String expected = document(editor).get().substring(frame.getCharStart(), frame.getCharEnd());
                Workbench.waitFor("the instruction pointer on " + expected, 10,
                        () -> expected.equals(instructionPointer(editor)));
                marked.add(instructionPointer(editor));
                if (step == 2) {
                    Workbench.screenshot("wat-editor-current-instruction");
                }
                int before = count(suspends);
                thread.stepOver();
                Workbench.waitFor("the step", 20, () -> thread.isSuspended() && count(suspends) > before);
            }
            assertEquals(List.of("local.get $n", "i64.const 2", "i64.lt_u", "if (result i64)"), marked);
        } finally {
            DebugPlugin.getDefault().removeDebugEventListener(recorder);
        }
    }

    private static int count(List<DebugEvent> events) {
        synchronized (events) {
            return events.size();
        }
    }

    /** The text under the editor's current instruction pointer annotation, or null. */
    private static String instructionPointer(WatEditor editor) {
        IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
        for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
            Annotation a = it.next();
            if (IDebugUIConstants.ANNOTATION_TYPE_INSTRUCTION_POINTER_CURRENT.equals(a.getType())) {
                Position p = model.getPosition(a);
                return document(editor).get().substring(p.getOffset(), p.getOffset() + p.getLength());
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- item 9: problems, outline, hover, links, assist

    @Test
    void problemsAppearWhileTypingAtTheirPlaces() throws Exception {
        IFile file = Workbench.project().getFile("problems.wat");
        String valid = "(module\n  (func $a (result i32)\n    (i32.const 1)))\n";
        file.create(new ByteArrayInputStream(valid.getBytes(StandardCharsets.UTF_8)), true, null);
        WatEditor editor = open(file);
        assertEquals(List.of(), problems(file));

        // two syntax errors in two functions: both, at their words (the parser recovers field by field)
        document(editor).set("""
                (module
                  (func $a (result i32)
                    (i32.ad (i32.const 1) (i32.const 2)))
                  (func $b (result i32)
                    (local.get $nope))
                  (func $c (result i32)
                    (call $a)))
                """);
        List<String> syntax = List.of("3 i32.ad: unknown operator i32.ad", "5 $nope: unknown local $nope");
        Workbench.waitFor("the syntax errors", 20, () -> problemsOrEmpty(file).equals(syntax));
        Workbench.page().showView(IPageLayout.ID_PROBLEM_VIEW);
        Workbench.page().activate(editor);
        Workbench.screenshot("wat-editor-syntax-errors");

        // parsed: every validation fault, each function's first, and a module-level one
        document(editor).set("""
                (module
                  (func $a (result i32)
                    (i64.const 1))
                  (func $b (result i32)
                    (i32.add (i32.const 1) (f32.const 2)))
                  (export "a" (func $a))
                  (export "a" (func $b)))
                """);
        List<String> invalid = List.of("3 ): type mismatch: instruction requires [i32] but stack has [i64]",
                "5 i32.add: type mismatch: instruction requires [i32 i32] but stack has [i32 f32]",
                "1 module: duplicate export name \"a\"");
        Workbench.waitFor("the validation errors", 20, () -> problemsOrEmpty(file).equals(invalid));
        Workbench.screenshot("wat-editor-validation-errors");

        // fixed: no problem left
        document(editor).set(valid);
        Workbench.waitFor("no problems", 20, () -> problemsOrEmpty(file).isEmpty());

        // closed without saving: the markers are those of the saved file again
        document(editor).set("(module (func i32.ad))");
        Workbench.waitFor("the error", 20, () -> problemsOrEmpty(file).equals(List.of("1 i32.ad: unknown operator i32.ad")));
        Workbench.page().closeEditor(editor, false);
        Workbench.waitFor("the saved file's markers", 20, () -> markers(file) == 0);
    }

    private static int markers(IFile file) {
        try {
            return file.findMarkers(ModuleProblems.MARKER, true, IResource.DEPTH_ZERO).length;
        } catch (CoreException e) {
            return -1;
        }
    }

    /** The file's problems as {@code LINE TEXT: MESSAGE}, TEXT being the characters marked, in marker order by position. */
    private static List<String> problems(IFile file) throws CoreException {
        IDocument doc = null;
        List<IMarker> markers = new ArrayList<>(Arrays.asList(file.findMarkers(ModuleProblems.MARKER, true, IResource.DEPTH_ZERO)));
        markers.sort((a, b) -> Integer.compare(a.getAttribute(IMarker.CHAR_START, 0), b.getAttribute(IMarker.CHAR_START, 0)));
        List<String> out = new ArrayList<>();
        for (IMarker m : markers) {
            doc = doc != null ? doc : currentDocument(file);
            String marked = doc.get().substring(m.getAttribute(IMarker.CHAR_START, 0), m.getAttribute(IMarker.CHAR_END, 0));
            String severity = m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR ? "" : "(not an error) ";
            out.add(severity + m.getAttribute(IMarker.LINE_NUMBER, 0) + " " + marked + ": " + m.getAttribute(IMarker.MESSAGE, ""));
        }
        // the module-level fault has no position of its own: it sits at the module's first word, listed last
        out.sort((a, b) -> Boolean.compare(a.startsWith("1 "), b.startsWith("1 ")));
        return out;
    }

    private static List<String> problemsOrEmpty(IFile file) {
        try {
            return problems(file);
        } catch (CoreException | RuntimeException e) {
            return List.of("?");
        }
    }

    private static IDocument currentDocument(IFile file) {
        WatEditor editor = (WatEditor) Workbench.page().findEditor(new org.eclipse.ui.part.FileEditorInput(file));
        return document(editor);
    }

    @Test
    void theOutlineListsTheModulesFields() throws Exception {
        WatEditor editor = open(Workbench.file("outline.wat"));
        ContentOutline view = Workbench.show(IPageLayout.ID_OUTLINE);
        Workbench.page().activate(editor);
        WatOutlinePage page = assertInstanceOf(WatOutlinePage.class, view.getCurrentPage());
        Workbench.waitFor("the outline", 10, () -> !page.entries().isEmpty());
        assertEquals(List.of(
                "type 0 $binary",
                "import \"env\" \"log\" func 0 $log [i32] -> []",
                "import \"env\" \"mem\" memory 0 $shared",
                "func 1 $add (type $binary)",
                "func 2 $twice (export \"twice\") [i32] -> [i32]",
                "table 0 $fns",
                "memory 1 $heap",
                "global 0 $count",
                "tag 0 $oops",
                "export \"add\" \u2192 (func $add)",
                "elem 0"), page.entries().stream().map(WatOutlinePage.Entry::label).toList());
        page.setSelection(new StructuredSelection(page.entries().get(4)));
        Workbench.pump(200);
        IDocument doc = document(editor);
        var selection = (org.eclipse.jface.text.ITextSelection) editor.getSelectionProvider().getSelection();
        assertEquals("$twice", selection.getText(), "choosing a field selects its name");
        assertEquals(doc.get().indexOf("$twice"), selection.getOffset());
        Workbench.screenshot("wat-editor-outline");
    }

    @Test
    void hoverShowsAnInstructionsTypeAndCtrlClickGoesToTheDefinition() throws Exception {
        WatEditor editor = open(Workbench.file("outline.wat"));
        ISourceViewer viewer = editor.viewer();
        String text = document(editor).get();
        var hover = editor.configuration().getTextHover(viewer, IDocument.DEFAULT_CONTENT_TYPE);
        assertEquals("call $add : [i32 i32] -> [i32]", hover.getHoverInfo(viewer, new Region(text.indexOf("call $add") + 2, 0)));
        assertEquals("local.get $x : [] -> [i32]", hover.getHoverInfo(viewer, new Region(text.indexOf("local.get $x"), 0)));
        assertEquals("local.set $sum : [i32] -> []", hover.getHoverInfo(viewer, new Region(text.indexOf("local.set $sum") + 12, 0)));
        assertEquals(null, hover.getHoverInfo(viewer, new Region(text.indexOf("(module"), 0)), "no instruction there");

        // Ctrl+click: a $name links to where it is bound
        int call = text.indexOf("$add (local.get $x)");
        IHyperlink[] links = editor.configuration().getHyperlinkDetectors(viewer)[0].detectHyperlinks(viewer,
                new Region(call + 1, 0), false);
        assertNotNull(links, "a link on $add");
        assertEquals(call, links[0].getHyperlinkRegion().getOffset());
        assertEquals("Go to func $add", links[0].getHyperlinkText());
        links[0].open();
        assertSelected(editor, "$add", text.indexOf("(func $add") + 6);
        int local = text.indexOf("$x) (local.get $x)");
        editor.configuration().getHyperlinkDetectors(viewer)[0].detectHyperlinks(viewer, new Region(local, 0), false)[0].open();
        assertSelected(editor, "$x", text.indexOf("(param $x") + 7);
        int global = text.indexOf("$count");
        assertEquals("Go to global $count", editor.configuration().getHyperlinkDetectors(viewer)[0]
                .detectHyperlinks(viewer, new Region(global, 0), false)[0].getHyperlinkText());
    }

    private static void assertSelected(WatEditor editor, String expected, int offset) {
        var selection = (org.eclipse.jface.text.ITextSelection) editor.getSelectionProvider().getSelection();
        assertEquals(expected, selection.getText());
        assertEquals(offset, selection.getOffset());
    }

    @Test
    void contentAssistProposesInstructionsAndTheNamesInScope() throws Exception {
        WatEditor editor = open(Workbench.file("outline.wat"));
        ISourceViewer viewer = editor.viewer();
        IDocument doc = document(editor);
        IContentAssistProcessor proposals = editor.configuration().getContentAssistant(viewer)
                .getContentAssistProcessor(IDocument.DEFAULT_CONTENT_TYPE);

        // an instruction name
        int at = doc.get().indexOf("    (local.get $sum))");
        doc.replace(at, 0, "    i64.lt\n");
        assertEquals(List.of("i64.lt_s", "i64.lt_u"), displayed(proposals, viewer, at + "    i64.lt".length()));

        // after local.get $: the function's parameters and locals
        doc.replace(at, "    i64.lt".length(), "    local.get $");
        int dollar = at + "    local.get $".length();
        assertEquals(List.of("$x \u2014 local 0", "$sum \u2014 local 1"), displayed(proposals, viewer, dollar));
        // after call $: the functions
        doc.replace(at, "    local.get $".length(), "    call $");
        assertEquals(List.of("$log \u2014 func 0", "$add \u2014 func 1", "$twice \u2014 func 2"),
                displayed(proposals, viewer, at + "    call $".length()));
        // after br $: the labels around, none after the block
        doc.replace(at, "    call $".length(), "    br $");
        assertEquals(List.of(), displayed(proposals, viewer, at + "    br $".length()));
        doc.replace(at, "    br $".length(), "    local.get $");
        int inBlock = doc.get().indexOf("      (local.set $sum");
        doc.replace(inBlock, 0, "      br $\n");
        assertEquals(List.of("$done \u2014 label 0"), displayed(proposals, viewer, inBlock + "      br $".length()));
        doc.replace(inBlock, "      br $\n".length(), "");

        // the popup as a user sees it
        editor.selectAndReveal(dollar, 0);
        viewer.getTextWidget().setFocus();
        editor.viewer().getTextOperationTarget().doOperation(ISourceViewer.CONTENTASSIST_PROPOSALS);
        Workbench.pump(500);
        Workbench.screenshot("wat-editor-content-assist");
        editor.doRevertToSaved();
    }

    private static List<String> displayed(IContentAssistProcessor processor, ISourceViewer viewer, int offset) {
        return Arrays.stream(processor.computeCompletionProposals(viewer, offset)).map(ICompletionProposal::getDisplayString)
                .toList();
    }

    // ---------------------------------------------------------------- item 10: New wizard, Project Explorer

    @Test
    void theNewWizardCreatesAModuleFromTheTemplate() throws Exception {
        IWizardDescriptor descriptor = PlatformUI.getWorkbench().getNewWizardRegistry()
                .findWizard("org.wasmscope.debug.ui.newWatModule");
        assertNotNull(descriptor, "File › New › Other › WebAssembly › WebAssembly Module (.wat)");
        assertEquals("WebAssembly Module (.wat)", descriptor.getLabel());
        assertEquals("WebAssembly", PlatformUI.getWorkbench().getNewWizardRegistry()
                .findCategory("org.wasmscope.debug.ui.newWizards").getLabel());

        NewWatModuleWizard wizard = (NewWatModuleWizard) descriptor.createWizard();
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(Workbench.project()));
        WizardDialog dialog = new WizardDialog(Workbench.page().getWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        Workbench.pump(300);
        Workbench.screenshotOf(dialog.getShell(), "new-wat-module-wizard");
        assertTrue(wizard.canFinish(), "the file name and the folder are filled in");
        assertTrue(wizard.performFinish());
        dialog.close();

        IFile created = Workbench.project().getFile("module.wat");
        assertTrue(created.exists());
        assertEquals(NewWatModuleWizard.TEMPLATE, new String(created.getContents().readAllBytes(), StandardCharsets.UTF_8));
        WatEditor editor = assertInstanceOf(WatEditor.class, Workbench.page().getActiveEditor(), "opened in the editor");
        Workbench.waitFor("the analysis", 20, () -> editor.analysis() != null);
        assertEquals(List.of(), problems(created), "the template is a valid module");
        created.delete(true, null);
    }

    @Test
    void runAsAndDebugAsAreInTheProjectExplorersMenu() throws Exception {
        IViewPart explorer = Workbench.show(IPageLayout.ID_PROJECT_EXPLORER);
        Workbench.page().activate(explorer);
        for (String name : List.of("factorial.wat", "answer.wasm")) {
            ((ISetSelectionTarget) explorer).selectReveal(new StructuredSelection(Workbench.file(name)));
            Workbench.pump(300);
            Control tree = ((Viewer) explorer.getSite().getSelectionProvider()).getControl();
            Menu context = shown(tree.getMenu());
            for (String launch : List.of("Run As", "Debug As")) {
                Menu sub = shown(item(context, launch).getMenu());
                List<String> shortcuts = Arrays.stream(sub.getItems()).map(i -> i.getText().replace("&", "")).toList();
                assertTrue(shortcuts.contains("1 WebAssembly"), name + ": " + launch + " " + shortcuts);
            }
        }
        Workbench.screenshot("project-explorer-run-as");
    }
}
