package org.wasmscope.views.perspective;

import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.eclipse.ui.console.IConsoleConstants;

/**
 * "WebAssembly Debug": the Debug view and the editor on top with the operand stack and the control
 * labels beside the editor, the call frames (with the Reduction view behind them) and the store below, so
 * the machine views are in sight while stepping. Variables, Breakpoints, Console and Memory share folders with them.
 */
public class WasmDebugPerspective implements IPerspectiveFactory {
    public static final String ID = "org.wasmscope.views.perspective";

    private static final String STACK = "org.wasmscope.views.stack";
    private static final String LABELS = "org.wasmscope.views.labels";
    private static final String FRAMES = "org.wasmscope.views.frames";
    private static final String STORE = "org.wasmscope.views.store";
    private static final String REDUCTION = "org.wasmscope.views.reduction";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editor = layout.getEditorArea();

        IFolderLayout bottom = layout.createFolder("org.wasmscope.views.bottom", IPageLayout.BOTTOM, 0.5f, editor);
        bottom.addView(FRAMES);
        bottom.addView(REDUCTION);
        bottom.addView(IDebugUIConstants.ID_VARIABLE_VIEW);
        bottom.addView(IConsoleConstants.ID_CONSOLE_VIEW);

        IFolderLayout store = layout.createFolder("org.wasmscope.views.storeFolder", IPageLayout.RIGHT, 0.45f,
                "org.wasmscope.views.bottom");
        store.addView(STORE);
        store.addPlaceholder(IDebugUIConstants.ID_MEMORY_VIEW);

        IFolderLayout debug = layout.createFolder("org.wasmscope.views.debug", IPageLayout.LEFT, 0.22f, editor);
        debug.addView(IDebugUIConstants.ID_DEBUG_VIEW);
        debug.addView(IDebugUIConstants.ID_BREAKPOINT_VIEW);

        // the editor and the machine views share the width: folded .wat lines are long, so is the labels table
        IFolderLayout stack = layout.createFolder("org.wasmscope.views.stackFolder", IPageLayout.RIGHT, 0.5f, editor);
        stack.addView(STACK);

        IFolderLayout labels = layout.createFolder("org.wasmscope.views.labelsFolder", IPageLayout.BOTTOM, 0.6f,
                "org.wasmscope.views.stackFolder");
        labels.addView(LABELS);

        layout.addActionSet(IDebugUIConstants.LAUNCH_ACTION_SET);
        layout.addActionSet(IDebugUIConstants.DEBUG_ACTION_SET);
        for (String id : new String[] {STACK, LABELS, FRAMES, STORE, REDUCTION, IDebugUIConstants.ID_DEBUG_VIEW,
                IDebugUIConstants.ID_VARIABLE_VIEW, IDebugUIConstants.ID_BREAKPOINT_VIEW, IConsoleConstants.ID_CONSOLE_VIEW}) {
            layout.addShowViewShortcut(id);
        }
        layout.addPerspectiveShortcut(IDebugUIConstants.ID_DEBUG_PERSPECTIVE);
    }
}
