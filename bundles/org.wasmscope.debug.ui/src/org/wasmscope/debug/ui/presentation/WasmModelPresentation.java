package org.wasmscope.debug.ui.presentation;

import java.util.Locale;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IFile;
import org.eclipse.debug.core.sourcelookup.containers.LocalFileStorage;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.debug.core.model.IValue;
import org.eclipse.debug.ui.IDebugModelPresentation;
import org.eclipse.debug.ui.IValueDetailListener;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.ide.FileStoreEditorInput;
import org.eclipse.ui.part.FileEditorInput;
import org.wasmscope.debug.core.breakpoints.SourceLineBreakpoint;
import org.wasmscope.debug.core.breakpoints.WasmExceptionBreakpoint;
import org.wasmscope.debug.core.breakpoints.WasmFunctionBreakpoint;
import org.wasmscope.debug.core.breakpoints.WasmInstructionBreakpoint;
import org.wasmscope.debug.core.breakpoints.WasmLineBreakpoint;
import org.wasmscope.debug.core.model.ObjectValue;
import org.wasmscope.debug.ui.editor.SourceEditor;
import org.wasmscope.debug.ui.editor.WasmDisassemblyEditor;
import org.wasmscope.debug.ui.editor.WatEditor;

/**
 * How the WasmScope debug model looks: the elements name themselves (frames as {@code fac [func 0] line 7}),
 * breakpoints read {@code factorial.wat [line: 7]} (in a disassembly {@code fib.wasm [+0x19a, line: 37]}) or
 * {@code WebAssembly exception: $overflow, caught}, and a module opens in the {@code .wat} editor or, for
 * a binary module, in the disassembly editor whose lines the frames of such a module point at.
 */
public final class WasmModelPresentation extends LabelProvider implements IDebugModelPresentation {

    @Override
    public void setAttribute(String attribute, Object value) {
        // no presentation options
    }

    @Override
    public Image getImage(Object element) {
        return null; // the platform's images
    }

    @Override
    public String getText(Object element) {
        if (element instanceof WasmInstructionBreakpoint b && b.getMarker() != null) {
            int line = b.getMarker().getAttribute(org.eclipse.core.resources.IMarker.LINE_NUMBER, 0);
            int hit = b.getHitCount();
            return b.getMarker().getResource().getName() + " [" + WasmInstructionBreakpoint.offsetText(b.getOffset())
                    + ", line: " + line + "]" + (hit > 1 ? " [hit count: " + hit + "]" : "");
        }
        if (element instanceof WasmLineBreakpoint b && b.getMarker() != null) {
            int line = b.getMarker().getAttribute(org.eclipse.core.resources.IMarker.LINE_NUMBER, 0);
            int hit = b.getHitCount();
            return b.getMarker().getResource().getName() + " [line: " + line + "]" + (hit > 1 ? " [hit count: " + hit + "]" : "");
        }
        if (element instanceof SourceLineBreakpoint b && b.getMarker() != null) {
            int line = b.getMarker().getAttribute(org.eclipse.core.resources.IMarker.LINE_NUMBER, 0);
            return b.getMarker().getResource().getName() + " [line: " + line + "]";
        }
        if (element instanceof WasmFunctionBreakpoint b && b.getMarker() != null) {
            return b.getMarker().getResource().getName() + " [function: " + b.getFunction() + "]";
        }
        if (element instanceof WasmExceptionBreakpoint b && b.getMarker() != null) {
            return "WebAssembly exception: " + b.describe();
        }
        return null; // the element's own name
    }

    @Override
    public void computeDetail(IValue value, IValueDetailListener listener) {
        String detail;
        try {
            // An object in full: its fields, or an array's length and first elements.
            detail = value instanceof ObjectValue o ? o.object().toString()
                    : value.getReferenceTypeName() + ":" + value.getValueString();
        } catch (org.eclipse.debug.core.DebugException e) {
            detail = e.getMessage();
        }
        listener.detailComputed(value, detail);
    }

    @Override
    public IEditorInput getEditorInput(Object element) {
        if (element instanceof IFile file) {
            return new FileEditorInput(file);
        }
        if (element instanceof IBreakpoint b && b.getMarker() != null && b.getMarker().getResource() instanceof IFile file) {
            return new FileEditorInput(file);
        }
        if (element instanceof LocalFileStorage storage) { // a C source outside the workspace
            return new FileStoreEditorInput(EFS.getLocalFileSystem().fromLocalFile(storage.getFile()));
        }
        return null;
    }

    @Override
    public String getEditorId(IEditorInput input, Object element) {
        String name = input.getName().toLowerCase(Locale.ROOT);
        if (SourceEditor.isSource(name)) {
            return SourceEditor.ID;
        }
        return name.endsWith(".wasm") ? WasmDisassemblyEditor.ID : WatEditor.ID;
    }
}
