package org.wasmscope.runtime.dwarf;

import java.util.ArrayList;
import java.util.List;

/**
 * The address ranges of an entry (low_pc/high_pc, or a range list of {@code .debug_ranges} (DWARF 4) or
 * {@code .debug_rnglists} (DWARF 5)) and location lists of {@code .debug_loc} (DWARF 4) or
 * {@code .debug_loclists} (DWARF 5). Ranges of code the linker dropped (tombstone addresses) are left out.
 */
final class Lists {
    /** One entry of a location list: where the expression applies ({@code range} null: everywhere else). */
    record LocEntry(Range range, byte[] expr) {
    }

    private static final int MAX_ENTRIES = 1 << 16;

    private Lists() {
    }

    static List<Range> ranges(Die d) {
        Unit u = d.unit;
        List<Range> out = new ArrayList<>();
        Die.Attr low = d.attr(Dw.AT_LOW_PC);
        Die.Attr high = d.attr(Dw.AT_HIGH_PC);
        Die.Attr ranges = d.attr(Dw.AT_RANGES);
        if (low != null && high != null) {
            long start = u.address(low);
            long end = high.isConstant() ? start + high.number() : u.address(high);
            add(out, u, start, end);
        } else if (ranges != null) {
            if (u.version >= 5) {
                rnglist(u, listOffset(u, ranges, Dw.FORM_RNGLISTX, u.rnglistsBase, Sections.RNGLISTS), out);
            } else {
                ByteReader r = u.sections.reader(Sections.RANGES).at(ranges.number());
                long base = u.baseAddress;
                for (int n = 0; n < MAX_ENTRIES; n++) {
                    long start = r.unsigned(u.addressSize);
                    long end = r.unsigned(u.addressSize);
                    if (start == 0 && end == 0) {
                        break;
                    }
                    if (start == u.maxAddress()) {
                        base = end;
                    } else {
                        add(out, u, base + start, base + end);
                    }
                }
            }
        } else if (low != null) {
            add(out, u, u.address(low), u.address(low) + 1);
        }
        return out;
    }

    /** Where a DWARF 5 list starts: a {@code *listx} index through the unit's offset table, or an offset. */
    private static long listOffset(Unit u, Die.Attr a, int indexForm, long base, String section) {
        if (a.form() != indexForm) {
            return a.number();
        }
        return base + u.sections.reader(section).at(base + a.number() * u.offsetSize).unsigned(u.offsetSize);
    }

    private static void rnglist(Unit u, long offset, List<Range> out) {
        ByteReader r = u.sections.reader(Sections.RNGLISTS).at(offset);
        long base = u.baseAddress;
        for (int n = 0; n < MAX_ENTRIES; n++) {
            switch (r.u8()) {
                case Dw.RLE_END_OF_LIST -> {
                    return;
                }
                case Dw.RLE_BASE_ADDRESSX -> base = u.indexedAddress(r.uleb());
                case Dw.RLE_STARTX_ENDX -> add(out, u, u.indexedAddress(r.uleb()), u.indexedAddress(r.uleb()));
                case Dw.RLE_STARTX_LENGTH -> {
                    long start = u.indexedAddress(r.uleb());
                    add(out, u, start, start + r.uleb());
                }
                case Dw.RLE_OFFSET_PAIR -> {
                    long start = r.uleb();
                    add(out, u, base + start, base + r.uleb());
                }
                case Dw.RLE_BASE_ADDRESS -> base = r.unsigned(u.addressSize);
                case Dw.RLE_START_END -> add(out, u, r.unsigned(u.addressSize), r.unsigned(u.addressSize));
                case Dw.RLE_START_LENGTH -> {
                    long start = r.unsigned(u.addressSize);
                    add(out, u, start, start + r.uleb());
                }
                default -> throw r.error("unknown range list entry");
            }
        }
    }

    private static void add(List<Range> out, Unit u, long start, long end) {
        if (start >= 0 && start < end && start < u.tombstone()) {
            out.add(new Range(start, end));
        }
    }

    /** The entries of the location list {@code a} refers to (a {@code sec_offset} or {@code loclistx}). */
    static List<LocEntry> locations(Unit u, Die.Attr a) {
        List<LocEntry> out = new ArrayList<>();
        long base = u.baseAddress;
        if (u.version >= 5) {
            ByteReader r = u.sections.reader(Sections.LOCLISTS)
                    .at(listOffset(u, a, Dw.FORM_LOCLISTX, u.loclistsBase, Sections.LOCLISTS));
            for (int n = 0; n < MAX_ENTRIES; n++) {
                long start;
                long end;
                switch (r.u8()) {
                    case Dw.LLE_END_OF_LIST -> {
                        return out;
                    }
                    case Dw.LLE_BASE_ADDRESSX -> {
                        base = u.indexedAddress(r.uleb());
                        continue;
                    }
                    case Dw.LLE_BASE_ADDRESS -> {
                        base = r.unsigned(u.addressSize);
                        continue;
                    }
                    case Dw.LLE_STARTX_ENDX -> {
                        start = u.indexedAddress(r.uleb());
                        end = u.indexedAddress(r.uleb());
                    }
                    case Dw.LLE_STARTX_LENGTH -> {
                        start = u.indexedAddress(r.uleb());
                        end = start + r.uleb();
                    }
                    case Dw.LLE_OFFSET_PAIR -> {
                        start = base + r.uleb();
                        end = base + r.uleb();
                    }
                    case Dw.LLE_DEFAULT_LOCATION -> {
                        out.add(new LocEntry(null, r.bytes(r.uleb())));
                        continue;
                    }
                    case Dw.LLE_START_END -> {
                        start = r.unsigned(u.addressSize);
                        end = r.unsigned(u.addressSize);
                    }
                    case Dw.LLE_START_LENGTH -> {
                        start = r.unsigned(u.addressSize);
                        end = start + r.uleb();
                    }
                    default -> throw r.error("unknown location list entry");
                }
                entry(out, u, start, end, r.bytes(r.uleb()));
            }
        } else {
            ByteReader r = u.sections.reader(Sections.LOC).at(a.number());
            for (int n = 0; n < MAX_ENTRIES; n++) {
                long start = r.unsigned(u.addressSize);
                long end = r.unsigned(u.addressSize);
                if (start == 0 && end == 0) {
                    break;
                }
                if (start == u.maxAddress()) {
                    base = end;
                    continue;
                }
                entry(out, u, base + start, base + end, r.bytes(r.u16()));
            }
        }
        return out;
    }

    private static void entry(List<LocEntry> out, Unit u, long start, long end, byte[] expr) {
        if (start >= 0 && start < end && start < u.tombstone()) {
            out.add(new LocEntry(new Range(start, end), expr));
        }
    }
}
