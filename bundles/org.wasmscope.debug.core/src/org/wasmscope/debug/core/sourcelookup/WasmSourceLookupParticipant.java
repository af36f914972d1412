package org.wasmscope.debug.core.sourcelookup;

import java.io.File;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.sourcelookup.AbstractSourceLookupParticipant;
import org.eclipse.debug.core.sourcelookup.ISourceContainer;
import org.eclipse.debug.core.sourcelookup.containers.LocalFileStorage;

/**
 * Maps WasmScope debug elements (stack frames) to their source: the module file they run from, or, for
 * a C frame, its source file, looked up in the launch's source containers in their order: a path mapping
 * ({@link PathMappingSourceContainer}) by the path DWARF gives, the others (the project, the workspace, the
 * directories added on the Source tab) by the path relative to the compile directory; failing that, at the
 * path DWARF gives: a workspace file there, else the file itself.
 */
public final class WasmSourceLookupParticipant extends AbstractSourceLookupParticipant {
    @Override
    public String getSourceName(Object object) {
        return object instanceof SourceNamed named ? named.getSourceName() : null;
    }

    @Override
    public Object[] findSourceElements(Object object) throws CoreException {
        if (!(object instanceof SourceNamed named) || named.getSourceLocation() == null) {
            return super.findSourceElements(object);
        }
        String location = named.getSourceLocation();
        String relative = named.getSourceName();
        for (ISourceContainer c : getSourceContainers()) {
            String name = c instanceof PathMappingSourceContainer ? location : relative;
            Object[] found = name == null ? EMPTY : c.findSourceElements(name);
            if (found.length > 0) {
                return found;
            }
        }
        File file = new File(location);
        return file.isFile() ? new Object[] { element(file) } : EMPTY;
    }

    private static final Object[] EMPTY = new Object[0];

    /** A source file found outside the containers' own lookups: its workspace file if it has one, else the file itself. */
    static Object element(File file) {
        for (IFile f : ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(file.toURI())) {
            if (f.exists()) {
                return f;
            }
        }
        return new LocalFileStorage(file);
    }
}
