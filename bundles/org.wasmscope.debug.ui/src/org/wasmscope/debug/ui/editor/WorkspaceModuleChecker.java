package org.wasmscope.debug.ui.editor;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IStartup;
import org.wasmscope.debug.core.launching.ModuleFiles;
import org.wasmscope.debug.ui.WasmDebugUI;

/**
 * Keeps the problem markers of every {@code .wat} and {@code .wasm} file in the workspace up to date, in
 * whatever kind of project it is (C, Rust, Java or a plain one: WebAssembly files are other tools' output
 * as often as sources, so no project nature is asked for): all of them when the workbench starts (the
 * markers are not kept across sessions) and when a project opens, then each file added or changed, on save
 * or when a refresh finds it changed. Derived files (build output) and hidden ones are left alone, as
 * builders do. An editor with unsaved changes keeps its own markers ({@link ModuleProblems#check}).
 */
public final class WorkspaceModuleChecker implements IStartup, IResourceChangeListener {
    private static final Set<IFile> PENDING = new LinkedHashSet<>();
    private static final Job JOB = Job.create("Checking WebAssembly modules", WorkspaceModuleChecker::checkPending);

    static {
        JOB.setSystem(true);
    }

    @Override
    public void earlyStartup() {
        ResourcesPlugin.getWorkspace().addResourceChangeListener(this, IResourceChangeEvent.POST_CHANGE);
        for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
            addAll(project);
        }
    }

    @Override
    public void resourceChanged(IResourceChangeEvent event) {
        try {
            event.getDelta().accept(delta -> {
                IResource resource = delta.getResource();
                if (resource instanceof IProject project && (delta.getFlags() & IResourceDelta.OPEN) != 0) {
                    addAll(project);
                    return false;
                }
                if (resource instanceof IFile file && isChecked(file) && (delta.getKind() == IResourceDelta.ADDED
                        || (delta.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0)) {
                    add(file);
                }
                return true;
            });
        } catch (CoreException e) {
            Platform.getLog(WorkspaceModuleChecker.class).log(e.getStatus());
        }
    }

    private static void addAll(IProject project) {
        if (!project.isAccessible()) {
            return;
        }
        try {
            project.accept(proxy -> {
                if (proxy.getType() == IResource.FILE && ModuleFiles.isModuleName(proxy.getName())) {
                    IFile file = (IFile) proxy.requestResource();
                    if (isChecked(file)) {
                        add(file);
                    }
                }
                return true;
            }, IContainer.NONE);
        } catch (CoreException e) {
            Platform.getLog(WorkspaceModuleChecker.class).log(e.getStatus());
        }
    }

    private static boolean isChecked(IFile file) {
        return ModuleFiles.isModuleName(file.getName()) && !file.isDerived(IResource.CHECK_ANCESTORS)
                && !file.isHidden(IResource.CHECK_ANCESTORS) && !file.isTeamPrivateMember(IResource.CHECK_ANCESTORS);
    }

    /** Checks {@code file} soon, in the background. */
    static void add(IFile file) {
        synchronized (PENDING) {
            PENDING.add(file);
        }
        JOB.schedule(100); // a save often comes with other changes: check them together
    }

    private static IStatus checkPending(IProgressMonitor monitor) {
        MultiStatus status = new MultiStatus(WasmDebugUI.PLUGIN_ID, 0, "Checking WebAssembly modules");
        while (!monitor.isCanceled()) {
            IFile file;
            synchronized (PENDING) {
                if (PENDING.isEmpty()) {
                    break;
                }
                file = PENDING.iterator().next();
                PENDING.remove(file);
            }
            try {
                ModuleProblems.check(file);
            } catch (CoreException e) {
                status.add(e.getStatus());
            }
        }
        return status.isOK() ? Status.OK_STATUS : status;
    }
}
