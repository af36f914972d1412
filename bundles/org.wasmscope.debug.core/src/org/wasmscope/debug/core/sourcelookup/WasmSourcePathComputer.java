package org.wasmscope.debug.core.sourcelookup;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.sourcelookup.ISourceContainer;
import org.eclipse.debug.core.sourcelookup.ISourcePathComputerDelegate;
import org.eclipse.debug.core.sourcelookup.containers.ProjectSourceContainer;
import org.eclipse.debug.core.sourcelookup.containers.WorkspaceSourceContainer;
import org.wasmscope.debug.core.launching.WasmLaunchConstants;

/** The default source path of a WebAssembly launch: the module's project, else the whole workspace. */
public final class WasmSourcePathComputer implements ISourcePathComputerDelegate {
    public static final String ID = "org.wasmscope.debug.core.sourcePathComputer";

    @Override
    public ISourceContainer[] computeSourceContainers(ILaunchConfiguration configuration, IProgressMonitor monitor)
            throws CoreException {
        String name = configuration.getAttribute(WasmLaunchConstants.ATTR_PROJECT, "");
        if (!name.isBlank()) {
            IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
            if (project.exists()) {
                return new ISourceContainer[] { new ProjectSourceContainer(project, false) };
            }
        }
        return new ISourceContainer[] { new WorkspaceSourceContainer() };
    }
}
