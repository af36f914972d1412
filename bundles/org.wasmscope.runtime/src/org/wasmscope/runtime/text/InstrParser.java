package org.wasmscope.runtime.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.wasmscope.runtime.syntax.BlockType;
import org.wasmscope.runtime.syntax.Catch;
import org.wasmscope.runtime.syntax.ImplementationLimits;
import org.wasmscope.runtime.syntax.Instr;
import org.wasmscope.runtime.syntax.Opcode;
import org.wasmscope.runtime.syntax.ValType;
import org.wasmscope.runtime.text.Token.Kind;

/**
 * Instructions (spec 6.5), plain and folded, into the flat sequence of the abstract syntax: a folded
 * instruction's operands come first, structured instructions are followed by their {@code end}. Labels
 * and locals are resolved to indices here, module-level identifiers through the {@link Context}.
 */
final class InstrParser {
    private final Cursor c;
    private final Context cx;
    private final Map<String, Integer> locals;
    /** Identifiers of the enclosing labels, innermost last (null for an unnamed label). */
    private final List<String> labels = new ArrayList<>();
    /** Label names by the order the labels' instructions appear in the sequence (for Names.labels). */
    private final Map<Integer, String> labelNames;
    private int blocks;
    private final List<Instr> out = new ArrayList<>();

    InstrParser(Cursor c, Context cx, Map<String, Integer> locals, Map<Integer, String> labelNames) {
        this.c = c;
        this.cx = cx;
        this.locals = locals;
        this.labelNames = labelNames;
    }

    /**
     * Parses {@code instr*} and returns the sequence ended with {@code end}, placed at the token that ends
     * the expression (the closing parenthesis of its field, left for the caller).
     */
    Instr[] expression() {
        instrs();
        emit(new Instr(Opcode.END), c.peek());
        return out.toArray(new Instr[0]);
    }

    /** Parses exactly one folded instruction, the abbreviation of an offset or element expression. */
    Instr[] oneFolded() {
        if (!c.at(Kind.LPAREN) || !atInstr()) {
            throw c.unexpected();
        }
        emit(new Instr(Opcode.END), folded());
        return out.toArray(new Instr[0]);
    }

    /** Whether an instruction (plain or folded) begins here; unknown keywords count, to be reported. */
    private boolean atInstr() {
        Token t = c.at(Kind.LPAREN) ? c.peek(1) : c.peek();
        if (t.kind() != Kind.KEYWORD || t.text().equals("end") || t.text().equals("else")) {
            return false;
        }
        return Opcode.byText(t.text()) != null || !Keywords.known(t.text());
    }

    void instrs() {
        while (atInstr()) {
            if (c.at(Kind.LPAREN)) {
                folded();
            } else {
                plain();
            }
        }
    }

    /** Appends {@code i}, written with the one token {@code at}. */
    private Instr emit(Instr i, Token at) {
        return emit(i, at, at);
    }

    /** Appends {@code i}, written from token {@code at} to token {@code last}. */
    private Instr emit(Instr i, Token at, Token last) {
        i.line = at.line();
        i.column = at.column();
        i.textStart = at.start();
        i.textEnd = last.end();
        out.add(i);
        return i;
    }

    private Opcode opcode(Token t) {
        Opcode op = t.kind() == Kind.KEYWORD ? Opcode.byText(t.text()) : null;
        if (op == null) {
            throw Cursor.unexpected(t);
        }
        return op;
    }

    private void plain() {
        Token t = c.next();
        Opcode op = opcode(t);
        if (op == Opcode.BLOCK || op == Opcode.LOOP || op == Opcode.IF || op == Opcode.TRY_TABLE) {
            String label = c.optId();
            BlockType type = blockType();
            Catch[] catches = op == Opcode.TRY_TABLE ? catches() : null;
            emitBlock(op, label, type, t, c.previous()).catches = catches;
            instrs();
            if (op == Opcode.IF && c.atKeyword("else")) {
                Token e = c.next();
                endLabel(label);
                emit(new Instr(Opcode.ELSE), e, c.previous());
                instrs();
            }
            Token end = c.keyword("end");
            endLabel(label);
            labels.remove(labels.size() - 1);
            emit(new Instr(Opcode.END), end, c.previous());
            return;
        }
        emit(immediates(op, t), t, c.previous());
    }

    /** The optional identifier after {@code else} or {@code end} must repeat the block's label. */
    private void endLabel(String label) {
        if (c.at(Kind.ID)) {
            Token id = c.next();
            if (!id.idName().equals(label)) {
                throw Cursor.error(id, "mismatching label");
            }
        }
    }

    /** Appends a block, loop, if or try_table written from {@code at} to {@code last} (its type, catches). */
    private Instr emitBlock(Opcode op, String label, BlockType type, Token at, Token last) {
        if (labels.size() == ImplementationLimits.MAX_NESTING) {
            throw Cursor.error(at, ImplementationLimits.NESTING_TOO_DEEP);
        }
        Instr i = new Instr(op);
        i.blockType = type;
        if (label != null) {
            labelNames.put(blocks, label);
        }
        blocks++;
        labels.add(label);
        return emit(i, at, last);
    }

    /** Parses one folded instruction and returns its closing parenthesis. */
    private Token folded() {
        c.expect(Kind.LPAREN);
        Token t = c.next();
        Opcode op = opcode(t);
        if (op == Opcode.BLOCK || op == Opcode.LOOP || op == Opcode.TRY_TABLE) {
            String label = c.optId();
            BlockType type = blockType();
            Catch[] catches = op == Opcode.TRY_TABLE ? catches() : null;
            emitBlock(op, label, type, t, c.previous()).catches = catches;
            instrs();
            return closeBlock();
        } else if (op == Opcode.IF) {
            String label = c.optId();
            BlockType type = blockType();
            Token last = c.previous();
            while (c.at(Kind.LPAREN) && !c.atOpen("then")) {
                if (!atInstr()) {
                    throw c.unexpected();
                }
                folded();
            }
            emitBlock(op, label, type, t, last);
            c.open("then");
            instrs();
            c.close();
            if (c.atOpen("else")) {
                Token e = c.peek(1);
                c.openIf("else");
                emit(new Instr(Opcode.ELSE), e);
                instrs();
                c.close();
            }
            return closeBlock();
        } else {
            Instr i = immediates(op, t);
            Token last = c.previous();
            while (c.at(Kind.LPAREN)) {
                if (!atInstr()) {
                    throw c.unexpected();
                }
                folded();
            }
            Token close = c.expect(Kind.RPAREN);
            emit(i, t, last);
            return close;
        }
    }

    /** The {@code )} of a folded block: its implicit {@code end}, returned. */
    private Token closeBlock() {
        Token close = c.expect(Kind.RPAREN);
        labels.remove(labels.size() - 1);
        emit(new Instr(Opcode.END), close);
        return close;
    }

    /**
     * A block type (spec 6.5.2): a single optional result, or a type use (which may define a type
     * implicitly); parameters may not be named.
     */
    private BlockType blockType() {
        if (!c.atOpen("type") && !c.atOpen("param")) {
            int save = c.position();
            List<ValType> results = new ArrayList<>();
            Types.results(c, cx, results);
            if (results.size() <= 1) {
                return results.isEmpty() ? BlockType.EMPTY : BlockType.of(results.get(0));
            }
            c.reset(save);
        }
        return BlockType.ofIndex(Types.typeUse(c, cx, false).index());
    }

    /**
     * try_table's catch clauses {@code (catch x l)}, {@code (catch_ref x l)}, {@code (catch_all l)},
     * {@code (catch_all_ref l)}: their labels are resolved outside the try_table, whose own label is not
     * bound yet.
     */
    private Catch[] catches() {
        List<Catch> catches = new ArrayList<>();
        while (c.at(Kind.LPAREN) && c.peek(1).kind() == Kind.KEYWORD && Catch.Kind.ofText(c.peek(1).text()) != null) {
            c.expect(Kind.LPAREN);
            Catch.Kind kind = Catch.Kind.ofText(c.next().text());
            int tag = kind.hasTag() ? cx.index(c, Space.TAG) : -1;
            catches.add(new Catch(kind, tag, label()));
            c.close();
        }
        return catches.toArray(new Catch[0]);
    }

    /** The immediates of a non-structured instruction (spec 6.5.3 - 6.5.8). */
    private Instr immediates(Opcode op, Token at) {
        Instr i = new Instr(op);
        switch (op.immediates) {
            case NONE -> {
                if (op == Opcode.SELECT && c.atOpen("result")) {
                    List<ValType> types = new ArrayList<>();
                    Types.results(c, cx, types);
                    i = new Instr(Opcode.SELECT_T);
                    i.types = types.toArray(new ValType[0]);
                }
            }
            case BLOCK -> throw Cursor.unexpected(at);
            case LABEL -> i.x = label();
            case BR_TABLE -> {
                List<Integer> ls = new ArrayList<>();
                do {
                    ls.add(label());
                } while (Context.atIndex(c));
                i.labels = ls.stream().mapToInt(Integer::intValue).toArray();
            }
            case FUNC -> i.x = cx.index(c, Space.FUNC);
            case TYPE -> i.x = cx.index(c, Space.TYPE);
            case CALL_INDIRECT -> {
                i.y = Context.atIndex(c) ? cx.index(c, Space.TABLE) : 0;
                i.x = Types.typeUse(c, cx, false).index();
            }
            case LOCAL -> i.x = local();
            case GLOBAL -> i.x = cx.index(c, Space.GLOBAL);
            case TABLE -> i.x = Context.atIndex(c) ? cx.index(c, Space.TABLE) : 0;
            case MEMARG -> {
                i.y = Context.atIndex(c) ? cx.index(c, Space.MEMORY) : 0;
                memarg(i);
            }
            case MEMARG_LANE -> {
                boolean memFirst = Context.atIndex(c) && (c.peek(1).kind() == Kind.NUMBER
                        || c.peek(1).kind() == Kind.KEYWORD && Keywords.known(c.peek(1).text())
                                && (c.peek(1).text().startsWith("offset=") || c.peek(1).text().startsWith("align=")));
                i.y = memFirst ? cx.index(c, Space.MEMORY) : 0;
                memarg(i);
                i.lane = Literals.laneIndex(c);
            }
            case MEMORY -> i.x = Context.atIndex(c) ? cx.index(c, Space.MEMORY) : 0;
            case I32 -> i.imm = (int) Literals.integer(c, 32);
            case I64 -> i.imm = Literals.integer(c, 64);
            case F32 -> i.imm = Literals.f32(c) & 0xFFFFFFFFL;
            case F64 -> i.imm = Literals.f64(c);
            case SELECT_T -> throw Cursor.unexpected(at);
            case REF_NULL -> i.types = new ValType[] {ValType.ref(true, Types.heapType(c, cx))};
            case MEMORY_INIT -> {
                boolean two = Context.atIndex(c) && (c.peek(1).kind() == Kind.ID || c.peek(1).kind() == Kind.NUMBER);
                i.y = two ? cx.index(c, Space.MEMORY) : 0;
                i.x = cx.index(c, Space.DATA);
            }
            case DATA -> i.x = cx.index(c, Space.DATA);
            case MEMORY_COPY -> {
                if (Context.atIndex(c)) {
                    i.x = cx.index(c, Space.MEMORY);
                    i.y = cx.index(c, Space.MEMORY);
                }
            }
            case TABLE_INIT -> {
                boolean two = Context.atIndex(c) && (c.peek(1).kind() == Kind.ID || c.peek(1).kind() == Kind.NUMBER);
                i.y = two ? cx.index(c, Space.TABLE) : 0;
                i.x = cx.index(c, Space.ELEM);
            }
            case ELEM -> i.x = cx.index(c, Space.ELEM);
            case TABLE_COPY -> {
                if (Context.atIndex(c)) {
                    i.x = cx.index(c, Space.TABLE);
                    i.y = cx.index(c, Space.TABLE);
                }
            }
            case V128 -> Literals.v128(c, i);
            case SHUFFLE -> {
                // every number here is taken as a lane index, and must be one
                int n = 0;
                while (c.peek(n).kind() == Kind.NUMBER) {
                    n++;
                }
                if (n != 16) {
                    throw Cursor.error(c.peek(n), "invalid lane length");
                }
                i.lanes = new byte[16];
                for (int k = 0; k < 16; k++) {
                    Token t = c.peek();
                    if (!Numbers.isNat(t.text())) {
                        throw c.badLaneIndex(t);
                    }
                    i.lanes[k] = (byte) Literals.laneIndex(c);
                }
            }
            case LANE -> i.lane = Literals.laneIndex(c);
            case TAG -> i.x = cx.index(c, Space.TAG);
            case TRY_TABLE -> throw Cursor.unexpected(at);
            case FIELD -> {
                i.x = cx.index(c, Space.TYPE);
                i.y = cx.field(c, i.x);
            }
            case ARRAY_FIXED -> {
                i.x = cx.index(c, Space.TYPE);
                i.y = Literals.u32(c);
            }
            case ARRAY_DATA -> {
                i.x = cx.index(c, Space.TYPE);
                i.y = cx.index(c, Space.DATA);
            }
            case ARRAY_ELEM -> {
                i.x = cx.index(c, Space.TYPE);
                i.y = cx.index(c, Space.ELEM);
            }
            case ARRAY_COPY -> {
                i.x = cx.index(c, Space.TYPE);
                i.y = cx.index(c, Space.TYPE);
            }
            case REF_TYPE -> {
                ValType t = Types.refType(c, cx);
                if (t.nullable) {
                    i = new Instr(op == Opcode.REF_TEST ? Opcode.REF_TEST_NULL : Opcode.REF_CAST_NULL);
                }
                i.types = new ValType[] {t};
            }
            case BR_ON_CAST -> {
                i.x = label();
                i.types = new ValType[] {Types.refType(c, cx), Types.refType(c, cx)};
            }
        }
        return i;
    }

    /**
     * {@code offset=n? align=n?} (spec 6.5.6); both are u64 (u32 in 2.0), the alignment is stored as its
     * exponent and must be 2^k.
     */
    private void memarg(Instr i) {
        i.x = Integer.numberOfTrailingZeros(i.op.accessBytes);
        if (c.at(Kind.KEYWORD) && c.peek().text().startsWith("offset=")) {
            Token t = c.next();
            i.imm = Literals.addressNumber(c, t, memargValue(t, "offset="));
        }
        if (c.at(Kind.KEYWORD) && c.peek().text().startsWith("align=")) {
            Token t = c.next();
            long align = Literals.addressNumber(c, t, memargValue(t, "align="));
            if (align == 0 || (align & (align - 1)) != 0) {
                throw Cursor.error(t, "alignment must be a power of two");
            }
            i.x = Long.numberOfTrailingZeros(align);
        }
    }

    private static String memargValue(Token t, String prefix) {
        String digits = t.text().substring(prefix.length());
        if (!Numbers.isNat(digits)) {
            throw Cursor.error(t, "unknown operator " + t.text());
        }
        return digits;
    }

    private int label() {
        Token t = c.peek();
        if (t.kind() == Kind.ID) {
            c.next();
            for (int k = labels.size() - 1; k >= 0; k--) {
                if (t.idName().equals(labels.get(k))) {
                    return labels.size() - 1 - k;
                }
            }
            throw Cursor.error(t, "unknown label " + t.text());
        }
        return Literals.index(c);
    }

    private int local() {
        Token t = c.peek();
        if (t.kind() == Kind.ID) {
            c.next();
            Integer i = locals.get(t.idName());
            if (i == null) {
                throw Cursor.error(t, "unknown local " + t.text());
            }
            return i;
        }
        return Literals.index(c);
    }
}
