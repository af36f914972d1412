package org.wasmscope.debug.ui.editor;

import org.eclipse.debug.ui.actions.ToggleBreakpointAction;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.texteditor.ITextEditorActionConstants;
import org.eclipse.ui.texteditor.IUpdate;

/**
 * A text editor whose ruler toggles breakpoints: a double click, or Toggle Breakpoint in the ruler's context
 * menu, through the breakpoint adapter the editor provides (.wat lines, disassembly instructions, C lines).
 */
public abstract class BreakpointRulerEditor extends TextEditor {
    private static final String TOGGLE_BREAKPOINT = "BreakpointRulerEditor.ToggleBreakpoint";

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
