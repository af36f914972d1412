package org.wasmscope.views.common;

import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;

/**
 * The look of changed and emphasized rows. Changed values use the debugger's own preference colour
 * for changed elements (as the Variables view does) and bold, so users see the convention they know.
 */
public final class Highlight {
    private Highlight() {
    }

    public static Font bold() {
        return JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT);
    }

    public static Color changedForeground() {
        return DebugUITools.getPreferenceColor(IDebugUIConstants.PREF_CHANGED_DEBUG_ELEMENT_COLOR);
    }

    public static Color emphasizedBackground() {
        return DebugUITools.getPreferenceColor(IDebugUIConstants.PREF_CHANGED_VALUE_BACKGROUND);
    }
}
