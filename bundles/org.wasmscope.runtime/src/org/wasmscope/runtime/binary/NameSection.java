package org.wasmscope.runtime.binary;

import java.util.HashMap;
import java.util.Map;

import org.wasmscope.runtime.MalformedException;
import org.wasmscope.runtime.syntax.SpecVersion;
import org.wasmscope.runtime.syntax.Names;

/**
 * The "name" custom section (spec 7.4.1, plus the extended-name-section's label names): subsections of
 * module name (0), function names (1), local names (2), label names (3), type names (4) and field names
 * (10). A custom section never makes a module malformed, so reading stops quietly at the first bad byte and
 * keeps what was read so far.
 */
final class NameSection {
    private NameSection() {
    }

    static void read(byte[] contents, Names names) {
        Reader r = new Reader(contents);
        try {
            while (!r.atEnd()) {
                int id = r.u8();
                int size = r.length();
                int end = r.pos + size;
                Reader sub = new Reader(contents, r.pos, end, SpecVersion.V3);
                switch (id) {
                    case 0 -> names.module = sub.name();
                    case 1 -> nameMap(sub, names.functions);
                    case 2 -> indirectNameMap(sub, names.locals);
                    case 3 -> indirectNameMap(sub, names.labels);
                    case 4 -> nameMap(sub, names.types);
                    case 10 -> indirectNameMap(sub, names.fields);
                    default -> {
                        // other subsections (tables, memories, ...) are not shown anywhere yet
                    }
                }
                r.pos = end;
            }
        } catch (MalformedException e) {
            // lenient: keep the names read before the malformed part
        }
    }

    private static void nameMap(Reader r, Map<Integer, String> into) {
        for (int n = r.length(); n > 0; n--) {
            int index = r.index();
            into.put(index, r.name());
        }
    }

    private static void indirectNameMap(Reader r, Map<Integer, Map<Integer, String>> into) {
        for (int n = r.length(); n > 0; n--) {
            int index = r.index();
            Map<Integer, String> inner = new HashMap<>();
            into.put(index, inner);
            nameMap(r, inner);
        }
    }
}
