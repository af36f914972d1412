package org.wasmscope.debug.ui.editor;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * The problem markers of a {@code .wat} file, from its text as it is being edited: the Problems view and
 * the editor's rulers show them; each reconciliation replaces them all.
 */
public final class WatProblems {
    /** The marker type (a problem marker and a text marker; not kept across sessions). */
    public static final String MARKER = "org.wasmscope.debug.ui.problem";

    private WatProblems() {
    }

    /**
     * Replaces the file's markers by those of its saved contents, in the background: when an editor closes
     * without saving, its markers were those of the text it discards.
     */
    static void updateFromFile(IFile file) {
        Job job = Job.create("Checking " + file.getName(), monitor -> {
            if (file.exists()) {
                try (InputStream in = file.getContents()) {
                    String text = new String(in.readAllBytes(), file.getCharset());
                    update(file, WatAnalysis.of(text).problems());
                } catch (IOException e) {
                    throw new CoreException(Status.error("Cannot read " + file.getName(), e));
                }
            }
        });
        job.setRule(file);
        job.setSystem(true);
        job.schedule();
    }

    /** Replaces the file's markers by {@code problems}. */
    static void update(IFile file, List<WatAnalysis.Problem> problems) throws CoreException {
        if (!file.exists()) {
            return;
        }
        ResourcesPlugin.getWorkspace().run(monitor -> {
            file.deleteMarkers(MARKER, false, IResource.DEPTH_ZERO);
            for (WatAnalysis.Problem p : problems) {
                // created with all its attributes at once: a reader never sees a marker half made
                file.createMarker(MARKER, Map.of(
                        IMarker.MESSAGE, p.message(),
                        IMarker.SEVERITY, IMarker.SEVERITY_ERROR,
                        IMarker.LINE_NUMBER, p.line(),
                        IMarker.CHAR_START, p.start(),
                        IMarker.CHAR_END, p.end(),
                        IMarker.LOCATION, "line " + p.line() + " (" + p.errorClass() + ")"));
            }
        }, file, IWorkspace.AVOID_UPDATE, null);
    }
}
