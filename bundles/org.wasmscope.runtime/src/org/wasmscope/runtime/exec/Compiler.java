package org.wasmscope.runtime.exec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.store.FuncInst;
import org.wasmscope.runtime.syntax.Catch;
import org.wasmscope.runtime.syntax.Instr;
import org.wasmscope.runtime.syntax.Opcode;
import org.wasmscope.runtime.syntax.ValType;
import org.wasmscope.runtime.valid.Block;
import org.wasmscope.runtime.valid.FunctionCode;

/**
 * The pre-decoder: turns a validated function body into its {@link Code}, once per function instance.
 *
 * <p>Branches are resolved here from validation's block structure and stack heights (spec 4.4.8: a branch
 * to label l keeps the label's arity of values on top and drops the operands between them and the height
 * at which the label's block was entered). So the machine keeps no label stack: a branch is a jump plus,
 * where needed, one move of the kept values. A branch to a loop continues at the {@code loop} instruction
 * itself; a branch to a block or if after its {@code end}; a branch to the function's label at its final
 * {@code end}, which returns.
 *
 * <p>The {@code end} of an if with an else has two entries, so that the debugger can tell which branch
 * ran when the machine stands before it (the label is the else branch's after that one ran): the else
 * branch falls through to a jump over the then branch's entry, an {@code end} where the {@code else}
 * (the then branch's exit) jumps to. Either way one operation executes.
 */
final class Compiler {
    private final FuncInst f;
    private final FunctionCode fc;
    private final Instr[] body;
    private final int localSlots;
    private final int[] instrToPc;
    /** For each instruction index that opens a block, loop or if: its Block. */
    private final Block[] opened;
    private int[] code;
    private int pc;

    private Compiler(FuncInst f) {
        this.f = f;
        this.fc = f.code;
        this.body = f.func.body;
        this.localSlots = fc.localSlots;
        this.instrToPc = new int[body.length + 1];
        this.opened = new Block[body.length];
        for (Block b : fc.blocks) {
            if (b.start() >= 0) {
                opened[b.start()] = b;
            }
        }
    }

    /** The function's code, pre-decoding it on first use. */
    static Code of(FuncInst f) {
        Object c = f.compiled;
        return c != null ? (Code) c : compileOnce(f);
    }

    /** Once even if several threads ask at the same time: breakpoints live in the one Code. */
    private static Code compileOnce(FuncInst f) {
        synchronized (f) {
            if (f.compiled == null) {
                f.compiled = new Compiler(f).compile(); // Code's fields are final: safely published
            }
            return (Code) f.compiled;
        }
    }

    private Code compile() {
        int n = 0;
        for (int i = 0; i < body.length; i++) {
            instrToPc[i] = n;
            n += length(i);
        }
        instrToPc[body.length] = n;
        code = new int[n];
        int[] pcToInstr = new int[n];
        Arrays.fill(pcToInstr, -1);
        int[] thenEntry = new int[body.length];
        Arrays.fill(thenEntry, -1);
        for (int i = 0; i < body.length; i++) {
            pc = instrToPc[i];
            pcToInstr[pc] = i;
            if (endsIfElse(i)) {
                thenEntry[i] = thenEntry(i);
                pcToInstr[thenEntry[i]] = i;
            }
            emit(i, body[i]);
        }
        int[] plainOps = new int[body.length];
        for (int i = 0; i < body.length; i++) {
            plainOps[i] = code[instrToPc[i]];
        }
        Fusion.fuse(code, instrToPc, plainOps);
        int params = Slots.of(f.type.params);
        long[] init = new long[localSlots - params];
        for (int k = f.type.params.length; k < fc.localTypes.length; k++) {
            if (fc.localTypes[k].isRef()) {
                init[fc.localSlot[k] - params] = Value.NULL_REF;
            }
        }
        return new Code(f, code, plainOps, pcToInstr, Arrays.copyOf(instrToPc, body.length), thenEntry, params, localSlots,
                Slots.of(f.type.results), localSlots + fc.maxHeight, init, handlers());
    }

    /**
     * The handlers of the try_tables that can execute, innermost first (a nested one starts later), each
     * clause's label resolved outside its try_table, as a branch from there would be.
     */
    private Handler[] handlers() {
        List<Handler> handlers = new ArrayList<>();
        for (Block b : fc.blocks) {
            if (b.kind() == Block.Kind.TRY_TABLE && b.height() >= 0) {
                Catch[] catches = body[b.start()].catches;
                Handler.Clause[] clauses = new Handler.Clause[catches.length];
                for (int k = 0; k < catches.length; k++) {
                    Target t = target(b.start(), catches[k].label(), height(b.start()));
                    clauses[k] = new Handler.Clause(catches[k].kind(), catches[k].tag(), t.pc, t.to);
                }
                handlers.add(new Handler(b.start(), b.end(), clauses));
            }
        }
        handlers.sort(Comparator.comparingInt(Handler::start).reversed());
        return handlers.toArray(new Handler[0]);
    }

    /** Whether instruction {@code i} is the {@code end} of an if that has an else. */
    private boolean endsIfElse(int i) {
        Block b = fc.blocks[fc.blockAt[i]];
        return body[i].op == Opcode.END && b.kind() == Block.Kind.IF && b.elseIndex() >= 0 && b.end() == i;
    }

    /** The code position where the then branch enters the {@code end} {@code i} of an if with an else. */
    private int thenEntry(int i) {
        return instrToPc[i] + 2;
    }

    /** How many ints the pre-decoded form of instruction {@code i} takes. */
    private int length(int i) {
        Instr in = body[i];
        if (endsIfElse(i)) {
            return 3;
        }
        if (MemoryExt.subOperation(in, f.module.module) >= 0) {
            return 3;
        }
        if (in.op.prefix == 0xFD) {
            return 2;
        }
        if (GcExt.plainOperation(in.op) >= 0) {
            return 1;
        }
        if (extOp(in.op) >= 0) {
            return extBranches(in.op) ? ControlExt.BRANCH_LENGTH : 3;
        }
        return switch (in.op.immediates) {
            case NONE -> in.op == Opcode.ELSE ? 2 : 1;
            case BLOCK -> in.op == Opcode.IF ? 2 : 1;
            case LABEL -> 4;
            case BR_TABLE -> 2 + 3 * in.labels.length;
            case FUNC, LOCAL, GLOBAL, TABLE, MEMARG, I32, F32, MEMORY_INIT, DATA, ELEM -> 2;
            case CALL_INDIRECT, I64, F64, TABLE_INIT, TABLE_COPY -> 3;
            case MEMORY, SELECT_T, REF_NULL, MEMORY_COPY, TRY_TABLE -> 1;
            default -> throw new IllegalStateException("unexpected immediates " + in.op.immediates + " of " + in.op);
        };
    }

    private void put(int... ints) {
        for (int v : ints) {
            code[pc++] = v;
        }
    }

    /** The operand stack height before instruction i, as a slot offset from the frame pointer. */
    private int height(int i) {
        return localSlots + Math.max(fc.height[i], 0);
    }

    /** Slots an instruction pops without pushing (drop, select): told by the heights around it. */
    private int poppedSlots(int i, int fallback) {
        return fc.height[i] >= 0 && fc.height[i + 1] >= 0 ? fc.height[i] - fc.height[i + 1] : fallback;
    }

    /** The {@link Ext} sub-operation of an instruction run out of the loop, or -1. */
    private static int extOp(Opcode op) {
        return switch (op) {
            case THROW -> ExceptionExt.THROW;
            case THROW_REF -> ExceptionExt.THROW_REF;
            case RETURN_CALL -> ControlExt.RETURN_CALL;
            case RETURN_CALL_INDIRECT -> ControlExt.RETURN_CALL_INDIRECT;
            case CALL_REF -> ControlExt.CALL_REF;
            case RETURN_CALL_REF -> ControlExt.RETURN_CALL_REF;
            case REF_AS_NON_NULL -> ControlExt.REF_AS_NON_NULL;
            case BR_ON_NULL -> ControlExt.BR_ON_NULL;
            case BR_ON_NON_NULL -> ControlExt.BR_ON_NON_NULL;
            default -> GcExt.subOperation(op);
        };
    }

    /** Whether an instruction run by {@link Ext} has its branch pre-decoded after it (see {@link ControlExt}). */
    private static boolean extBranches(Opcode op) {
        return op == Opcode.BR_ON_NULL || op == Opcode.BR_ON_NON_NULL || op == Opcode.BR_ON_CAST
                || op == Opcode.BR_ON_CAST_FAIL;
    }

    private void emit(int i, Instr in) {
        Opcode op = in.op;
        int memoryExt = MemoryExt.subOperation(in, f.module.module);
        if (memoryExt >= 0) {
            put(Op.EXT, memoryExt, i);
            return;
        }
        if (op.prefix == 0xFD) {
            put(Op.SIMD, i);
            return;
        }
        if (GcExt.plainOperation(op) >= 0) {
            put(GcExt.plainOperation(op));
            return;
        }
        if (extOp(op) >= 0) {
            put(Op.EXT, extOp(op), i);
            if (extBranches(op)) {
                // br_on_null drops the null it branches on; the others keep the reference as a label value
                Target t = target(i, in.x, op == Opcode.BR_ON_NULL ? height(i) - 1 : height(i));
                put(t.pc, t.to, t.keep);
            }
            return;
        }
        int o = op.ordinal(); // == the Op code of every non-vector instruction
        switch (op) {
            case IF -> put(o, opened[i].elseIndex() >= 0 ? instrToPc[opened[i].elseIndex()] + 2
                    : instrToPc[opened[i].end()]);
            case ELSE -> put(Op.JUMP, thenEntry(fc.blocks[fc.blockAt[i]].end()));
            case END -> {
                if (endsIfElse(i)) {
                    put(Op.JUMP, instrToPc[i + 1], o);
                } else {
                    put(i == body.length - 1 ? Op.RETURN_END : o);
                }
            }
            case BR -> branch(Op.BR, Op.BR_JUMP, i, in.x, height(i));
            case BR_IF -> branch(Op.BR_IF, Op.BR_IF_JUMP, i, in.x, height(i) - 1);
            case BR_TABLE -> {
                put(o, in.labels.length);
                for (int l : in.labels) {
                    Target t = target(i, l, height(i) - 1);
                    put(t.pc, t.to, t.keep);
                }
            }
            case DROP -> put(poppedSlots(i, 1) == 2 ? Op.DROP_V128 : o);
            case SELECT -> put(poppedSlots(i, 2) == 3 ? Op.SELECT_V128 : o);
            case SELECT_T -> put(in.types[0] == ValType.V128 ? Op.SELECT_V128 : Op.SELECT);
            case LOCAL_GET, LOCAL_SET, LOCAL_TEE -> {
                boolean v128 = fc.localTypes[in.x] == ValType.V128;
                int v = op == Opcode.LOCAL_GET ? Op.LOCAL_GET_V128 : op == Opcode.LOCAL_SET ? Op.LOCAL_SET_V128 : Op.LOCAL_TEE_V128;
                put(v128 ? v : o, fc.localSlot[in.x]);
            }
            case GLOBAL_GET, GLOBAL_SET -> {
                boolean v128 = f.module.module.globalType(in.x).type() == ValType.V128;
                put(v128 ? (op == Opcode.GLOBAL_GET ? Op.GLOBAL_GET_V128 : Op.GLOBAL_SET_V128) : o, in.x);
            }
            case I64_CONST, F64_CONST -> put(o, (int) in.imm, (int) (in.imm >>> 32));
            case I32_CONST, F32_CONST -> put(o, (int) in.imm);
            case TRY_TABLE -> put(Op.BLOCK); // its handler is in Code.handlers, looked at only by a throw
            default -> emitGeneric(o, in);
        }
    }

    /** Instructions whose pre-decoded form is their immediates as they are. */
    private void emitGeneric(int o, Instr in) {
        switch (in.op.immediates) {
            case NONE, BLOCK, MEMORY, REF_NULL, MEMORY_COPY -> put(o);
            case FUNC, TABLE, DATA, ELEM -> put(o, in.x);
            case MEMARG -> put(o, (int) in.imm);
            case CALL_INDIRECT, TABLE_INIT, TABLE_COPY -> put(o, in.x, in.y);
            case MEMORY_INIT -> put(o, in.x);
            default -> throw new IllegalStateException("unexpected instruction " + in.op);
        }
    }

    /** Where a branch goes and which values it keeps. */
    private record Target(int pc, int to, int keep) {
    }

    /**
     * The branch to label {@code label} at instruction {@code i}, with the operand stack at {@code from}
     * (a slot offset from the frame pointer, after popping the branch's own operand).
     */
    private Target target(int i, int label, int from) {
        Block b = fc.label(i, label);
        int keep = Slots.of(b.labelTypes());
        int to = localSlots + b.height();
        int dest = switch (b.kind()) {
            case LOOP -> instrToPc[b.start()];
            case FUNCTION -> instrToPc[b.end()];
            default -> instrToPc[b.end() + 1];
        };
        return new Target(dest, fc.height[i] < 0 ? from - keep : to, keep);
    }

    private void branch(int moving, int jumping, int i, int label, int from) {
        Target t = target(i, label, from);
        put(t.to == from - t.keep ? jumping : moving, t.pc, t.to, t.keep);
    }
}
