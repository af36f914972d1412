package org.wasmscope.runtime.dwarf;

/**
 * A compilation unit of {@code .debug_info} (DWARF 5 §7.5.1): its header and the bases its DWARF 5 index
 * forms count from; reads addresses and strings given by index.
 */
final class Unit {
    final DebugInfo info;
    final Sections sections;
    final long offset;
    final int version;
    final int offsetSize;
    final int addressSize;
    Die root;
    /** The line table's file names, by the index DW_AT_decl_file and DW_AT_call_file give. */
    java.util.List<String> files = java.util.List.of();
    long strOffsetsBase = 8;
    long addrBase = 8;
    long rnglistsBase;
    long loclistsBase;
    /** The base address of range and location lists: the unit's low_pc. */
    long baseAddress;

    Unit(DebugInfo info, Sections sections, long offset, int version, int offsetSize, int addressSize) {
        this.info = info;
        this.sections = sections;
        this.offset = offset;
        this.version = version;
        this.offsetSize = offsetSize;
        this.addressSize = addressSize;
    }

    /** File {@code index} of the unit's line table, or null. */
    String file(long index) {
        return index >= 0 && index < files.size() ? files.get((int) index) : null;
    }

    String string(Die.Attr a) {
        return switch (a.form()) {
            case Dw.FORM_STRING -> (String) a.value();
            case Dw.FORM_STRP -> sections.string(Sections.STR, a.number());
            case Dw.FORM_LINE_STRP -> sections.string(Sections.LINE_STR, a.number());
            case Dw.FORM_STRX, Dw.FORM_STRX1, Dw.FORM_STRX2, Dw.FORM_STRX3, Dw.FORM_STRX4 -> {
                long at = strOffsetsBase + a.number() * offsetSize;
                yield sections.string(Sections.STR, sections.reader(Sections.STR_OFFSETS).at(at).unsigned(offsetSize));
            }
            default -> null;
        };
    }

    /** An address attribute's value (given directly or by index into {@code .debug_addr}). */
    long address(Die.Attr a) {
        return switch (a.form()) {
            case Dw.FORM_ADDRX, Dw.FORM_ADDRX1, Dw.FORM_ADDRX2, Dw.FORM_ADDRX3, Dw.FORM_ADDRX4 -> indexedAddress(a.number());
            default -> a.number();
        };
    }

    long indexedAddress(long index) {
        return sections.reader(Sections.ADDR).at(addrBase + index * addressSize).unsigned(addressSize);
    }

    /** Addresses at or above this are tombstones: code the linker dropped. */
    long tombstone() {
        return addressSize == 8 ? -2L : 0xFFFFFFFEL;
    }

    /** The largest address: as a range list's start, it selects a new base (DWARF 4 §2.17.3). */
    long maxAddress() {
        return addressSize == 8 ? -1L : 0xFFFFFFFFL;
    }
}
