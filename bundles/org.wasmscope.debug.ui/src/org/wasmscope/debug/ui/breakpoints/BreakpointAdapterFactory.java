package org.wasmscope.debug.ui.breakpoints;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.debug.ui.actions.IRunToLineTarget;
import org.eclipse.debug.ui.actions.IToggleBreakpointsTarget;
import org.wasmscope.debug.ui.editor.SourceEditor;
import org.wasmscope.debug.ui.editor.WatEditor;

/** Gives the {@code .wat} editor and the source editor their breakpoint toggling and Run to Line. */
public final class BreakpointAdapterFactory implements IAdapterFactory {
    private static final WatBreakpointAdapter ADAPTER = new WatBreakpointAdapter();
    private static final SourceBreakpointAdapter SOURCE_ADAPTER = new SourceBreakpointAdapter();

    @Override
    public <T> T getAdapter(Object adaptable, Class<T> type) {
        if (adaptable instanceof SourceEditor && (type == IToggleBreakpointsTarget.class || type == IRunToLineTarget.class)) {
            return type.cast(SOURCE_ADAPTER);
        }
        if (adaptable instanceof WatEditor && (type == IToggleBreakpointsTarget.class || type == IRunToLineTarget.class)) {
            return type.cast(ADAPTER);
        }
        return null;
    }

    @Override
    public Class<?>[] getAdapterList() {
        return new Class<?>[] { IToggleBreakpointsTarget.class, IRunToLineTarget.class };
    }
}
