package org.wasmscope.runtime.text;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.wasmscope.runtime.syntax.AddrType;
import org.wasmscope.runtime.syntax.AbsHeap;
import org.wasmscope.runtime.syntax.Data;
import org.wasmscope.runtime.syntax.Elem;
import org.wasmscope.runtime.syntax.Export;
import org.wasmscope.runtime.syntax.ExternKind;
import org.wasmscope.runtime.syntax.Func;
import org.wasmscope.runtime.syntax.Global;
import org.wasmscope.runtime.syntax.GlobalType;
import org.wasmscope.runtime.syntax.Import;
import org.wasmscope.runtime.syntax.ImplementationLimits;
import org.wasmscope.runtime.syntax.Instr;
import org.wasmscope.runtime.syntax.Limits;
import org.wasmscope.runtime.syntax.MemType;
import org.wasmscope.runtime.syntax.Module;
import org.wasmscope.runtime.syntax.Opcode;
import org.wasmscope.runtime.syntax.SegmentMode;
import org.wasmscope.runtime.syntax.Table;
import org.wasmscope.runtime.syntax.TableType;
import org.wasmscope.runtime.syntax.TagType;
import org.wasmscope.runtime.syntax.ValType;
import org.wasmscope.runtime.text.Token.Kind;

/**
 * Module fields (spec 6.6), the second pass: every field in order, with the abbreviations expanded (inline
 * exports and imports, inline element segments of tables and data segments of memories, implicit type
 * definitions of type uses).
 */
final class ModuleParser {
    private final Cursor c;
    private final Context cx;
    private final Module m;
    /** The next index of each kind, as the fields are met. */
    private final Map<ExternKind, Integer> next = new EnumMap<>(ExternKind.class);

    private ModuleParser(Cursor c, Context cx) {
        this.c = c;
        this.cx = cx;
        this.m = cx.module;
        for (ExternKind k : ExternKind.values()) {
            next.put(k, 0);
        }
    }

    /** {@code (module id? field*)} or a bare sequence of fields (spec 6.6.14), then the end of input. */
    static Module parseModule(Cursor c) {
        Module module;
        if (c.atOpen("module")) {
            c.open("module");
            module = fieldsOf(c, c.optId());
            c.close();
        } else {
            module = fieldsOf(c, null);
        }
        if (!c.at(Kind.EOF)) {
            throw c.unexpected();
        }
        return module;
    }

    /** The fields up to the closing parenthesis of a module (which is not consumed). */
    static Module fieldsOf(Cursor c, String id) {
        Context cx = new Context(c.version);
        cx.module.names.module = id;
        ModuleScanner.scan(c, cx);
        ModuleParser p = new ModuleParser(c, cx);
        while (c.at(Kind.LPAREN)) {
            p.field();
        }
        if (!c.at(Kind.RPAREN) && !c.at(Kind.EOF)) {
            throw c.unexpected();
        }
        return cx.module;
    }

    private int take(ExternKind kind) {
        int i = next.get(kind);
        next.put(kind, i + 1);
        return i;
    }

    private void field() {
        c.expect(Kind.LPAREN);
        Token k = c.next();
        switch (k.text()) {
            case "type", "rec" -> {
                while (!c.at(Kind.RPAREN)) {
                    c.skipSExpr(); // defined by the first pass
                }
            }
            case "import" -> importField();
            case "func" -> func(k);
            case "table" -> table(k);
            case "memory" -> memory(k);
            case "global" -> global(k);
            case "tag" -> tag();
            case "export" -> exportField();
            case "start" -> m.start = cx.index(c, Space.FUNC);
            case "elem" -> elem(k);
            case "data" -> data(k);
            default -> throw Cursor.unexpected(k);
        }
        c.close();
    }

    private void importField() {
        String module = c.string();
        String name = c.string();
        c.expect(Kind.LPAREN);
        Token kind = c.next();
        String id = c.optId();
        switch (kind.text()) {
            case "func" -> {
                int index = take(ExternKind.FUNC);
                nameFunction(index, id);
                Types.TypeUse use = Types.typeUse(c, cx, true);
                m.imports.add(Import.func(module, name, use.index()));
            }
            case "table" -> {
                take(ExternKind.TABLE);
                m.imports.add(Import.table(module, name, Types.tableType(c, cx)));
            }
            case "memory" -> {
                take(ExternKind.MEMORY);
                m.imports.add(Import.memory(module, name, Types.memType(c)));
            }
            case "global" -> {
                take(ExternKind.GLOBAL);
                m.imports.add(Import.global(module, name, Types.globalType(c, cx)));
            }
            case "tag" -> {
                nameTag(take(ExternKind.TAG), id);
                m.imports.add(Import.tag(module, name, new TagType(Types.typeUse(c, cx, false).index())));
            }
            default -> throw Cursor.unexpected(kind);
        }
        c.close();
    }

    /** {@code (export "name")*} after a definition's identifier; then an optional inline import's names. */
    private String[] inlineExportsAndImport(ExternKind kind, int index) {
        while (c.openIf("export")) {
            m.exports.add(new Export(c.string(), kind, index));
            c.close();
        }
        if (c.openIf("import")) {
            String[] names = {c.string(), c.string()};
            c.close();
            return names;
        }
        return null;
    }

    private void nameFunction(int index, String id) {
        if (id != null) {
            m.names.functions.put(index, id);
        }
    }

    private void func(Token k) {
        String id = c.optId();
        int index = take(ExternKind.FUNC);
        nameFunction(index, id);
        String[] imported = inlineExportsAndImport(ExternKind.FUNC, index);
        Types.TypeUse use = Types.typeUse(c, cx, true);
        if (imported != null) {
            m.imports.add(Import.func(imported[0], imported[1], use.index()));
            return;
        }
        Map<String, Integer> locals = new HashMap<>();
        Map<Integer, String> localNames = new HashMap<>();
        int params = use.paramIds().length;
        if (params == 0 && m.funcTypeAt(use.index()) != null) {
            params = m.funcTypeAt(use.index()).params.length;
        }
        for (int i = 0; i < use.paramIds().length; i++) {
            declareLocal(locals, localNames, use.paramIds()[i], i, k);
        }
        List<ValType> declared = new ArrayList<>();
        while (c.openIf("local")) {
            if (c.at(Kind.ID)) {
                Token at = c.peek();
                String name = c.next().idName();
                declareLocal(locals, localNames, name, params + declared.size(), at);
                declared.add(Types.valType(c, cx));
            } else {
                while (!c.at(Kind.RPAREN)) {
                    declared.add(Types.valType(c, cx));
                }
            }
            c.close();
        }
        if (declared.size() > ImplementationLimits.MAX_LOCALS) {
            throw Cursor.error(k, ImplementationLimits.TOO_MANY_LOCALS);
        }
        Map<Integer, String> labelNames = new HashMap<>();
        Instr[] body = new InstrParser(c, cx, locals, labelNames).expression();
        m.funcs.add(new Func(use.index(), declared.toArray(new ValType[0]), body, -1));
        if (!localNames.isEmpty()) {
            m.names.locals.put(index, localNames);
        }
        if (!labelNames.isEmpty()) {
            m.names.labels.put(index, labelNames);
        }
    }

    private static void declareLocal(Map<String, Integer> locals, Map<Integer, String> names, String id, int index,
            Token at) {
        if (id == null) {
            return;
        }
        if (locals.putIfAbsent(id, index) != null) {
            throw Cursor.error(at, "duplicate local $" + id);
        }
        names.put(index, id);
    }

    private void table(Token k) {
        c.optId();
        int index = take(ExternKind.TABLE);
        String[] imported = inlineExportsAndImport(ExternKind.TABLE, index);
        if (imported != null) {
            m.imports.add(Import.table(imported[0], imported[1], Types.tableType(c, cx)));
            return;
        }
        AddrType at = Types.addrType(c);
        if (c.at(Kind.KEYWORD) || c.atOpen("ref")) {
            // (table reftype (elem ...)): a table just large enough, and an active segment filling it
            ValType type = Types.refType(c, cx);
            c.open("elem");
            List<Instr[]> init = new ArrayList<>();
            if (c.at(Kind.LPAREN)) {
                while (c.at(Kind.LPAREN)) {
                    init.add(elemExpr());
                }
            } else {
                while (Context.atIndex(c)) {
                    init.add(refFunc(cx.index(c, Space.FUNC), k));
                }
            }
            c.close();
            m.tables.add(Table.of(new TableType(at, new Limits(init.size(), init.size()), type)));
            m.elems.add(new Elem(type, init.toArray(new Instr[0][]), SegmentMode.ACTIVE, index, zeroOffset(k, at)));
            return;
        }
        TableType type = Types.tableType(c, cx, at);
        m.tables.add(new Table(type, c.at(Kind.LPAREN) ? expr() : null));
    }

    private void memory(Token k) {
        c.optId();
        int index = take(ExternKind.MEMORY);
        String[] imported = inlineExportsAndImport(ExternKind.MEMORY, index);
        if (imported != null) {
            m.imports.add(Import.memory(imported[0], imported[1], Types.memType(c)));
            return;
        }
        AddrType at = Types.addrType(c);
        if (c.openIf("data")) {
            // (memory (data ...)): a memory of just enough pages, and an active segment at 0
            byte[] bytes = dataString();
            c.close();
            long pages = (bytes.length + MemType.PAGE_SIZE - 1L) / MemType.PAGE_SIZE;
            m.memories.add(new MemType(at, new Limits(pages, pages)));
            m.datas.add(new Data(bytes, SegmentMode.ACTIVE, index, zeroOffset(k, at)));
            return;
        }
        m.memories.add(Types.memType(c, at));
    }

    private void global(Token k) {
        c.optId();
        int index = take(ExternKind.GLOBAL);
        String[] imported = inlineExportsAndImport(ExternKind.GLOBAL, index);
        GlobalType type = Types.globalType(c, cx);
        if (imported != null) {
            m.imports.add(Import.global(imported[0], imported[1], type));
            return;
        }
        m.globals.add(new Global(type, expr()));
    }

    /** {@code (tag id? (export "name")* (import "m" "n")? typeuse)} (3.0). */
    private void tag() {
        String id = c.optId();
        int index = take(ExternKind.TAG);
        nameTag(index, id);
        String[] imported = inlineExportsAndImport(ExternKind.TAG, index);
        TagType type = new TagType(Types.typeUse(c, cx, false).index());
        if (imported != null) {
            m.imports.add(Import.tag(imported[0], imported[1], type));
        } else {
            m.tags.add(type);
        }
    }

    private void nameTag(int index, String id) {
        if (id != null) {
            m.names.tags.put(index, id);
        }
    }

    private void exportField() {
        String name = c.string();
        c.expect(Kind.LPAREN);
        Token kind = c.next();
        switch (kind.text()) {
            case "func" -> m.exports.add(new Export(name, ExternKind.FUNC, cx.index(c, Space.FUNC)));
            case "table" -> m.exports.add(new Export(name, ExternKind.TABLE, cx.index(c, Space.TABLE)));
            case "memory" -> m.exports.add(new Export(name, ExternKind.MEMORY, cx.index(c, Space.MEMORY)));
            case "global" -> m.exports.add(new Export(name, ExternKind.GLOBAL, cx.index(c, Space.GLOBAL)));
            case "tag" -> m.exports.add(new Export(name, ExternKind.TAG, cx.index(c, Space.TAG)));
            default -> throw Cursor.unexpected(kind);
        }
        c.close();
    }

    /**
     * {@code (elem id? elemlist)} passive, {@code (elem id? declare elemlist)}, or active
     * {@code (elem id? (table x)? offset elemlist)} where the legacy form may list bare function indices.
     */
    private void elem(Token k) {
        c.optId();
        if (c.atKeyword("declare")) {
            c.next();
            elemList(k, SegmentMode.DECLARATIVE, 0, null, false);
            return;
        }
        if (c.at(Kind.KEYWORD) || c.atOpen("ref") || !c.at(Kind.LPAREN) && !Context.atIndex(c)) {
            elemList(k, SegmentMode.PASSIVE, 0, null, false);
            return;
        }
        int table = 0;
        if (c.openIf("table")) {
            table = cx.index(c, Space.TABLE);
            c.close();
        } else if (Context.atIndex(c) && c.peek(1).kind() == Kind.LPAREN) {
            table = cx.index(c, Space.TABLE); // the 1.0 form (elem x (offset ...) ...)
        }
        Instr[] offset = offset();
        elemList(k, SegmentMode.ACTIVE, table, offset, true);
    }

    /** {@code reftype elemexpr*} or {@code func funcidx*} (or bare function indices where allowed). */
    private void elemList(Token k, SegmentMode mode, int table, Instr[] offset, boolean bareIndices) {
        List<Instr[]> init = new ArrayList<>();
        ValType type = ValType.ref(false, AbsHeap.FUNC); // function indices, never null
        if (c.atKeyword("func")) {
            c.next();
            while (Context.atIndex(c)) {
                init.add(refFunc(cx.index(c, Space.FUNC), k));
            }
        } else if (c.at(Kind.KEYWORD) || c.atOpen("ref")) {
            type = Types.refType(c, cx);
            while (c.at(Kind.LPAREN)) {
                init.add(elemExpr());
            }
        } else if (bareIndices) {
            while (Context.atIndex(c)) {
                init.add(refFunc(cx.index(c, Space.FUNC), k));
            }
        } else {
            throw c.unexpected();
        }
        m.elems.add(new Elem(type, init.toArray(new Instr[0][]), mode, table, offset));
    }

    /** {@code (item instr*)} or one folded instruction. */
    private Instr[] elemExpr() {
        if (c.openIf("item")) {
            return exprThenClose();
        }
        return new InstrParser(c, cx, Map.of(), new HashMap<>()).oneFolded();
    }

    /** {@code (data id? (memory x)? offset string*)} or passive {@code (data id? string*)}. */
    private void data(Token k) {
        c.optId();
        if (c.at(Kind.STRING) || c.at(Kind.RPAREN)) {
            m.datas.add(new Data(dataString(), SegmentMode.PASSIVE, 0, null));
            return;
        }
        int memory = 0;
        if (c.openIf("memory")) {
            memory = cx.index(c, Space.MEMORY);
            c.close();
        } else if (Context.atIndex(c)) {
            memory = cx.index(c, Space.MEMORY); // the 1.0 form (data x (offset ...) ...)
        }
        Instr[] offset = offset();
        m.datas.add(new Data(dataString(), SegmentMode.ACTIVE, memory, offset));
    }

    private byte[] dataString() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (c.at(Kind.STRING)) {
            out.writeBytes(c.next().bytes());
        }
        return out.toByteArray();
    }

    /** {@code (offset instr*)} or one folded instruction. */
    private Instr[] offset() {
        if (c.openIf("offset")) {
            return exprThenClose();
        }
        if (!c.at(Kind.LPAREN)) {
            throw c.unexpected();
        }
        return new InstrParser(c, cx, Map.of(), new HashMap<>()).oneFolded();
    }

    /** A constant expression up to the closing parenthesis of its field, which is left for the caller. */
    private Instr[] expr() {
        return new InstrParser(c, cx, Map.of(), new HashMap<>()).expression();
    }

    private Instr[] exprThenClose() {
        Instr[] e = expr();
        c.close();
        return e;
    }

    private static Instr[] refFunc(int func, Token at) {
        return new Instr[] {positioned(Instr.of(Opcode.REF_FUNC, func), at), positioned(new Instr(Opcode.END), at)};
    }

    /** The offset expression of an inline segment: address 0 of the table's or memory's address type. */
    private static Instr[] zeroOffset(Token at, AddrType type) {
        Opcode zero = type == AddrType.I32 ? Opcode.I32_CONST : Opcode.I64_CONST;
        return new Instr[] {positioned(Instr.constant(zero, 0), at), positioned(new Instr(Opcode.END), at)};
    }

    private static Instr positioned(Instr i, Token at) {
        i.line = at.line();
        i.column = at.column();
        i.textStart = at.start();
        i.textEnd = at.end();
        return i;
    }
}
