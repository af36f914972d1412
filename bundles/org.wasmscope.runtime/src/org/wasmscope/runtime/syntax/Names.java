package org.wasmscope.runtime.syntax;

import java.util.HashMap;
import java.util.Map;

/**
 * Names for a module's functions, locals, labels, types and fields: from the binary {@code name} custom section, or from
 * the identifiers of a text module ({@code $fac}, written here without the {@code $}).
 */
public final class Names {
    public String module;
    /** Function index to name. */
    public final Map<Integer, String> functions = new HashMap<>();
    /** Type index to name. */
    public final Map<Integer, String> types = new HashMap<>();
    /** Type index of a structure type to (field index to name). */
    public final Map<Integer, Map<Integer, String>> fields = new HashMap<>();
    /** Tag index to name. */
    public final Map<Integer, String> tags = new HashMap<>();
    /** Function index to (local index to name). */
    public final Map<Integer, Map<Integer, String>> locals = new HashMap<>();
    /** Function index to (label index, counted in order of appearance in the body, to name). */
    public final Map<Integer, Map<Integer, String>> labels = new HashMap<>();

    public String function(int funcIndex) {
        return functions.get(funcIndex);
    }

    public String local(int funcIndex, int localIndex) {
        Map<Integer, String> m = locals.get(funcIndex);
        return m == null ? null : m.get(localIndex);
    }

    public String field(int typeIndex, int fieldIndex) {
        Map<Integer, String> m = fields.get(typeIndex);
        return m == null ? null : m.get(fieldIndex);
    }
}
