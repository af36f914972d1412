package org.wasmscope.runtime.text;

import java.util.ArrayList;
import java.util.List;

import org.wasmscope.runtime.syntax.SubType;
import org.wasmscope.runtime.text.Token.Kind;

/**
 * The first pass over a module's fields: binds every identifier of the module level to its index (spec
 * 6.6.1, the identifier context is built from the whole module, so fields may refer forward), then defines
 * the explicit types (whose definitions may refer to any type, forward inside a recursive group), and checks the order of fields the text format demands (imports before definitions, one
 * start function).
 */
final class ModuleScanner {
    private final Cursor c;
    private final Context cx;
    /** The kind of the first definition of a function, table, memory or global, for the import order. */
    private String defined;
    private boolean start;
    /** Where each type definition's sub type starts, grouped by recursive type group. */
    private final List<List<Integer>> recGroups = new ArrayList<>();

    private ModuleScanner(Cursor c, Context cx) {
        this.c = c;
        this.cx = cx;
    }

    /** Scans the fields from the cursor up to the first token that is not {@code (}; then rewinds. */
    static void scan(Cursor c, Context cx) {
        int begin = c.position();
        ModuleScanner s = new ModuleScanner(c, cx);
        while (c.at(Kind.LPAREN)) {
            int field = c.position();
            s.field();
            c.reset(field);
            c.skipSExpr();
        }
        s.defineTypes();
        c.reset(begin);
    }

    /** Defines the types, group by group, now that every type identifier is bound. */
    private void defineTypes() {
        for (List<Integer> group : recGroups) {
            List<SubType> types = new ArrayList<>();
            for (int at : group) {
                c.reset(at);
                types.add(Types.subType(c, cx, cx.module.types.size() + types.size()));
                c.close();
            }
            cx.module.addRec(types);
        }
    }

    /** {@code (type id? subtype)} after its {@code (type}: binds the id, notes where the sub type starts. */
    private int typeDefinition() {
        Token at = c.peek();
        String id = c.optId();
        int index = cx.bind(Space.TYPE, id, at);
        if (id != null) {
            cx.module.names.types.put(index, id);
        }
        return c.position();
    }

    private void field() {
        c.expect(Kind.LPAREN);
        Token k = c.next();
        if (k.kind() != Kind.KEYWORD) {
            throw Cursor.unexpected(k);
        }
        switch (k.text()) {
            case "type" -> recGroups.add(List.of(typeDefinition()));
            case "rec" -> {
                List<Integer> group = new ArrayList<>();
                while (c.openIf("type")) {
                    group.add(typeDefinition());
                    c.skipSExpr();
                    c.close();
                }
                recGroups.add(group);
            }
            case "import" -> {
                c.expect(Kind.STRING);
                c.expect(Kind.STRING);
                c.expect(Kind.LPAREN);
                Token kind = c.next();
                Space space = switch (kind.text()) {
                    case "func" -> Space.FUNC;
                    case "table" -> Space.TABLE;
                    case "memory" -> Space.MEMORY;
                    case "global" -> Space.GLOBAL;
                    case "tag" -> Space.TAG;
                    default -> throw Cursor.unexpected(kind);
                };
                importHere(k);
                Token at = c.peek();
                cx.bind(space, c.optId(), at);
            }
            case "func" -> definition(Space.FUNC, k, "function");
            case "table" -> definition(Space.TABLE, k, "table");
            case "memory" -> definition(Space.MEMORY, k, "memory");
            case "global" -> definition(Space.GLOBAL, k, "global");
            case "tag" -> definition(Space.TAG, k, "tag");
            case "elem", "data" -> {
                Token at = c.peek();
                cx.bind(k.text().equals("elem") ? Space.ELEM : Space.DATA, c.optId(), at);
            }
            case "start" -> {
                if (start) {
                    throw Cursor.error(k, "multiple start sections");
                }
                start = true;
            }
            case "export" -> {
                // exports refer to indices only; nothing to bind
            }
            default -> throw Cursor.unexpected(k);
        }
    }

    /** A func, table, memory, global or tag field: an inline import or a definition. */
    private void definition(Space space, Token k, String word) {
        Token at = c.peek();
        String id = c.optId();
        while (c.atOpen("export")) {
            c.skipSExpr();
        }
        if (c.atOpen("import")) {
            importHere(k);
        } else if (defined == null) {
            defined = word;
        }
        cx.bind(space, id, at);
        if (space == Space.TABLE && (c.atKeyword("funcref") || c.atKeyword("externref"))
                && c.peek(1).kind() == Kind.LPAREN && c.peek(2).isKeyword("elem")) {
            cx.bind(Space.ELEM, null, at); // the table's inline element segment
        }
        if (space == Space.MEMORY && c.atOpen("data")) {
            cx.bind(Space.DATA, null, at); // the memory's inline data segment
        }
    }

    /** Imports must precede every definition of a function, table, memory, global or tag (spec 6.6.13). */
    private void importHere(Token at) {
        if (defined != null) {
            throw Cursor.error(at, "import after " + defined);
        }
    }
}
