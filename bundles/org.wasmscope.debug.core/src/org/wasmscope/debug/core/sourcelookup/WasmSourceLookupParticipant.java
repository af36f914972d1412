package org.wasmscope.debug.core.sourcelookup;

import java.io.File;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.sourcelookup.AbstractSourceLookupParticipant;
import org.eclipse.debug.core.sourcelookup.containers.LocalFileStorage;

/**
 * Maps WasmScope debug elements (stack frames) to their source: the module file they run from, or, for
 * a C frame, its source file, looked up by its path relative to the compile directory in the launch's
 * source containers (the project, the workspace, the directories added on the Source tab); failing that,
 * at the path DWARF gives: a workspace file there, else the file itself.
 */
public final class WasmSourceLookupParticipant extends AbstractSourceLookupParticipant {
    @Override
    public String getSourceName(Object object) {
        return object instanceof SourceNamed named ? named.getSourceName() : null;
    }

    @Override
    public Object[] findSourceElements(Object object) throws CoreException {
        Object[] found = super.findSourceElements(object);
        if (found.length > 0 || !(object instanceof SourceNamed named) || named.getSourceLocation() == null) {
            return found;
        }
        File file = new File(named.getSourceLocation());
        if (!file.isFile()) {
            return found;
        }
        IFile[] inWorkspace = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(file.toURI());
        for (IFile f : inWorkspace) {
            if (f.exists()) {
                return new Object[] { f };
            }
        }
        return new Object[] { new LocalFileStorage(file) };
    }
}
