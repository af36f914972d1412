package org.wasmscope.debug.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

/** What the tests share: a project with the examples and the test modules, waiting, screenshots. */
final class Workbench {
    static final String PROJECT = "WasmScope Tests";

    private Workbench() {
    }

    /**
     * The test project, created once: the repository's examples ({@code wasmscope.examples.source}) and this
     * bundle's {@code wat} folder ({@code wasmscope.testwat}), copied in.
     */
    static IProject project() throws CoreException, IOException {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
        if (!project.exists()) {
            project.create(null);
            project.open(null);
            copyAll(project, System.getProperty("wasmscope.examples.source"));
            copyAll(project, System.getProperty("wasmscope.testwat"));
        }
        return project;
    }

    private static void copyAll(IProject project, String dir) throws CoreException, IOException {
        File[] files = new File(dir).listFiles((d, name) -> name.endsWith(".wat") || name.endsWith(".wasm"));
        if (files == null) {
            fail("no directory " + dir);
        }
        for (File f : files) {
            IFile file = project.getFile(f.getName());
            file.create(Files.readAllBytes(f.toPath()), true, false, null);
        }
    }

    static IFile file(String name) throws CoreException, IOException {
        IFile file = project().getFile(name);
        if (!file.exists()) {
            fail("no test file " + name);
        }
        return file;
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
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

    /** Runs the event loop for {@code millis} (to let views paint). */
    static void pump(int millis) {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
    }

    /** Saves the workbench window as {@code wasmscope.screenshots/NAME.png}; returns the file. */
    static Path screenshot(String name) throws IOException {
        pump(300);
        return screenshotOf(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), name);
    }

    /** Saves a shell (a dialog's) as {@code wasmscope.screenshots/NAME.png}; returns the file. */
    static Path screenshotOf(Shell shell, String name) throws IOException {
        Display display = shell.getDisplay();
        Rectangle r = shell.getBounds();
        Image image = new Image(display, r.width, r.height);
        try {
            GC gc = new GC(display);
            gc.copyArea(image, r.x, r.y);
            gc.dispose();
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            Path dir = Path.of(System.getProperty("wasmscope.screenshots", "target/screenshots"));
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            loader.save(file.toString(), SWT.IMAGE_PNG);
            return file;
        } finally {
            image.dispose();
        }
    }

    /** Maximizes the workbench window so that screenshots show the views at a readable size. */
    static void maximize() {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        shell.setBounds(Display.getCurrent().getPrimaryMonitor().getClientArea());
        pump(200);
    }
}
