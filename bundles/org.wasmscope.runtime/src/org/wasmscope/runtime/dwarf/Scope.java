package org.wasmscope.runtime.dwarf;

import java.util.List;

/**
 * A C function as a frame at some code address: a function (DW_TAG_subprogram) or a call of a function
 * inlined into it (DW_TAG_inlined_subroutine), with the code ranges it covers.
 */
public final class Scope {
    final Die die;
    private final boolean inlined;
    private final String name;
    private final List<Range> ranges;
    private final Scope function;

    Scope(Die die, boolean inlined, List<Range> ranges, Scope function) {
        this.die = die;
        this.inlined = inlined;
        String n = die.name();
        this.name = n != null ? n : "<unnamed>";
        this.ranges = List.copyOf(ranges);
        this.function = function == null ? this : function;
    }

    public String name() {
        return name;
    }

    /** Whether this is a call inlined into {@link #function()} rather than a function of its own. */
    public boolean isInlined() {
        return inlined;
    }

    public List<Range> ranges() {
        return ranges;
    }

    /** The function whose WebAssembly frame this runs in (itself unless inlined). */
    public Scope function() {
        return function;
    }

    /** For an inlined call: the file of the call site, or null. */
    public String callFile() {
        Die.Attr a = die.attr(Dw.AT_CALL_FILE);
        return a == null ? null : die.unit.file(a.number());
    }

    /** For an inlined call: the line of the call site, or 0. */
    public int callLine() {
        return (int) die.number(Dw.AT_CALL_LINE, 0);
    }

    /** For an inlined call: the column of the call site, or 0. */
    public int callColumn() {
        return (int) die.number(Dw.AT_CALL_COLUMN, 0);
    }

    /** The directory its compile unit was compiled in (DW_AT_comp_dir), or null. */
    public String compileDirectory() {
        Die.Attr a = die.unit.root.attr(Dw.AT_COMP_DIR);
        try {
            return a == null ? null : a.string(die.unit);
        } catch (DwarfFormatException e) {
            return null;
        }
    }

    public boolean contains(long address) {
        for (Range r : ranges) {
            if (r.contains(address)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return (inlined ? "inlined " : "") + name;
    }
}
