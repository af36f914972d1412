package org.wasmscope.tests.support.workbench;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * The workbench as the UI tests use it: a project with the test modules, the page, views and
 * perspectives, waiting on the event loop, screenshots. Everything runs on the UI thread.
 *
 * <p>System properties (set by the test bundles' poms): {@code wasmscope.testwat}, the test bundle's
 * {@code wat} folder; {@code wasmscope.examples.source}, the repository's examples (optional);
 * {@code wasmscope.screenshots}, where screenshots go.
 */
public final class Workbench {
    /** The workspace project that holds the test modules. */
    public static final String PROJECT = "WasmScope Tests";

    private Workbench() {
    }

    // ---- the test project ----

    /**
     * The test project, created once: the {@code .wat} and {@code .wasm} files of the test bundle's
     * {@code wat} folder and, when {@code wasmscope.examples.source} is set, of the repository's examples.
     */
    public static IProject project() throws CoreException, IOException {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
        if (!project.exists()) {
            project.create(null);
            project.open(null);
            String examples = System.getProperty("wasmscope.examples.source");
            if (examples != null) {
                copyAll(project, Path.of(examples));
            }
            copyAll(project, testWatFolder());
        }
        return project;
    }

    private static void copyAll(IProject project, Path dir) throws CoreException, IOException {
        File[] files = dir.toFile().listFiles((d, name) -> name.endsWith(".wat") || name.endsWith(".wasm"));
        if (files == null) {
            fail("no directory " + dir);
        }
        for (File f : files) {
            IFile file = project.getFile(f.getName());
            file.create(Files.readAllBytes(f.toPath()), true, false, null);
        }
    }

    /** {@code name} in the test project. */
    public static IFile file(String name) throws CoreException, IOException {
        IFile file = project().getFile(name);
        if (!file.exists()) {
            fail("no test file " + name);
        }
        return file;
    }

    /** {@code name} in the test bundle's {@code wat} folder, on disk (for a runtime session without the workspace). */
    public static Path testWat(String name) {
        return testWatFolder().resolve(name);
    }

    private static Path testWatFolder() {
        return Path.of(System.getProperty("wasmscope.testwat", "wat"));
    }

    // ---- the page ----

    public static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    @SuppressWarnings("unchecked")
    public static <T extends IViewPart> T show(String id) throws PartInitException {
        T view = (T) page().showView(id);
        pump(50);
        return view;
    }

    public static void perspective(String id) throws WorkbenchException {
        PlatformUI.getWorkbench().showPerspective(id, PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        pump(100);
    }

    /** Closes the intro (welcome) so that it does not cover the perspective. */
    public static void closeIntro() {
        var intro = PlatformUI.getWorkbench().getIntroManager();
        if (intro.getIntro() != null) {
            intro.closeIntro(intro.getIntro());
        }
    }

    /**
     * Opens {@code name} of the test project in a text editor with line {@code line} selected, as the
     * debugger would show the current instruction.
     */
    public static void openAtLine(String name, int line) throws Exception {
        IEditorPart editor = IDE.openEditor(page(), file(name), "org.eclipse.ui.DefaultTextEditor", true);
        if (editor instanceof ITextEditor text) {
            IDocument doc = text.getDocumentProvider().getDocument(text.getEditorInput());
            IRegion region = doc.getLineInformation(line - 1);
            text.selectAndReveal(region.getOffset(), region.getLength());
        }
        pump(100);
    }

    /** Maximizes the workbench window so that screenshots show the views at a readable size. */
    public static void maximize() {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        shell.setBounds(Display.getCurrent().getPrimaryMonitor().getClientArea());
        pump(200);
    }

    // ---- menus ----

    /** The menu after it was shown (which fills contributed menus), without opening it on screen. */
    public static Menu shown(Menu menu) {
        if (menu == null) {
            fail("no menu");
        }
        menu.notifyListeners(SWT.Show, new Event());
        Workbench.pump(100);
        return menu;
    }

    /** The submenu of {@code parent}'s item labelled {@code label}, shown. */
    public static Menu menu(Menu parent, String label) {
        return shown(item(shown(parent), label).getMenu());
    }

    /** The item whose label (without mnemonic and accelerator) is {@code label}. */
    public static MenuItem item(Menu menu, String label) {
        List<String> labels = new ArrayList<>();
        for (MenuItem item : menu.getItems()) {
            String plain = item.getText().replace("&", "").split("\t")[0];
            if (plain.equals(label)) {
                return item;
            }
            labels.add(plain);
        }
        throw new AssertionError("no \"" + label + "\" in " + labels);
    }

    public static void select(MenuItem item) {
        item.notifyListeners(SWT.Selection, new Event());
        Workbench.pump(200);
    }

    // ---- the event loop ----

    /** Runs the event loop until {@code condition} holds; fails after {@code seconds}. */
    public static void waitFor(String what, int seconds, BooleanSupplier condition) {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + seconds * 1000L;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                fail("timed out after " + seconds + " s waiting for " + what);
            }
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
    }

    /**
     * Runs the event loop for {@code millis}, then until nothing is left to dispatch: what was posted while
     * the time ran (an asyncExec from a debug event, a repaint) has run before the test reads the widgets,
     * however late in the interval it came.
     */
    public static void pump(int millis) {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                display.timerExec(10, () -> { });
                display.sleep();
            }
        }
        while (display.readAndDispatch()) {
            // drain
        }
    }

    // ---- screenshots ----

    /** Saves the workbench window as {@code wasmscope.screenshots/NAME.png}; returns the file. */
    public static Path screenshot(String name) throws IOException {
        pump(300);
        return screenshotOf(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), name);
    }

    /** Saves a shell (a dialog's) as {@code wasmscope.screenshots/NAME.png}; returns the file. */
    public static Path screenshotOf(Shell shell, String name) throws IOException {
        Display display = shell.getDisplay();
        Rectangle r = shell.getBounds();
        Image image = new Image(display, r.width, r.height);
        try {
            GC gc = new GC(display);
            gc.copyArea(image, r.x, r.y);
            gc.dispose();
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {image.getImageData()};
            Path dir = Path.of(System.getProperty("wasmscope.screenshots", "target/screenshots"));
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            loader.save(file.toString(), SWT.IMAGE_PNG);
            return file;
        } finally {
            image.dispose();
        }
    }
}
