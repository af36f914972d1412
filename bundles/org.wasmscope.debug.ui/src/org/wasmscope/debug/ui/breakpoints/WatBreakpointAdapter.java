package org.wasmscope.debug.ui.breakpoints;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.model.IDebugElement;
import org.eclipse.debug.core.model.ISuspendResume;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.texteditor.ITextEditor;
import org.wasmscope.debug.core.WasmDebugCore;
import org.wasmscope.debug.core.breakpoints.WasmFunctionBreakpoint;
import org.wasmscope.debug.core.breakpoints.WasmLineBreakpoint;

/**
 * Line breakpoints in the {@code .wat} editor's ruler (toggled by double click or the ruler menu),
 * function breakpoints (Toggle Method Breakpoint on a {@code (func $name} line) and Run to Line, which resumes to a breakpoint of its own that is removed at the next suspension.
 */
public final class WatBreakpointAdapter extends LineBreakpointTarget {

    private static IFile file(IWorkbenchPart part) {
        return part instanceof ITextEditor editor ? editor.getEditorInput().getAdapter(IFile.class) : null;
    }

    @Override
    public boolean canToggleLineBreakpoints(IWorkbenchPart part, ISelection selection) {
        IFile file = file(part);
        return file != null && file.getName().toLowerCase().endsWith(".wat") && selection instanceof ITextSelection;
    }

    @Override
    public void toggleLineBreakpoints(IWorkbenchPart part, ISelection selection) throws CoreException {
        IFile file = file(part);
        if (file == null || !(selection instanceof ITextSelection text)) {
            return;
        }
        int line = text.getStartLine() + 1;
        Toggle.toggle(WasmLineBreakpoint.class, file, b -> Toggle.line(b) == line, () -> new WasmLineBreakpoint(file, line));
    }

    /** A {@code (func $name} on the selected line: the function a function breakpoint stops at. */
    private static String functionAt(IWorkbenchPart part, ISelection selection) {
        if (!(part instanceof ITextEditor editor) || !(selection instanceof ITextSelection text)) {
            return null;
        }
        try {
            IDocument doc = editor.getDocumentProvider().getDocument(editor.getEditorInput());
            IRegion line = doc.getLineInformation(text.getStartLine());
            Matcher m = FUNC.matcher(doc.get(line.getOffset(), line.getLength()));
            return m.find() ? m.group(1) : null;
        } catch (BadLocationException e) {
            return null;
        }
    }

    private static final Pattern FUNC = Pattern.compile("\\(func\\s+\\$([^\\s()]+)");

    @Override
    public boolean canToggleMethodBreakpoints(IWorkbenchPart part, ISelection selection) {
        return canToggleLineBreakpoints(part, selection) && functionAt(part, selection) != null;
    }

    /** On a line with {@code (func $name}: toggles a breakpoint on every call of that function. */
    @Override
    public void toggleMethodBreakpoints(IWorkbenchPart part, ISelection selection) throws CoreException {
        IFile file = file(part);
        String function = functionAt(part, selection);
        if (file == null || function == null) {
            return;
        }
        int line = ((ITextSelection) selection).getStartLine() + 1;
        Toggle.toggle(WasmFunctionBreakpoint.class, file, b -> b.getFunction().equals(function),
                () -> new WasmFunctionBreakpoint(file, function, line));
    }

    // ---------------------------------------------------------------- run to line

    @Override
    public boolean canRunToLine(IWorkbenchPart part, ISelection selection, ISuspendResume target) {
        return RunToLine.canRun(target) && canToggleLineBreakpoints(part, selection);
    }

    @Override
    public void runToLine(IWorkbenchPart part, ISelection selection, ISuspendResume target) throws CoreException {
        IFile file = file(part);
        if (file == null || !(selection instanceof ITextSelection text) || !(target instanceof IDebugElement)) {
            throw WasmDebugCore.error("Run to Line needs a line of a .wat editor and a suspended WebAssembly thread");
        }
        WasmLineBreakpoint temporary = new WasmLineBreakpoint(file, text.getStartLine() + 1, false);
        RunToLine.run(target, temporary);
    }
}
