package org.wasmscope.debug.ui.editor;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;

/**
 * The problem markers of a {@code .wat} file, from its text as it is being edited: the Problems view and
 * the editor's rulers show them; each reconciliation replaces them all.
 */
public final class WatProblems {
    /** The marker type (a problem marker and a text marker; not kept across sessions). */
    public static final String MARKER = "org.wasmscope.debug.ui.problem";

    private WatProblems() {
    }

    /** Replaces the file's markers by {@code problems}. */
    static void update(IFile file, List<WatAnalysis.Problem> problems) throws CoreException {
        if (!file.exists()) {
            return;
        }
        ResourcesPlugin.getWorkspace().run(monitor -> {
            file.deleteMarkers(MARKER, false, IResource.DEPTH_ZERO);
            for (WatAnalysis.Problem p : problems) {
                IMarker marker = file.createMarker(MARKER);
                marker.setAttribute(IMarker.MESSAGE, p.message());
                marker.setAttribute(IMarker.SEVERITY, IMarker.SEVERITY_ERROR);
                marker.setAttribute(IMarker.LINE_NUMBER, p.line());
                marker.setAttribute(IMarker.CHAR_START, p.start());
                marker.setAttribute(IMarker.CHAR_END, p.end());
                marker.setAttribute(IMarker.LOCATION, "line " + p.line() + " (" + p.errorClass() + ")");
            }
        }, file, IWorkspace.AVOID_UPDATE, null);
    }
}
