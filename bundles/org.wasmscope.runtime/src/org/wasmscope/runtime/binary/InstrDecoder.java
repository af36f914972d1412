package org.wasmscope.runtime.binary;

import java.util.ArrayList;
import java.util.List;

import org.wasmscope.runtime.MalformedException;
import org.wasmscope.runtime.syntax.BlockType;
import org.wasmscope.runtime.syntax.Catch;
import org.wasmscope.runtime.syntax.ImplementationLimits;
import org.wasmscope.runtime.syntax.Instr;
import org.wasmscope.runtime.syntax.Opcode;
import org.wasmscope.runtime.syntax.SpecVersion;
import org.wasmscope.runtime.syntax.ValType;

/**
 * Decoding of instructions and expressions (spec 5.4): an expression is a flat instruction sequence up to
 * the {@code end} that closes it, with every opcode's byte offset recorded in {@link Instr#offset}.
 */
final class InstrDecoder {
    private static final int ELSE = 0x05;
    private static final int END = 0x0B;

    private final Reader r;
    /**
     * Whether a decoded instruction refers to a data segment by index (memory.init, data.drop): such a
     * module needs the data count section (spec 5.5.16), which is checked after all sections are read.
     */
    boolean usesDataIndex;

    private final SpecVersion version;

    InstrDecoder(Reader r, SpecVersion version) {
        this.r = r;
        this.version = version;
    }

    /**
     * An expression (5.4.9): instructions up to and including the {@code end} that closes it. Nested blocks
     * stay flat; {@code else} is only accepted directly inside an {@code if} that has not had one yet.
     */
    Instr[] expr() {
        List<Instr> out = new ArrayList<>();
        // For each open block: the opcode that opened it, or ELSE once an if has had its else.
        List<Opcode> open = new ArrayList<>();
        while (true) {
            int at = r.pos;
            int b = r.peek();
            if (b == ELSE && !open.isEmpty() && open.get(open.size() - 1) == Opcode.IF) {
                r.u8();
                open.set(open.size() - 1, Opcode.ELSE);
                out.add(at(new Instr(Opcode.ELSE), at));
            } else if (b == END || b == ELSE || b < 0) {
                // The instruction sequence stops here, and only an end may follow it.
                r.expect(END, "END opcode expected");
                out.add(at(new Instr(Opcode.END), at));
                if (open.isEmpty()) {
                    return out.toArray(new Instr[0]);
                }
                open.remove(open.size() - 1);
            } else {
                Instr i = instr();
                out.add(i);
                if (i.op == Opcode.BLOCK || i.op == Opcode.LOOP || i.op == Opcode.IF || i.op == Opcode.TRY_TABLE) {
                    if (open.size() == ImplementationLimits.MAX_NESTING) {
                        throw r.error(ImplementationLimits.NESTING_TOO_DEEP, at);
                    }
                    open.add(i.op);
                }
            }
        }
    }

    private static Instr at(Instr i, int offset) {
        i.offset = offset;
        return i;
    }

    /** One instruction other than else/end: its opcode (5.4) and immediates. */
    private Instr instr() {
        int at = r.pos;
        int b = r.u8();
        Opcode op;
        if (b == 0xFB && version != SpecVersion.V2 || b == 0xFC || b == 0xFD) {
            long sub = r.u32();
            op = Opcode.prefixed(b, sub);
            if (op == null) {
                throw r.error(String.format("illegal opcode %02x %02x", b, sub), at);
            }
        } else {
            op = Opcode.single(b);
            if (op == null || version == SpecVersion.V2 && !op.inV2()) {
                throw r.error(String.format("illegal opcode %02x", b), at);
            }
        }
        Instr i = at(new Instr(op), at);
        immediates(i);
        return i;
    }

    private void immediates(Instr i) {
        switch (i.op.immediates) {
            case NONE -> {
            }
            case BLOCK -> i.blockType = blockType();
            case LABEL, FUNC, TYPE, LOCAL, GLOBAL, TABLE, ELEM -> i.x = r.index();
            case DATA -> {
                i.x = r.index();
                usesDataIndex = true;
            }
            case BR_TABLE -> {
                int n = r.length();
                int[] labels = new int[n + 1];
                for (int k = 0; k <= n; k++) {
                    labels[k] = r.index(); // the default label is last
                }
                i.labels = labels;
            }
            case CALL_INDIRECT -> {
                i.x = r.index(); // type index
                i.y = r.index(); // table index
            }
            case MEMARG -> memarg(i);
            case MEMARG_LANE -> {
                memarg(i);
                i.lane = r.u8();
            }
            case MEMORY -> i.x = memoryIndex();
            case MEMORY_INIT -> {
                i.x = r.index();
                i.y = memoryIndex();
                usesDataIndex = true;
            }
            case MEMORY_COPY -> {
                i.x = memoryIndex(); // destination
                i.y = memoryIndex(); // source
            }
            case TABLE_INIT -> {
                i.x = r.index(); // element index
                i.y = r.index(); // table index
            }
            case TABLE_COPY -> {
                i.x = r.index(); // destination
                i.y = r.index(); // source
            }
            case I32 -> i.imm = r.signed(32);
            case I64 -> i.imm = r.signed(64);
            case F32 -> i.imm = r.fixed(4);
            case F64 -> i.imm = r.fixed(8);
            case SELECT_T -> i.types = Types.resultType(r);
            case REF_NULL -> i.types = new ValType[] {Types.refType(r)};
            case V128 -> {
                i.imm = r.fixed(8);
                i.imm2 = r.fixed(8);
            }
            case SHUFFLE -> i.lanes = r.bytes(16);
            case LANE -> i.lane = r.u8();
            case TAG -> i.x = r.index();
            case FIELD, ARRAY_FIXED, ARRAY_ELEM, ARRAY_COPY -> {
                i.x = r.index();
                i.y = r.index();
            }
            case ARRAY_DATA -> {
                i.x = r.index();
                i.y = r.index();
                usesDataIndex = true;
            }
            case REF_TYPE -> {
                boolean nullable = i.op == Opcode.REF_TEST_NULL || i.op == Opcode.REF_CAST_NULL;
                i.types = new ValType[] {ValType.ref(nullable, Types.heapType(r))};
            }
            case BR_ON_CAST -> brOnCast(i);
            case TRY_TABLE -> {
                i.blockType = blockType();
                Catch[] catches = new Catch[r.length()];
                for (int k = 0; k < catches.length; k++) {
                    catches[k] = catchClause();
                }
                i.catches = catches;
            }
        }
    }

    /**
     * br_on_cast and br_on_cast_fail (5.4.1): a flags byte saying which of the two heap types that follow
     * the label are nullable (bit 0 the operand's, bit 1 the target's).
     */
    private void brOnCast(Instr i) {
        int at = r.pos;
        int flags = r.u8();
        if ((flags & ~3) != 0) {
            throw r.error("malformed br_on_cast flags", at);
        }
        i.x = r.index();
        ValType from = ValType.ref((flags & 1) != 0, Types.heapType(r));
        ValType to = ValType.ref((flags & 2) != 0, Types.heapType(r));
        i.types = new ValType[] {from, to};
    }

    /** A memory index of a memory instruction: in 2.0 a zero byte (memory 0 is the only one). */
    private int memoryIndex() {
        if (r.version == SpecVersion.V2) {
            r.expect(0x00, "zero byte expected");
            return 0;
        }
        return r.index();
    }

    /** A catch clause (5.4.1): its kind byte, a tag index for catch and catch_ref, then a label index. */
    private Catch catchClause() {
        int at = r.pos;
        Catch.Kind kind = Catch.Kind.ofCode(r.u8());
        if (kind == null) {
            throw r.error("malformed catch clause", at);
        }
        int tag = kind.hasTag() ? r.index() : -1;
        return new Catch(kind, tag, r.index());
    }

    /**
     * A memarg (5.4.6). In 3.0: u32 flags below 2^7 ("malformed memop flags"): the alignment exponent in
     * bits 0 to 5 and, if bit 6 is set, a memory index after them (multi-memory), then a u64 offset. In 2.0:
     * an alignment exponent below 32 (the 2.0 testsuite's align.wast) and a u32 offset, memory 0.
     */
    private void memarg(Instr i) {
        int at = r.pos;
        long flags = r.u32();
        if (r.version == SpecVersion.V2) {
            if (flags >= 32) {
                throw r.error("malformed memop flags", r.pos - 1);
            }
            i.x = (int) flags;
            i.imm = r.u32();
            return;
        }
        if (flags >= 0x80) {
            throw r.error("malformed memop flags", at);
        }
        i.x = (int) (flags & 0x3F);
        i.y = (flags & 0x40) != 0 ? r.index() : 0;
        i.imm = r.u64();
    }

    /**
     * A block type (5.4.1): 0x40 for none, a value type, or a type index as a non-negative s33. A byte that
     * is none of these is reported as a malformed type, like the reference interpreter does.
     */
    private BlockType blockType() {
        int at = r.pos;
        int b = r.peek();
        if (b == 0x40) {
            r.u8();
            return BlockType.EMPTY;
        }
        ValType t = ValType.ofCode(b);
        if (t != null) {
            r.u8();
            return BlockType.of(t);
        }
        try {
            long x = r.signed(33);
            if (x >= 0 && x <= Integer.MAX_VALUE) {
                return BlockType.ofIndex((int) x);
            }
        } catch (MalformedException e) {
            // fall through to the value-type error below, as the reference's alternatives do
        }
        r.pos = at;
        return BlockType.of(Types.valType(r)); // throws: b is no value type
    }
}
