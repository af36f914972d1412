package org.wasmscope.debug.ui.breakpoints;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.model.IDebugElement;
import org.eclipse.debug.core.model.ISuspendResume;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.texteditor.ITextEditor;
import org.wasmscope.debug.core.WasmDebugCore;
import org.wasmscope.debug.core.breakpoints.SourceLineBreakpoint;
import org.wasmscope.debug.ui.editor.SourceEditor;

/**
 * Line breakpoints in the ruler of a source file of a compiled program ({@code .c}, {@code .h} ...), for
 * DWARF debugging, and Run to Line there (a breakpoint of its own, removed at the next suspension).
 */
public final class SourceBreakpointAdapter extends LineBreakpointTarget {
    private static IFile file(IWorkbenchPart part) {
        return part instanceof ITextEditor editor ? editor.getEditorInput().getAdapter(IFile.class) : null;
    }

    @Override
    public boolean canToggleLineBreakpoints(IWorkbenchPart part, ISelection selection) {
        IFile file = file(part);
        return file != null && SourceEditor.isSource(file.getName()) && selection instanceof ITextSelection;
    }

    @Override
    public void toggleLineBreakpoints(IWorkbenchPart part, ISelection selection) throws CoreException {
        IFile file = file(part);
        if (file == null || !(selection instanceof ITextSelection text)) {
            return;
        }
        int line = text.getStartLine() + 1;
        Toggle.toggle(SourceLineBreakpoint.class, file, b -> Toggle.line(b) == line, () -> new SourceLineBreakpoint(file, line));
    }

    @Override
    public boolean canRunToLine(IWorkbenchPart part, ISelection selection, ISuspendResume target) {
        return RunToLine.canRun(target) && canToggleLineBreakpoints(part, selection);
    }

    @Override
    public void runToLine(IWorkbenchPart part, ISelection selection, ISuspendResume target) throws CoreException {
        IFile file = file(part);
        if (file == null || !(selection instanceof ITextSelection text) || !(target instanceof IDebugElement)) {
            throw WasmDebugCore.error("Run to Line needs a line of a source file and a suspended WebAssembly thread");
        }
        SourceLineBreakpoint temporary = new SourceLineBreakpoint(file, text.getStartLine() + 1, false);
        RunToLine.run(target, temporary);
    }
}
