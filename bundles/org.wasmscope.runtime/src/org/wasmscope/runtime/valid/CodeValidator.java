package org.wasmscope.runtime.valid;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.wasmscope.runtime.InvalidException;
import org.wasmscope.runtime.syntax.AbsHeap;
import org.wasmscope.runtime.syntax.BlockType;
import org.wasmscope.runtime.syntax.Catch;
import org.wasmscope.runtime.syntax.Func;
import org.wasmscope.runtime.syntax.FuncType;
import org.wasmscope.runtime.syntax.Instr;
import org.wasmscope.runtime.syntax.Opcode;
import org.wasmscope.runtime.syntax.TableType;
import org.wasmscope.runtime.syntax.ValType;

/**
 * Validates one instruction sequence (a function body or a constant expression) with the spec's
 * algorithm (appendix, "Validation Algorithm"), handling the control instructions here (spec 3.3.8, with
 * 3.0's throw, throw_ref and try_table) and
 * the others in {@link InstructionRules}; on the way it records what execution and the debugger need:
 * the blocks, the label-0 block and the operand height in slots of every instruction.
 */
final class CodeValidator {
    private final ModuleContext c;
    private final ValType[] locals;
    private final Instr[] body;
    private final TypeStack s = new TypeStack();
    private final int[] height;
    private final int[] blockAt;
    private final List<Block> blocks = new ArrayList<>();
    /** Where to take a snapshot of the operand types, or -1. */
    private final int snapshotAt;
    private ValType[] snapshot;
    /** What the instruction at {@link #snapshotAt} consumed and produced. */
    private InstrType snapshotType;
    /** The operand types before each instruction, if recorded, else null. */
    private final OperandTypes.Entry[] operands;
    private int recorded;

    private CodeValidator(ModuleContext c, ValType[] locals, Instr[] body, int snapshotAt, boolean recordOperands) {
        this.c = c;
        this.locals = locals;
        this.body = body;
        this.height = new int[body.length];
        this.blockAt = new int[body.length];
        this.snapshotAt = snapshotAt;
        this.operands = recordOperands ? new OperandTypes.Entry[body.length] : null;
    }

    /** Validates function {@code funcIndex} (index space) defined as {@code f}; returns its FunctionCode. */
    static FunctionCode function(ModuleContext c, int funcIndex, Func f) {
        return function(c, funcIndex, c.type(f.typeIndex), f);
    }

    /** Validates {@code f} as a function of type {@code type} (its type index not looked at); returns its FunctionCode. */
    static FunctionCode function(ModuleContext c, int funcIndex, FuncType type, Func f) {
        ValType[] locals = locals(c, type, f);
        CodeValidator v = new CodeValidator(c, locals, f.body, -1, false);
        v.run(type);
        int[] localSlot = new int[locals.length];
        int slots = 0;
        for (int i = 0; i < locals.length; i++) {
            localSlot[i] = slots;
            slots += TypeStack.slots(locals[i]);
        }
        return new FunctionCode(funcIndex, v.blocks.toArray(new Block[0]), v.blockAt, v.height, locals, localSlot,
                slots, v.s.maxSlots());
    }

    /**
     * The static operand types before each instruction of {@code f}, a function of type {@code type}, from
     * one validation of it. Of a function that is invalid only those up to the first error are known.
     */
    static OperandTypes operandTypes(ModuleContext c, Func f, FuncType type) {
        CodeValidator v = new CodeValidator(c, locals(c, type, f), f.body, -1, true);
        InvalidException error = null;
        try {
            v.run(type);
        } catch (InvalidException e) {
            error = e;
        }
        return new OperandTypes(v.operands, v.recorded, error);
    }

    /** The type instruction {@code instrIndex} of the valid function {@code f} has where it stands. */
    static InstrType instrType(ModuleContext c, Func f, int instrIndex) {
        if (instrIndex < 0 || instrIndex >= f.body.length) {
            throw new IndexOutOfBoundsException("instruction " + instrIndex + " of " + f.body.length);
        }
        FuncType type = c.type(f.typeIndex);
        CodeValidator v = new CodeValidator(c, locals(c, type, f), f.body, instrIndex, false);
        v.run(type);
        return v.snapshotType;
    }

    /**
     * The instruction's type at this use, just checked by {@link #step}: a block, loop, if or try_table has
     * its block type (an if also takes its condition); any other instruction consumed the operands above
     * the stack's low water mark in {@link #snapshot} (and the Unknown ones of a polymorphic stack) and
     * produced those above it now.
     */
    private InstrType typeOf(Instr in) {
        if (in.op == Opcode.BLOCK || in.op == Opcode.LOOP || in.op == Opcode.IF || in.op == Opcode.TRY_TABLE) {
            FuncType block = blockType(in.blockType);
            ValType[] consumed = block.params;
            if (in.op == Opcode.IF) {
                consumed = Arrays.copyOf(block.params, block.params.length + 1);
                consumed[block.params.length] = ValType.I32;
            }
            return new InstrType(consumed, block.results);
        }
        ValType[] produced = s.aboveLowWater();
        int low = s.size() - produced.length;
        int unknowns = s.unknownsPopped(); // yielded by a polymorphic stack, below the snapshot's operands
        ValType[] consumed = new ValType[unknowns + snapshot.length - low];
        System.arraycopy(snapshot, low, consumed, unknowns, snapshot.length - low);
        return new InstrType(consumed, produced);
    }

    /** Validates a constant expression's typing: it must leave exactly one value of type {@code t}. */
    static void expression(ModuleContext c, Instr[] expr, ValType t) {
        new CodeValidator(c, new ValType[0], expr, -1, false).run(new FuncType(new ValType[0], new ValType[] {t}));
    }

    /** The parameters' and locals' types, resolved. */
    private static ValType[] locals(ModuleContext c, FuncType type, Func f) {
        ValType[] all = Arrays.copyOf(type.params, type.params.length + f.locals.length);
        System.arraycopy(c.resolve(f.locals), 0, all, type.params.length, f.locals.length);
        return all;
    }

    private void run(FuncType type) {
        s.locals(locals, type.params.length);
        blocks.add(null);
        s.pushCtrl(Block.Kind.FUNCTION, -1, type, new ValType[0], 0);
        for (int i = 0; i < body.length; i++) {
            Instr in = body[i];
            if (!s.hasFrames()) {
                throw at(new InvalidException("unexpected instruction after the final end"), in);
            }
            ControlFrame top = s.top();
            height[i] = top.live() ? s.slotHeight() : -1;
            blockAt[i] = top.blockIndex;
            if (i == snapshotAt) {
                snapshot = s.snapshot();
                s.markLowWater();
            }
            if (operands != null) {
                operands[i] = s.changesSince(i == 0 ? null : operands[i - 1]);
                recorded = i + 1;
            }
            try {
                step(i, in);
            } catch (InvalidException e) {
                throw at(e, in);
            }
            if (i == snapshotAt) {
                snapshotType = typeOf(in);
            }
        }
        if (s.hasFrames()) {
            throw new InvalidException("END opcode expected");
        }
    }

    /** Gives an error without a position the position of the instruction that caused it. */
    private static InvalidException at(InvalidException e, Instr in) {
        if (e.offset >= 0 || e.line > 0) {
            return e;
        }
        return new InvalidException(e.getMessage(), in.offset, in.line, in.column);
    }

    private void step(int i, Instr in) {
        switch (in.op) {
            case UNREACHABLE -> s.unreachable();
            case NOP -> {
            }
            case BLOCK, LOOP, IF -> enter(i, in);
            case TRY_TABLE -> {
                for (Catch k : in.catches) {
                    catchClause(k);
                }
                enter(i, in);
            }
            case THROW -> {
                s.pop(c.tag(in.x).params);
                s.unreachable();
            }
            case THROW_REF -> {
                s.pop(ValType.EXNREF);
                s.unreachable();
            }
            case ELSE -> elseBranch(i);
            case END -> end(i);
            case BR -> {
                s.pop(s.label(in.x).labelTypes());
                s.unreachable();
            }
            case BR_IF -> {
                ValType[] types = s.label(in.x).labelTypes();
                s.pop(ValType.I32);
                s.pop(types);
                s.push(types);
            }
            case BR_TABLE -> brTable(in);
            case RETURN -> {
                s.pop(s.label(s.depth() - 1).labelTypes());
                s.unreachable();
            }
            case CALL -> call(c.func(in.x));
            case CALL_INDIRECT -> call(indirectCallType(in));
            case RETURN_CALL -> returnCall(c.func(in.x));
            case RETURN_CALL_INDIRECT -> returnCall(indirectCallType(in));
            case CALL_REF -> call(refCallType(in));
            case RETURN_CALL_REF -> returnCall(refCallType(in));
            case REF_AS_NON_NULL -> s.push(s.popRef(in.op.text).withNullable(false));
            case BR_ON_NULL -> {
                ValType ref = s.popRef(in.op.text);
                ValType[] types = s.label(in.x).labelTypes();
                s.pop(types);
                s.push(types);
                s.push(ref.withNullable(false));
            }
            case BR_ON_NON_NULL -> brOnNonNull(in);
            case BR_ON_CAST, BR_ON_CAST_FAIL -> brOnCast(in);
            default -> InstructionRules.apply(c, s, locals, in);
        }
    }

    private void call(FuncType t) {
        s.pop(t.params);
        s.push(t.results);
    }

    /**
     * call_indirect, return_call_indirect: table {@code y} holds funcrefs; pops the index (of the table's
     * address type); type {@code x}.
     */
    private FuncType indirectCallType(Instr in) {
        TableType table = c.table(in.y);
        ValType elem = table.elemType();
        if (!elem.matches(ValType.FUNCREF)) {
            throw TypeStack.mismatch(in.op + " needs a table of funcref, table " + in.y + " holds " + elem);
        }
        FuncType t = c.type(in.x);
        s.pop(table.addrType().valType());
        return t;
    }

    /** call_ref, return_call_ref: pops a reference to a function of type {@code x} (or null); that type. */
    private FuncType refCallType(Instr in) {
        FuncType t = c.type(in.x);
        s.pop(c.defType(in.x).refNull);
        return t;
    }

    /**
     * return_call, return_call_indirect, return_call_ref (spec 3.3.8): the callee's results must match the
     * function's own (it returns them in the caller's place); its arguments are popped, and the rest of the
     * block is unreachable.
     */
    private void returnCall(FuncType t) {
        ValType[] results = s.label(s.depth() - 1).labelTypes();
        if (t.results.length != results.length || !FuncType.allMatch(t.results, results)) {
            throw TypeStack.mismatch("the callee returns " + TypeStack.text(t.results) + " but the function returns "
                    + TypeStack.text(results));
        }
        s.pop(t.params);
        s.unreachable();
    }

    /**
     * br_on_non_null l (spec 3.3.8): label l's last type must take the non-null reference, which the branch
     * passes with the values below it; without the branch the null is dropped.
     */
    private void brOnNonNull(Instr in) {
        ValType[] types = s.label(in.x).labelTypes();
        ValType ref = s.popRef(in.op.text).withNullable(false);
        if (types.length == 0 || !ref.matches(types[types.length - 1])) {
            throw TypeStack.mismatch("br_on_non_null passes " + ref + " but the label has " + TypeStack.text(types));
        }
        ValType[] below = Arrays.copyOf(types, types.length - 1);
        s.pop(below);
        s.push(below);
    }

    /**
     * br_on_cast l rt1 rt2 and br_on_cast_fail (3.0, spec 3.4, control instructions): the operand of type rt1
     * is cast to rt2, which must match rt1. br_on_cast passes the reference to label l when the cast succeeds,
     * as rt2, and keeps it otherwise, as rt1 minus rt2 (non-null if a null would have been cast);
     * br_on_cast_fail the other way round. Label l's last type takes the passed reference, the values below it
     * pass through.
     */
    private void brOnCast(Instr in) {
        ValType rt1 = c.resolve(in.types[0]);
        ValType rt2 = c.resolve(in.types[1]);
        if (!rt2.matches(rt1)) {
            throw TypeStack.mismatch(in.op + " casts to " + rt2 + ", which does not match " + rt1);
        }
        ValType diff = rt1.withNullable(rt1.nullable && !rt2.nullable);
        boolean onSuccess = in.op == Opcode.BR_ON_CAST;
        ValType passed = onSuccess ? rt2 : diff;
        ValType[] types = s.label(in.x).labelTypes();
        if (types.length == 0 || !passed.matches(types[types.length - 1])) {
            throw TypeStack.mismatch(in.op + " passes " + passed + " but the label has " + TypeStack.text(types));
        }
        s.pop(rt1);
        ValType[] below = Arrays.copyOf(types, types.length - 1);
        s.pop(below);
        s.push(below);
        s.push(onSuccess ? diff : rt2);
    }

    /** block, loop, if: the block type is [t1*] -> [t2*]; its parameters move into the new frame. */
    private void enter(int i, Instr in) {
        FuncType type = blockType(in.blockType);
        if (in.op == Opcode.IF) {
            s.pop(ValType.I32);
        }
        s.pop(type.params);
        Block.Kind kind = switch (in.op) {
            case BLOCK -> Block.Kind.BLOCK;
            case LOOP -> Block.Kind.LOOP;
            case TRY_TABLE -> Block.Kind.TRY_TABLE;
            default -> Block.Kind.IF;
        };
        s.pushCtrl(kind, i, type, type.params, blocks.size());
        blocks.add(null);
    }

    /**
     * A catch clause of try_table (3.0, 3.3.8): its label, seen from outside the try_table, carries what the
     * clause passes on: the tag's payload for catch, nothing for catch_all, and an exnref after either for
     * the _ref kinds.
     */
    private void catchClause(Catch k) {
        List<ValType> passed = new ArrayList<>();
        if (k.kind().hasTag()) {
            passed.addAll(Arrays.asList(c.tag(k.tag()).params));
        }
        if (k.kind().passesRef()) {
            passed.add(ValType.ref(false, AbsHeap.EXN)); // the caught exception: never null
        }
        ValType[] label = s.label(k.label()).labelTypes();
        ValType[] types = passed.toArray(new ValType[0]);
        if (types.length != label.length || !FuncType.allMatch(types, label)) {
            throw TypeStack.mismatch(k + " passes " + TypeStack.text(types)
                    + " to a label of " + TypeStack.text(label));
        }
    }

    private FuncType blockType(BlockType bt) {
        if (bt == null) {
            return FuncType.EMPTY;
        }
        if (bt.isIndex()) {
            return c.type(bt.typeIndex());
        }
        ValType t = c.resolve(bt.result());
        return t == null ? FuncType.EMPTY : new FuncType(new ValType[0], new ValType[] {t});
    }

    /** else: the then-branch must have produced the results; the else-branch starts from the parameters. */
    private void elseBranch(int i) {
        ControlFrame f = s.top();
        if (f.kind != Block.Kind.IF || f.elseIndex >= 0) {
            throw new InvalidException("else without matching if");
        }
        s.checkEnd(f);
        f.elseIndex = i;
        s.restart(f);
    }

    /** end: the frame's results must be on the stack; an if without else must pass its parameters through. */
    private void end(int i) {
        ControlFrame f = s.popCtrl();
        if (f.kind == Block.Kind.IF && f.elseIndex < 0 && !Arrays.equals(f.params, f.results)) {
            throw TypeStack.mismatch("if without else must have the same parameter and result types, not " + f.type);
        }
        blocks.set(f.blockIndex, f.toBlock(i));
        if (s.hasFrames()) {
            s.push(f.results);
        } else if (i != body.length - 1) {
            throw new InvalidException("unexpected instruction after the final end");
        }
    }

    /**
     * br_table: every label must carry as many values as the default one, each checked against the
     * operands (which may be Unknown in unreachable code, so each label is checked on its own).
     */
    private void brTable(Instr in) {
        s.pop(ValType.I32);
        int[] labels = in.labels;
        ValType[] dflt = s.label(labels[labels.length - 1]).labelTypes();
        for (int k = 0; k < labels.length - 1; k++) {
            ValType[] types = s.label(labels[k]).labelTypes();
            if (types.length != dflt.length) {
                throw TypeStack.mismatch("br_table labels of different arity " + types.length + " and " + dflt.length);
            }
            s.push(s.pop(types));
        }
        s.pop(dflt);
        s.unreachable();
    }
}
