package org.wasmscope.debug.ui.editor;

import java.util.List;
import java.util.Locale;

import org.eclipse.debug.ui.actions.ToggleBreakpointAction;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.texteditor.ITextEditorActionConstants;
import org.eclipse.ui.texteditor.IUpdate;

/**
 * A text editor for the sources of compiled programs ({@code .c}, {@code .h}, {@code .cpp}, {@code .rs}
 * ...), where a module's DWARF debug information points: line breakpoints in its vertical ruler (double
 * click or the ruler's menu), and the debugger's current line.
 */
public class SourceEditor extends TextEditor {
    public static final String ID = "org.wasmscope.debug.ui.sourceEditor";
    /** The file name extensions it opens (those the plugin.xml registers it for). */
    public static final List<String> EXTENSIONS = List.of("c", "h", "cc", "cpp", "cxx", "hpp", "rs");

    private static final String TOGGLE_BREAKPOINT = "SourceEditor.ToggleBreakpoint";

    /** Whether {@code fileName} is a source file of a compiled program, by its extension. */
    public static boolean isSource(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot >= 0 && EXTENSIONS.contains(name.substring(dot + 1));
    }

    @Override
    protected void createActions() {
        super.createActions();
        IAction toggle = new ToggleBreakpointAction(this, null, getVerticalRuler());
        setAction(ITextEditorActionConstants.RULER_DOUBLE_CLICK, toggle);
        setAction(TOGGLE_BREAKPOINT, toggle);
    }

    @Override
    protected void rulerContextMenuAboutToShow(IMenuManager menu) {
        super.rulerContextMenuAboutToShow(menu);
        IAction toggle = getAction(TOGGLE_BREAKPOINT);
        if (toggle instanceof IUpdate u) {
            u.update();
        }
        menu.appendToGroup(ITextEditorActionConstants.GROUP_RULERS, toggle);
    }
}
