package org.wasmscope.debug.ui.breakpoints;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.model.IDebugElement;
import org.eclipse.debug.core.model.ISuspendResume;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.ui.IWorkbenchPart;
import org.wasmscope.debug.core.WasmDebugCore;
import org.wasmscope.debug.core.breakpoints.WasmInstructionBreakpoint;
import org.wasmscope.debug.core.sourcelookup.Disassembly;
import org.wasmscope.debug.ui.editor.WasmDisassemblyEditor;

/**
 * Instruction breakpoints in the disassembly of a binary module: toggled on the selected line (a line
 * without an instruction, e.g. a function's header, means the next instruction), and Run to Line, which
 * resumes to a breakpoint of its own that is removed at the next suspension.
 */
public final class DisassemblyBreakpointAdapter extends LineBreakpointTarget {

    /** The instruction the selection's line stands for in {@code part}'s listing. */
    private record Place(IFile file, int line, int offset, String instruction) {
    }

    private static Place place(IWorkbenchPart part, ISelection selection) {
        if (!(part instanceof WasmDisassemblyEditor editor) || !(selection instanceof ITextSelection text)) {
            return null;
        }
        IFile file = editor.getEditorInput().getAdapter(IFile.class);
        if (file == null) {
            return null;
        }
        String shown = editor.getDocumentProvider().getDocument(editor.getEditorInput()).get();
        Disassembly listing = Disassembly.ofText(shown);
        int line = listing.instructionLineFrom(text.getStartLine() + 1);
        return line < 0 ? null : new Place(file, line, listing.offsetOn(line), listing.instructionOn(line));
    }

    @Override
    public boolean canToggleLineBreakpoints(IWorkbenchPart part, ISelection selection) {
        return place(part, selection) != null;
    }

    @Override
    public void toggleLineBreakpoints(IWorkbenchPart part, ISelection selection) throws CoreException {
        Place p = place(part, selection);
        if (p == null) {
            return;
        }
        Toggle.toggle(WasmInstructionBreakpoint.class, p.file(), b -> b.getOffset() == p.offset(),
                () -> new WasmInstructionBreakpoint(p.file(), p.line(), p.offset(), p.instruction(), true));
    }

    @Override
    public boolean canRunToLine(IWorkbenchPart part, ISelection selection, ISuspendResume target) {
        return RunToLine.canRun(target) && place(part, selection) != null;
    }

    @Override
    public void runToLine(IWorkbenchPart part, ISelection selection, ISuspendResume target) throws CoreException {
        Place p = place(part, selection);
        if (p == null || !(target instanceof IDebugElement)) {
            throw WasmDebugCore.error(
                    "Run to Line needs an instruction of a disassembly and a suspended WebAssembly thread");
        }
        WasmInstructionBreakpoint temporary = new WasmInstructionBreakpoint(p.file(), p.line(), p.offset(),
                p.instruction(), false);
        RunToLine.run(target, temporary);
    }
}
