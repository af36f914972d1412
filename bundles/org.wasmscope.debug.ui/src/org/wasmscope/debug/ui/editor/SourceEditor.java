package org.wasmscope.debug.ui.editor;

import java.util.List;
import java.util.Locale;

/**
 * A text editor for the sources of compiled programs ({@code .c}, {@code .h}, {@code .cpp}, {@code .rs}
 * ...), where a module's DWARF debug information points: line breakpoints in its vertical ruler (double
 * click or the ruler's menu), and the debugger's current line.
 */
public class SourceEditor extends BreakpointRulerEditor {
    public static final String ID = "org.wasmscope.debug.ui.sourceEditor";
    /** The file name extensions it opens (those the plugin.xml registers it for). */
    public static final List<String> EXTENSIONS = List.of("c", "h", "cc", "cpp", "cxx", "hpp", "rs");

    /** Whether {@code fileName} is a source file of a compiled program, by its extension. */
    public static boolean isSource(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot >= 0 && EXTENSIONS.contains(name.substring(dot + 1));
    }

}
