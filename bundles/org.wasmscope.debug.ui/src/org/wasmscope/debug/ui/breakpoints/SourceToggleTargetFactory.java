package org.wasmscope.debug.ui.breakpoints;

import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.debug.ui.actions.IToggleBreakpointsTarget;
import org.eclipse.debug.ui.actions.IToggleBreakpointsTargetFactory;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.texteditor.ITextEditor;
import org.wasmscope.debug.ui.editor.SourceEditor;

/**
 * Offers the source line breakpoints of {@link SourceBreakpointAdapter} in any text editor of a
 * {@code .c}, {@code .h}, {@code .cpp}, {@code .rs} ... file (the generic editor, a C/C++ IDE's editor):
 * Toggle Breakpoint there, and the ruler's double click where the editor asks the breakpoint targets.
 */
public final class SourceToggleTargetFactory implements IToggleBreakpointsTargetFactory {
    public static final String ID = "org.wasmscope.debug.ui.sourceBreakpoints";

    /** A text editor of a source file, other than the source editor (which has the adapter itself). */
    private static boolean applies(IWorkbenchPart part) {
        if (part instanceof SourceEditor) {
            return false;
        }
        IFile file = part instanceof ITextEditor editor ? editor.getEditorInput().getAdapter(IFile.class) : null;
        return file != null && SourceEditor.isSource(file.getName());
    }

    @Override
    public Set<String> getToggleTargets(IWorkbenchPart part, ISelection selection) {
        return applies(part) ? Set.of(ID) : Set.of();
    }

    @Override
    public String getDefaultToggleTarget(IWorkbenchPart part, ISelection selection) {
        return applies(part) ? ID : null;
    }

    @Override
    public IToggleBreakpointsTarget createToggleTarget(String targetID) {
        return ID.equals(targetID) ? new SourceBreakpointAdapter() : null;
    }

    @Override
    public String getToggleTargetName(String targetID) {
        return "WebAssembly (DWARF) line breakpoints";
    }

    @Override
    public String getToggleTargetDescription(String targetID) {
        return "Line breakpoints in source files of programs compiled to WebAssembly with debug information";
    }
}
