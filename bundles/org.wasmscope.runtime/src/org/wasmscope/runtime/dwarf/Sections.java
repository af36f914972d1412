package org.wasmscope.runtime.dwarf;

import java.util.HashMap;
import java.util.Map;

import org.wasmscope.runtime.syntax.CustomSection;
import org.wasmscope.runtime.syntax.Module;

/** The {@code .debug_*} custom sections of a module, by name; a missing one reads as empty. */
final class Sections {
    static final String INFO = ".debug_info";
    static final String ABBREV = ".debug_abbrev";
    static final String STR = ".debug_str";
    static final String LINE_STR = ".debug_line_str";
    static final String STR_OFFSETS = ".debug_str_offsets";
    static final String LINE = ".debug_line";
    static final String ADDR = ".debug_addr";
    static final String RANGES = ".debug_ranges";
    static final String RNGLISTS = ".debug_rnglists";
    static final String LOC = ".debug_loc";
    static final String LOCLISTS = ".debug_loclists";

    private static final byte[] EMPTY = {};
    private final Map<String, byte[]> byName = new HashMap<>();

    Sections(Module m) {
        for (CustomSection s : m.customSections) {
            if (s.name().startsWith(".debug_")) {
                byName.putIfAbsent(s.name(), s.contents());
            }
        }
    }

    boolean has(String name) {
        return byName.containsKey(name);
    }

    ByteReader reader(String name) {
        return new ByteReader(name, byName.getOrDefault(name, EMPTY));
    }

    /** The NUL-terminated string at {@code offset} of section {@code name}. */
    String string(String name, long offset) {
        return reader(name).at(offset).cstring();
    }
}
