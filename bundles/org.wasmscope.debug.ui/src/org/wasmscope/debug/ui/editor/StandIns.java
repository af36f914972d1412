package org.wasmscope.debug.ui.editor;

import java.util.List;

import org.wasmscope.debug.ui.editor.WatStructure.Definition;
import org.wasmscope.debug.ui.editor.WatStructure.Form;
import org.wasmscope.debug.ui.editor.WatStructure.Space;
import org.wasmscope.debug.ui.editor.WatStructure.Word;
import org.wasmscope.runtime.InvalidException;

/**
 * Which validation faults of a module parsed with stand-ins ({@link WatAnalysis.StandIn}) the stand-ins may
 * have caused. A stand-in keeps the kind, index and {@code $name} of the field it replaces but not its type,
 * so a field that refers to it may be faulted for a type the author never wrote; its own faults are gone
 * anyway. A field refers to a stand-in by its {@code $name}, by its index after an instruction or keyword of
 * its index space ({@code call 2}, {@code (type 0)}), or, for memory 0 and table 0, without saying so
 * ({@code i32.load}, {@code call_indirect}, an active data or element segment).
 */
final class StandIns {
    private final WatStructure structure;
    private final List<Form> replaced;
    private final List<Definition> definitions;
    private final boolean indicesKept;

    /** The stand-ins put for {@code replaced}, fields of {@code structure}. */
    StandIns(WatStructure structure, List<Form> replaced) {
        this.structure = structure;
        this.replaced = replaced;
        this.definitions = structure.moduleDefinitions().stream().filter(d -> replaced.contains(d.form())).toList();
        // a field blanked without a stand-in (a rec group, a misspelt keyword) may have defined something:
        // the indices after it would not be what the author counted
        this.indicesKept = replaced.stream().allMatch(
                f -> definitions.stream().anyMatch(d -> d.form() == f) || List.of("export", "start").contains(f.keyword()));
    }

    /** True if {@code fault} may be the stand-ins' doing rather than the author's. */
    boolean mayHaveCaused(InvalidException fault) {
        if (!indicesKept) {
            return true;
        }
        if (fault.line <= 0) {
            // a fault of the module as a whole (exports, start, types): types are checked together, so one
            // replaced type may fault another
            return definitions.stream().anyMatch(d -> d.space() == Space.TYPE);
        }
        Form field = structure.fieldAt(WatAnalysis.offset(structure.text(), fault.line, fault.column));
        return field == null || replaced.contains(field) || definitions.stream().anyMatch(d -> refersTo(field, d));
    }

    private static boolean refersTo(Form field, Definition d) {
        boolean implicitIndexZero = d.index() == 0 && (d.space() == Space.MEMORY || d.space() == Space.TABLE);
        if (implicitIndexZero && field.keyword().equals(d.space() == Space.MEMORY ? "data" : "elem")) {
            return true; // an active segment's memory or table defaults to 0
        }
        return refersTo(field, d, implicitIndexZero);
    }

    private static boolean refersTo(Form form, Definition d, boolean implicitIndexZero) {
        String keyword = null;
        for (Object item : form.items) {
            if (item instanceof Form inner) {
                if (refersTo(inner, d, implicitIndexZero)) {
                    return true;
                }
                keyword = null;
            } else if (item instanceof Word w) {
                if (w.isName()) {
                    if (d.name() != null && w.text().equals(d.name().text())) {
                        return true;
                    }
                } else if (Character.isDigit(w.text().charAt(0))) {
                    if (keyword != null && w.text().equals(Integer.toString(d.index()))
                            && WatStructure.spacesAfter(keyword).contains(d.space())) {
                        return true;
                    }
                } else if (!w.text().equals("null")) { // (ref null 0): the index still belongs to ref
                    keyword = w.text();
                    if (implicitIndexZero && WatStructure.spacesAfter(keyword).contains(d.space())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
