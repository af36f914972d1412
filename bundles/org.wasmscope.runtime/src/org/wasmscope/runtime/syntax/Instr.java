package org.wasmscope.runtime.syntax;

/**
 * One instruction of a flat instruction sequence (spec 2.4). Structured instructions are flat here, as in
 * the binary format: {@code block}, {@code loop} and {@code if} are matched by a later {@code else} and
 * {@code end}, and every function body and constant expression ends with {@code end}.
 *
 * <p>Which immediate fields are meaningful is told by {@code op.immediates} (see {@link Immediates}).
 * Producers (the binary decoder, the text parser) fill the fields once; nobody changes them afterwards.
 *
 * <p>The source position is the byte offset of the opcode in the binary module ({@link #offset}), or the
 * line and column of the instruction in the text module ({@link #line}, {@link #column}, 1-based) and the
 * characters it is written with ({@link #textStart}, {@link #textEnd}); the other is -1 / 0.
 */
public final class Instr {
    public final Opcode op;
    /** First index immediate (local, global, function, label, type, table, data, element, memory; align). */
    public int x;
    /**
     * Second index immediate (table of call_indirect, source table/memory, memory of a memarg; field, data,
     * element or source type of a struct or array instruction, array.new_fixed's length).
     */
    public int y;
    /** A constant's value or bits, or a memarg's offset (u32); low half of a v128 constant. */
    public long imm;
    /** High half of a v128 constant. */
    public long imm2;
    public BlockType blockType;
    /** br_table's labels, the default label last. */
    public int[] labels;
    /** Types of a typed select; the one reference type of ref.null, ref.test and ref.cast; br_on_cast's two. */
    public ValType[] types;
    /** i8x16.shuffle's 16 lane indices. */
    public byte[] lanes;
    /** The lane index of extract_lane, replace_lane, loadN_lane and storeN_lane. */
    public int lane;
    /** try_table's catch clauses, in order. */
    public Catch[] catches;

    /** Byte offset of the opcode in the binary module, or -1. */
    public int offset = -1;
    /** 1-based line and column in the text module, or 0. */
    public int line;
    public int column;
    /**
     * The instruction's characters in the text module, {@code [textStart, textEnd)}: its keyword and
     * immediates (a folded instruction's operands not included); a folded block's {@code end} is its
     * closing parenthesis. -1 for a binary module.
     */
    public int textStart = -1;
    public int textEnd = -1;

    public Instr(Opcode op) {
        this.op = op;
    }

    public static Instr of(Opcode op, int x) {
        Instr i = new Instr(op);
        i.x = x;
        return i;
    }

    public static Instr constant(Opcode op, long bits) {
        Instr i = new Instr(op);
        i.imm = bits;
        return i;
    }

    /** A brief text form for messages and listings, e.g. {@code i32.const 7} or {@code local.get 0}. */
    @Override
    public String toString() {
        return InstrText.format(this);
    }
}
