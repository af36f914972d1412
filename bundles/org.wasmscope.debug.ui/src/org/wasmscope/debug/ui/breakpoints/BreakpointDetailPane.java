package org.wasmscope.debug.ui.breakpoints;

import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.debug.ui.IDetailPane;
import org.eclipse.debug.ui.IDetailPaneFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbenchPartSite;
import org.wasmscope.debug.core.breakpoints.HitCountBreakpoint;
import org.wasmscope.debug.core.breakpoints.MarkerLineBreakpoint;
import org.wasmscope.debug.core.breakpoints.WasmExceptionBreakpoint;

/**
 * The Breakpoints view's detail pane for a WebAssembly exception breakpoint or a line breakpoint (of a
 * {@code .wat} line, an instruction of a disassembly, a source line), as Java's breakpoints have one: its
 * {@link BreakpointEditor settings}, each change saved at once when valid.
 */
public final class BreakpointDetailPane<B extends HitCountBreakpoint> implements IDetailPane {
    public static final String EXCEPTION_ID = "org.wasmscope.debug.ui.exceptionBreakpointDetailPane";
    public static final String LINE_ID = "org.wasmscope.debug.ui.lineBreakpointDetailPane";

    /** A kind of breakpoint with its pane. */
    private record Kind<B extends HitCountBreakpoint>(String id, String name, String description, Class<B> type,
            BiFunction<Composite, Runnable, BreakpointEditor<B>> editor) {
    }

    private static final List<Kind<?>> KINDS = List.of(
            new Kind<>(EXCEPTION_ID, "WebAssembly Exception Breakpoint",
                    "Enabled, hit count, cases and condition of a WebAssembly exception breakpoint",
                    WasmExceptionBreakpoint.class, ExceptionBreakpointEditor::new),
            new Kind<>(LINE_ID, "WebAssembly Line Breakpoint",
                    "Enabled and hit count of a WebAssembly line, instruction or source line breakpoint",
                    MarkerLineBreakpoint.class, BreakpointEditor::new));

    private final Kind<B> kind;
    private BreakpointEditor<B> editor;
    private B shown;

    private BreakpointDetailPane(Kind<B> kind) {
        this.kind = kind;
    }

    private static Kind<?> kind(String id) {
        return KINDS.stream().filter(k -> k.id.equals(id)).findFirst().orElse(null);
    }

    private static <B extends HitCountBreakpoint> BreakpointDetailPane<B> pane(Kind<B> kind) {
        return new BreakpointDetailPane<>(kind);
    }

    /** Offers the pane of the selected breakpoint's kind. */
    public static final class Factory implements IDetailPaneFactory {
        @Override
        public Set<String> getDetailPaneTypes(IStructuredSelection selection) {
            if (selection.size() != 1) {
                return Set.of();
            }
            return KINDS.stream().filter(k -> k.type.isInstance(selection.getFirstElement())).map(Kind::id)
                    .collect(Collectors.toSet());
        }

        @Override
        public String getDefaultDetailPane(IStructuredSelection selection) {
            return getDetailPaneTypes(selection).stream().findFirst().orElse(null);
        }

        @Override
        public IDetailPane createDetailPane(String paneID) {
            Kind<?> k = kind(paneID);
            return k == null ? null : pane(k);
        }

        @Override
        public String getDetailPaneName(String paneID) {
            Kind<?> k = kind(paneID);
            return k == null ? null : k.name;
        }

        @Override
        public String getDetailPaneDescription(String paneID) {
            Kind<?> k = kind(paneID);
            return k == null ? null : k.description;
        }
    }

    @Override
    public void init(IWorkbenchPartSite partSite) {
        // nothing from the site
    }

    @Override
    public Control createControl(Composite parent) {
        editor = kind.editor.apply(parent, this::save);
        return editor.control();
    }

    private void save() {
        try {
            editor.save();
        } catch (CoreException e) {
            ILog.of(BreakpointDetailPane.class).log(e.getStatus());
        }
    }

    /** Shows the selected breakpoint; not again the one shown, whose marker changes as the user types. */
    @Override
    public void display(IStructuredSelection selection) {
        B b = selection != null && kind.type.isInstance(selection.getFirstElement()) ? kind.type.cast(selection.getFirstElement()) : null;
        if (b == null || b != shown) {
            editor.show(b);
            shown = b;
        }
    }

    @Override
    public boolean setFocus() {
        return editor.control().setFocus();
    }

    @Override
    public void dispose() {
        editor.control().dispose();
    }

    @Override
    public String getID() {
        return kind.id;
    }

    @Override
    public String getName() {
        return kind.name;
    }

    @Override
    public String getDescription() {
        return kind.description;
    }
}
