package org.wasmscope.debug.ui.launching;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.debug.ui.actions.ILaunchable;
import org.wasmscope.debug.core.launching.ModuleFiles;

/**
 * Makes {@code .wat} and {@code .wasm} files launchable: the Debug UI puts Run As / Debug As into a view's
 * context menu (the Project Explorer's) only for elements with an {@link ILaunchable} adapter; the
 * shortcut's contextual enablement then offers WebAssembly among them.
 */
public final class LaunchableAdapterFactory implements IAdapterFactory {
    private static final ILaunchable LAUNCHABLE = new ILaunchable() {
    };

    @Override
    public <T> T getAdapter(Object adaptable, Class<T> type) {
        if (type == ILaunchable.class && adaptable instanceof IFile file && ModuleFiles.isModuleName(file.getName())) {
            return type.cast(LAUNCHABLE);
        }
        return null;
    }

    @Override
    public Class<?>[] getAdapterList() {
        return new Class<?>[] { ILaunchable.class };
    }
}
