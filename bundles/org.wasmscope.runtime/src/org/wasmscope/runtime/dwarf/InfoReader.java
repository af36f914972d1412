package org.wasmscope.runtime.dwarf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the units of {@code .debug_info} (DWARF 4 and 5, 32- and 64-bit) into trees of {@link Die}s, with
 * their abbreviations from {@code .debug_abbrev}. A damaged unit is reported to {@code warnings} and
 * left out; the units after it are still read when its length can be trusted.
 */
final class InfoReader {
    private static final int UT_COMPILE = 1, UT_PARTIAL = 3;
    private static final int MAX_DEPTH = 1000;

    private record Abbrev(int tag, boolean hasChildren, int[] ats, int[] forms, long[] implicitConsts) {
    }

    private final DebugInfo info;
    private final Sections sections;
    private final List<String> warnings;
    private final Map<Long, Map<Long, Abbrev>> abbrevTables = new HashMap<>();

    InfoReader(DebugInfo info, Sections sections, List<String> warnings) {
        this.info = info;
        this.sections = sections;
        this.warnings = warnings;
    }

    /** The compile units, each with its entries registered in {@code byOffset}. */
    List<Unit> read(Map<Long, Die> byOffset) {
        List<Unit> units = new ArrayList<>();
        ByteReader r = sections.reader(Sections.INFO);
        while (!r.atEnd()) {
            long start = r.pos;
            ByteReader body;
            int offsetSize = 4;
            try {
                long length = r.u32();
                if (length == 0xFFFFFFFFL) {
                    length = r.u64();
                    offsetSize = 8;
                }
                body = r.slice(length);
            } catch (DwarfFormatException e) {
                warnings.add(e.getMessage() + " (unit at 0x" + Long.toHexString(start) + " runs past the section)");
                return units;
            }
            try {
                Unit u = unit(body, start, offsetSize, byOffset);
                if (u != null) {
                    units.add(u);
                }
            } catch (DwarfFormatException e) {
                warnings.add(e.getMessage() + " (in the unit at 0x" + Long.toHexString(start) + ")");
            }
        }
        return units;
    }

    private Unit unit(ByteReader r, long start, int offsetSize, Map<Long, Die> byOffset) {
        int version = r.u16();
        int addressSize;
        long abbrevOffset;
        if (version >= 5) {
            int type = r.u8();
            addressSize = r.u8();
            abbrevOffset = r.unsigned(offsetSize);
            if (type != UT_COMPILE && type != UT_PARTIAL) {
                return null; // type and split units: not produced for WebAssembly
            }
        } else if (version >= 2) {
            abbrevOffset = r.unsigned(offsetSize);
            addressSize = r.u8();
        } else {
            throw r.error("unsupported version " + version);
        }
        if (version > 5 || addressSize != 4 && addressSize != 8) {
            throw r.error("unsupported version " + version + " or address size " + addressSize);
        }
        Unit u = new Unit(info, sections, start, version, offsetSize, addressSize);
        Map<Long, Abbrev> abbrevs = abbrevTables.computeIfAbsent(abbrevOffset, this::abbrevs);
        List<Die> open = new ArrayList<>(); // the entries whose children are being read
        while (!r.atEnd()) {
            long at = r.pos;
            long code = r.uleb();
            if (code == 0) {
                if (!open.isEmpty()) {
                    open.remove(open.size() - 1);
                }
                if (open.isEmpty()) {
                    break;
                }
                continue;
            }
            Abbrev a = abbrevs.get(code);
            if (a == null) {
                throw r.error("unknown abbreviation " + code + " at 0x" + Long.toHexString(at));
            }
            Die parent = open.isEmpty() ? null : open.get(open.size() - 1);
            if (parent == null && u.root != null) {
                break; // only one top-level entry per unit
            }
            Die d = new Die(at, a.tag(), u, parent);
            for (int i = 0; i < a.ats().length; i++) {
                d.attrs.put(a.ats()[i], attr(r, u, a.forms()[i], a.implicitConsts()[i]));
            }
            byOffset.put(at, d);
            if (parent == null) {
                u.root = d;
                bases(u, d);
            } else {
                parent.children.add(d);
            }
            if (a.hasChildren()) {
                if (open.size() >= MAX_DEPTH) {
                    throw r.error("entries nested too deeply");
                }
                open.add(d);
            } else if (parent == null) {
                break;
            }
        }
        if (!open.isEmpty()) {
            warnings.add(Sections.INFO + ": unit at 0x" + Long.toHexString(start) + " ends inside an entry's children");
        }
        return u.root == null ? null : u;
    }

    /** The unit entry's DWARF 5 bases and base address, which the rest of the unit's attributes use. */
    private static void bases(Unit u, Die root) {
        Die.Attr a;
        if ((a = root.attr(Dw.AT_STR_OFFSETS_BASE)) != null) {
            u.strOffsetsBase = a.number();
        }
        if ((a = root.attr(Dw.AT_ADDR_BASE)) != null) {
            u.addrBase = a.number();
        }
        if ((a = root.attr(Dw.AT_RNGLISTS_BASE)) != null) {
            u.rnglistsBase = a.number();
        }
        if ((a = root.attr(Dw.AT_LOCLISTS_BASE)) != null) {
            u.loclistsBase = a.number();
        }
        if ((a = root.attr(Dw.AT_LOW_PC)) != null) {
            u.baseAddress = u.address(a);
        }
    }

    private Map<Long, Abbrev> abbrevs(long offset) {
        Map<Long, Abbrev> table = new HashMap<>();
        ByteReader r = sections.reader(Sections.ABBREV).at(offset);
        for (long code = r.uleb(); code != 0; code = r.uleb()) {
            int tag = r.ulebInt();
            boolean children = r.u8() != 0;
            List<long[]> specs = new ArrayList<>();
            for (;;) {
                long at = r.uleb();
                long form = r.uleb();
                if (at == 0 && form == 0) {
                    break;
                }
                specs.add(new long[] {at, form, form == Dw.FORM_IMPLICIT_CONST ? r.sleb() : 0});
            }
            int n = specs.size();
            int[] ats = new int[n];
            int[] forms = new int[n];
            long[] consts = new long[n];
            for (int i = 0; i < n; i++) {
                ats[i] = (int) specs.get(i)[0];
                forms[i] = (int) specs.get(i)[1];
                consts[i] = specs.get(i)[2];
            }
            table.put(code, new Abbrev(tag, children, ats, forms, consts));
        }
        return table;
    }

    /** One attribute value of form {@code form} (DWARF 5 §7.5.5); references become section offsets. */
    private static Die.Attr attr(ByteReader r, Unit u, int form, long implicitConst) {
        return switch (form) {
            case Dw.FORM_ADDR -> number(form, r.unsigned(u.addressSize));
            case Dw.FORM_DATA1, Dw.FORM_FLAG, Dw.FORM_STRX1, Dw.FORM_ADDRX1 -> number(form, r.u8());
            case Dw.FORM_DATA2, Dw.FORM_STRX2, Dw.FORM_ADDRX2 -> number(form, r.u16());
            case Dw.FORM_STRX3, Dw.FORM_ADDRX3 -> number(form, r.u24());
            case Dw.FORM_DATA4, Dw.FORM_STRX4, Dw.FORM_ADDRX4, Dw.FORM_REF_SUP4 -> number(form, r.u32());
            case Dw.FORM_DATA8, Dw.FORM_REF_SIG8, Dw.FORM_REF_SUP8 -> number(form, r.u64());
            case Dw.FORM_SDATA -> number(form, r.sleb());
            case Dw.FORM_UDATA, Dw.FORM_STRX, Dw.FORM_ADDRX, Dw.FORM_LOCLISTX, Dw.FORM_RNGLISTX -> number(form, r.uleb());
            case Dw.FORM_FLAG_PRESENT -> number(form, 1);
            case Dw.FORM_IMPLICIT_CONST -> number(form, implicitConst);
            case Dw.FORM_STRP, Dw.FORM_LINE_STRP, Dw.FORM_SEC_OFFSET, Dw.FORM_STRP_SUP -> number(form, r.unsigned(u.offsetSize));
            case Dw.FORM_REF1 -> number(form, u.offset + r.u8());
            case Dw.FORM_REF2 -> number(form, u.offset + r.u16());
            case Dw.FORM_REF4 -> number(form, u.offset + r.u32());
            case Dw.FORM_REF8 -> number(form, u.offset + r.u64());
            case Dw.FORM_REF_UDATA -> number(form, u.offset + r.uleb());
            case Dw.FORM_REF_ADDR -> number(form, r.unsigned(u.version <= 2 ? u.addressSize : u.offsetSize));
            case Dw.FORM_STRING -> new Die.Attr(form, 0, r.cstring());
            case Dw.FORM_BLOCK1 -> new Die.Attr(form, 0, r.bytes(r.u8()));
            case Dw.FORM_BLOCK2 -> new Die.Attr(form, 0, r.bytes(r.u16()));
            case Dw.FORM_BLOCK4 -> new Die.Attr(form, 0, r.bytes(r.u32()));
            case Dw.FORM_BLOCK, Dw.FORM_EXPRLOC -> new Die.Attr(form, 0, r.bytes(r.uleb()));
            case Dw.FORM_DATA16 -> new Die.Attr(form, 0, r.bytes(16));
            case Dw.FORM_INDIRECT -> {
                int actual = r.ulebInt();
                if (actual == Dw.FORM_INDIRECT || actual == Dw.FORM_IMPLICIT_CONST) {
                    throw r.error("indirect form 0x" + Integer.toHexString(actual));
                }
                yield attr(r, u, actual, implicitConst);
            }
            default -> throw r.error("unknown form 0x" + Integer.toHexString(form));
        };
    }

    private static Die.Attr number(int form, long n) {
        return new Die.Attr(form, n, null);
    }
}
