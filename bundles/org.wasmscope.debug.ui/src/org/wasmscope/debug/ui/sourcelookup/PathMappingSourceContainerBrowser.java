package org.wasmscope.debug.ui.sourcelookup;

import org.eclipse.debug.core.sourcelookup.ISourceContainer;
import org.eclipse.debug.core.sourcelookup.ISourceLookupDirector;
import org.eclipse.debug.ui.sourcelookup.AbstractSourceContainerBrowser;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.wasmscope.debug.core.sourcelookup.PathMappingSourceContainer;
import org.wasmscope.debug.core.sourcelookup.WasmSourceLookupDirector;

/** Adds and edits path mappings on the Source tab of a WebAssembly launch configuration ({@link PathMappingDialog}). */
public final class PathMappingSourceContainerBrowser extends AbstractSourceContainerBrowser {
    @Override
    public boolean canAddSourceContainers(ISourceLookupDirector director) {
        return director instanceof WasmSourceLookupDirector;
    }

    @Override
    public ISourceContainer[] addSourceContainers(Shell shell, ISourceLookupDirector director) {
        return open(new PathMappingDialog(shell, "", ""));
    }

    @Override
    public boolean canEditSourceContainers(ISourceLookupDirector director, ISourceContainer[] containers) {
        return containers.length == 1 && containers[0] instanceof PathMappingSourceContainer;
    }

    @Override
    public ISourceContainer[] editSourceContainers(Shell shell, ISourceLookupDirector director,
            ISourceContainer[] containers) {
        PathMappingSourceContainer mapping = (PathMappingSourceContainer) containers[0];
        return open(new PathMappingDialog(shell, mapping.compilePath(), mapping.localPath()));
    }

    private static ISourceContainer[] open(PathMappingDialog dialog) {
        if (dialog.open() != Window.OK) {
            return new ISourceContainer[0];
        }
        return new ISourceContainer[] { new PathMappingSourceContainer(dialog.compilePath(), dialog.localPath()) };
    }
}
