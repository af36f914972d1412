package org.wasmscope.debug.ui.examples;

import java.io.File;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Path;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IStartup;

/**
 * Opens the examples folder as a workspace project when the IDE is started with
 * {@code -Dwasmscope.examples=DIR} (the {@code wasmscope-ide} script does), so that a new user finds
 * ready programs to step through; its encoding is UTF-8. Does nothing without the property or once the
 * project exists.
 */
public final class ExamplesProject implements IStartup {
    public static final String PROPERTY = "wasmscope.examples";
    public static final String PROJECT_NAME = "WasmScope Examples";

    @Override
    public void earlyStartup() {
        String dir = System.getProperty(PROPERTY);
        if (dir == null || !new File(dir).isDirectory()) {
            return;
        }
        Job job = Job.create("Opening the WasmScope examples", (IProgressMonitor monitor) -> {
            try {
                open(new File(dir), monitor);
                return Status.OK_STATUS;
            } catch (CoreException e) {
                return new Status(IStatus.ERROR, "org.wasmscope.debug.ui",
                        "Could not open the examples in " + dir, e);
            }
        });
        job.setRule(ResourcesPlugin.getWorkspace().getRoot());
        job.schedule();
    }

    /** Creates (if missing) and opens the project whose location is {@code dir}. */
    public static IProject open(File dir, IProgressMonitor monitor) throws CoreException {
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        IProject project = workspace.getRoot().getProject(PROJECT_NAME);
        if (!project.exists()) {
            IProjectDescription description = workspace.newProjectDescription(PROJECT_NAME);
            description.setLocation(new Path(dir.getAbsolutePath()));
            project.create(description, monitor);
        }
        if (!project.isOpen()) {
            project.open(monitor);
        }
        if (project.getDefaultCharset(false) == null) {
            // the examples are UTF-8 (the .wat content type's charset); without it the workspace warns that the
            // project has no explicit encoding
            project.setDefaultCharset(StandardCharsets.UTF_8.name(), monitor);
        }
        return project;
    }
}
