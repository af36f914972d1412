package org.wasmscope.debug.ui.launching;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.wasmscope.debug.core.launching.ModuleFiles;
import org.wasmscope.runtime.valid.ValidModule;

/**
 * The last module the launch tab loaded, kept while its file is unchanged: the tab validates on every
 * keystroke and should not parse the module again each time.
 */
final class ModuleCache {
    private IFile file;
    private long stamp;
    private ValidModule module;
    private CoreException failure;

    ValidModule load(IFile f) throws CoreException {
        long s = f.getModificationStamp();
        if (!f.equals(file) || s != stamp) {
            file = f;
            stamp = s;
            try {
                module = ModuleFiles.load(f);
                failure = null;
            } catch (CoreException e) {
                module = null;
                failure = e;
            }
        }
        if (failure != null) {
            throw failure;
        }
        return module;
    }
}
