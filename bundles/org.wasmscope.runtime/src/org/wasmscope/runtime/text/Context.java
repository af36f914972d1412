package org.wasmscope.runtime.text;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.wasmscope.runtime.syntax.FuncType;
import org.wasmscope.runtime.syntax.Module;
import org.wasmscope.runtime.syntax.SpecVersion;
import org.wasmscope.runtime.text.Token.Kind;

/**
 * The identifier context of a module (spec 6.6.1): for each index space, the identifiers bound so far and
 * how many indices are taken; and the module being built.
 */
final class Context {
    final Module module = new Module();
    private final Map<Space, Map<String, Integer>> ids = new EnumMap<>(Space.class);
    private final Map<Space, Integer> counts = new EnumMap<>(Space.class);
    /** The field identifiers of each structure type, by type index: each type has its own. */
    private final Map<Integer, Map<String, Integer>> fieldIds = new HashMap<>();

    Context(SpecVersion version) {
        module.version = version;
        for (Space s : Space.values()) {
            ids.put(s, new HashMap<>());
            counts.put(s, 0);
        }
    }

    /** Takes the next index of {@code space}, binding {@code id} (may be null) to it. */
    int bind(Space space, String id, Token at) {
        int index = counts.get(space);
        counts.put(space, index + 1);
        if (id != null && ids.get(space).putIfAbsent(id, index) != null) {
            throw Cursor.error(at, "duplicate " + space.word + " $" + id);
        }
        return index;
    }

    /** Binds field {@code field} of type {@code type} to the identifier {@code id}, for the names too. */
    void bindField(int type, int field, Token id) {
        if (fieldIds.computeIfAbsent(type, t -> new HashMap<>()).putIfAbsent(id.idName(), field) != null) {
            throw Cursor.error(id, "duplicate field " + id.text());
        }
        module.names.fields.computeIfAbsent(type, t -> new HashMap<>()).put(field, id.idName());
    }

    /** A field index of structure type {@code type}, written as a number or one of the type's field identifiers. */
    int field(Cursor c, int type) {
        Token t = c.peek();
        if (t.kind() == Kind.ID) {
            c.next();
            Integer i = fieldIds.getOrDefault(type, Map.of()).get(t.idName());
            if (i == null) {
                throw Cursor.error(t, "unknown field " + t.text());
            }
            return i;
        }
        return Literals.u32(c);
    }

    int count(Space space) {
        return counts.get(space);
    }

    /** An index of {@code space} written as a number or an identifier. */
    int index(Cursor c, Space space) {
        Token t = c.peek();
        if (t.kind() == Kind.ID) {
            c.next();
            Integer i = ids.get(space).get(t.idName());
            if (i == null) {
                throw Cursor.error(t, space.unknown + " " + t.text());
            }
            return i;
        }
        return Literals.index(c);
    }

    /** Whether an index (a number or an identifier) comes next. */
    static boolean atIndex(Cursor c) {
        return c.at(Kind.ID) || c.at(Kind.NUMBER) && Numbers.isNat(c.peek().text());
    }

    /**
     * The type index an implicit type use of {@code type} denotes (spec 6.6.3): the smallest one defined as
     * that plain function type in a group of its own, or a new such definition appended to the module.
     */
    int typeIndexOf(FuncType type) {
        for (int g = 0; g < module.recStarts.size(); g++) {
            int x = module.recStarts.get(g);
            if (module.recEnd(g) == x + 1 && module.types.get(x).isPlain() && module.types.get(x).comp.equals(type)) {
                return x;
            }
        }
        return module.addFuncType(type);
    }
}
