package org.wasmscope.views.common;

import org.eclipse.jface.action.Action;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

/** Copies the view's rows (the selected ones, or all) to the clipboard as tab-separated text. */
final class CopyAction extends Action {
    private final MachineView view;

    CopyAction(MachineView view) {
        super("Copy");
        this.view = view;
        setToolTipText("Copy the rows (the selected ones, or all) as tab-separated text");
        setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_TOOL_COPY));
        setDisabledImageDescriptor(
                PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_TOOL_COPY_DISABLED));
    }

    @Override
    public void run() {
        view.copyToClipboard();
    }
}
