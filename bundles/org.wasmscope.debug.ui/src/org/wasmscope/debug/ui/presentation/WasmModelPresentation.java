package org.wasmscope.debug.ui.presentation;

import java.util.Locale;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IFile;
import org.eclipse.debug.core.sourcelookup.containers.LocalFileStorage;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.debug.core.model.IValue;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.IDebugModelPresentation;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.debug.ui.IValueDetailListener;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.DecorationOverlayIcon;
import org.eclipse.jface.viewers.IDecoration;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.FileStoreEditorInput;
import org.eclipse.ui.part.FileEditorInput;
import org.wasmscope.debug.core.breakpoints.HitCountBreakpoint;
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
 * breakpoints read {@code factorial.wat [line: 7]} (in a disassembly {@code fib.wasm [+0x19a, line: 37]}, in a C
 * file {@code fib.c [line: 4] (unresolved: no code at line 4)} with a warning on its icon, or
 * {@code fib.c [line: 21] (stops at line 22)}) or {@code WebAssembly exception: $overflow, caught}, and a module opens in the {@code .wat} editor or, for
 * a binary module, in the disassembly editor whose lines the frames of such a module point at.
 */
public final class WasmModelPresentation extends LabelProvider implements IDebugModelPresentation {

    @Override
    public void setAttribute(String attribute, Object value) {
        // no presentation options
    }

    /** The breakpoint icon with a warning over it, for a source line breakpoint no code runs for (enabled, disabled). */
    private Image unresolved;
    private Image unresolvedDisabled;

    /** The platform's images; a source line breakpoint that is unresolved: the breakpoint with a warning. */
    @Override
    public Image getImage(Object element) {
        if (element instanceof SourceLineBreakpoint b && b.unresolvedReason() != null) {
            boolean enabled;
            try {
                enabled = b.isEnabled();
            } catch (org.eclipse.core.runtime.CoreException e) {
                enabled = true;
            }
            if (unresolved == null) {
                unresolved = withWarning(IDebugUIConstants.IMG_OBJS_BREAKPOINT);
                unresolvedDisabled = withWarning(IDebugUIConstants.IMG_OBJS_BREAKPOINT_DISABLED);
            }
            return enabled ? unresolved : unresolvedDisabled;
        }
        return null;
    }

    private static Image withWarning(String breakpointImage) {
        ImageDescriptor warning = PlatformUI.getWorkbench().getSharedImages()
                .getImageDescriptor(ISharedImages.IMG_DEC_FIELD_WARNING);
        return new DecorationOverlayIcon(DebugUITools.getImage(breakpointImage), warning, IDecoration.BOTTOM_LEFT)
                .createImage();
    }

    @Override
    public void dispose() {
        if (unresolved != null) {
            unresolved.dispose();
            unresolvedDisabled.dispose();
        }
        super.dispose();
    }

    @Override
    public String getText(Object element) {
        if (element instanceof WasmInstructionBreakpoint b && b.getMarker() != null) {
            int line = b.getMarker().getAttribute(org.eclipse.core.resources.IMarker.LINE_NUMBER, 0);
            return b.getMarker().getResource().getName() + " [" + WasmInstructionBreakpoint.offsetText(b.getOffset())
                    + ", line: " + line + "]" + hitCount(b);
        }
        if (element instanceof WasmLineBreakpoint b && b.getMarker() != null) {
            int line = b.getMarker().getAttribute(org.eclipse.core.resources.IMarker.LINE_NUMBER, 0);
            return b.getMarker().getResource().getName() + " [line: " + line + "]" + hitCount(b);
        }
        if (element instanceof SourceLineBreakpoint b && b.getMarker() != null) {
            int line = b.getMarker().getAttribute(org.eclipse.core.resources.IMarker.LINE_NUMBER, 0);
            String where = b.getMarker().getResource().getName() + " [line: " + line + "]" + hitCount(b);
            int installed = b.installedLine();
            return b.unresolvedReason() != null ? where + " (unresolved: " + b.unresolvedReason() + ")"
                    : installed > 0 && installed != line ? where + " (stops at line " + installed + ")" : where;
        }
        if (element instanceof WasmFunctionBreakpoint b && b.getMarker() != null) {
            return b.getMarker().getResource().getName() + " [function: " + b.getFunction() + "]";
        }
        if (element instanceof WasmExceptionBreakpoint b && b.getMarker() != null) {
            return "WebAssembly exception: " + b.describe() + hitCount(b)
                    + (b.getCondition().isEmpty() ? "" : " [condition: " + b.getCondition() + "]");
        }
        return null; // the element's own name
    }

    /** {@code  [hit count: 3]}, as Java's breakpoints say theirs; nothing for the default, every hit. */
    private static String hitCount(HitCountBreakpoint b) {
        int hit = b.getHitCount();
        return hit > 1 ? " [hit count: " + hit + "]" : "";
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
