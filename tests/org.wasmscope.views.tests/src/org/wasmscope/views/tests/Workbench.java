package org.wasmscope.views.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

/** The workbench as the tests use it: the page, showing views and perspectives, the event loop, screenshots. */
final class Workbench {
    private Workbench() {
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    @SuppressWarnings("unchecked")
    static <T extends IViewPart> T show(String id) throws PartInitException {
        T view = (T) page().showView(id);
        pump(50);
        return view;
    }

    static void perspective(String id) throws WorkbenchException {
        PlatformUI.getWorkbench().showPerspective(id, PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        pump(100);
    }

    /** Closes the intro (welcome) so that it does not cover the perspective. */
    static void closeIntro() {
        var intro = PlatformUI.getWorkbench().getIntroManager();
        if (intro.getIntro() != null) {
            intro.closeIntro(intro.getIntro());
        }
    }

    /**
     * Opens {@code file} of the {@code wat} folder (copied into a workspace project) in a text editor with
     * line {@code line} selected, as the debugger would show the current instruction.
     */
    static void openAtLine(String file, int line) throws Exception {
        IFile f = file(file);
        IEditorPart editor = IDE.openEditor(page(), f, "org.eclipse.ui.DefaultTextEditor", true);
        if (editor instanceof ITextEditor text) {
            IDocument doc = text.getDocumentProvider().getDocument(text.getEditorInput());
            IRegion region = doc.getLineInformation(line - 1);
            text.selectAndReveal(region.getOffset(), region.getLength());
        }
        pump(100);
    }

    /** {@code name} of the {@code wat} folder, copied into a workspace project once. */
    static IFile file(String name) throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("Views Tests");
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        IFile f = project.getFile(name);
        if (!f.exists()) {
            f.create(Files.readAllBytes(Path.of(System.getProperty("wasmscope.testwat", "wat"), name)), true, false, null);
        }
        return f;
    }

    /** Runs the event loop until {@code condition} holds; fails after {@code seconds}. */
    static void waitFor(String what, int seconds, BooleanSupplier condition) {
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

    /** Runs the event loop for {@code millis}. */
    static void pump(int millis) {
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

    /** Maximizes the window so that screenshots show the views at a readable size. */
    static void maximize() {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        shell.setBounds(Display.getCurrent().getPrimaryMonitor().getClientArea());
        pump(200);
    }

    /** Saves the workbench window as {@code wasmscope.screenshots/NAME.png}. */
    static Path screenshot(String name) throws IOException {
        pump(300);
        Display display = Display.getCurrent();
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
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
