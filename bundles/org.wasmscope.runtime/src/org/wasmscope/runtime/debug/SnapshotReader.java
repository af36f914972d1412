package org.wasmscope.runtime.debug;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.exec.Code;
import org.wasmscope.runtime.exec.Machine;
import org.wasmscope.runtime.store.FuncInst;
import org.wasmscope.runtime.syntax.Catch;
import org.wasmscope.runtime.syntax.Instr;
import org.wasmscope.runtime.syntax.ValType;
import org.wasmscope.runtime.valid.Block;
import org.wasmscope.runtime.valid.FunctionCode;
import org.wasmscope.runtime.valid.OperandTypes;
import org.wasmscope.runtime.valid.Validator;

/**
 * Reads a stopped {@link Machine} into frames and stack entries, for {@link Session} and for tools that
 * drive a machine themselves (e.g. {@code wasmscope trace}). Keeps a cache of static operand types, so
 * reuse one reader for one run; not thread-safe. The machine keeps only untyped slots;
 * the types come from validation ({@link Validator#operandTypes}, once per function) and the labels
 * from the static block structure ({@link FunctionCode#blocks}, {@link FunctionCode#blockAt}).
 */
public final class SnapshotReader {
    private final Map<FuncInst, OperandTypes> operandTypes = new HashMap<>();
    /** Per function: for each instruction index, how many block/loop/if come before it (label names count so). */
    private final Map<FuncInst, int[]> openersBefore = new HashMap<>();

    /**
     * The frames and the stack of {@code m} (stopped: between runs, not running), with {@link Changes#NONE}.
     */
    public Snapshot read(Machine m, int sequence) {
        List<Frame> frames = new ArrayList<>();
        List<StackEntry> stack = new ArrayList<>();
        for (int k = 0; k < m.depth(); k++) {
            frames.add(frame(m, k, stack));
        }
        return new Snapshot(sequence, frames, stack, Changes.NONE);
    }

    private Frame frame(Machine m, int k, List<StackEntry> stack) {
        Code code = m.frameCode(k);
        FuncInst f = code.func;
        FunctionCode fc = f.code;
        int at = m.frameInstr(k);
        Instr in = f.func.body[at];
        long[] slots = m.frameSlots(k);

        List<Local> locals = new ArrayList<>();
        for (int i = 0; i < fc.localTypes.length; i++) {
            ValType t = fc.localTypes[i];
            locals.add(new Local(i, f.module.module.names.local(f.index, i), t, value(t, slots, fc.localSlot[i])));
        }

        ValType[] types = operandTypes(f, at);
        int[] entrySlot = new int[types.length + 1]; // slot height below each entry, for the labels
        List<Value> values = operands(code, slots, types, entrySlot);
        List<Label> labels = labels(f, at, m.frameLeftThenBranch(k), entrySlot, values.size());
        int base = stack.size();
        for (int h = 0; h < values.size(); h++) {
            stack.add(new StackEntry(base + h, values.get(h), k, owner(labels, h), h));
        }
        return new Frame(k, f, f.index, f.module.module.names.function(f.index), f.module, locals, at, in,
                SourcePos.of(in), f.type.results.length, labels, base, values.size(), m.frameTailCalled(k));
    }

    /**
     * The operand stack of the top frame of {@code m} (stopped), bottom first: what a trace prints after
     * each instruction, read without the labels and frames below, so in time of its own size.
     */
    public List<Value> topOperands(Machine m) {
        int k = m.depth() - 1;
        Code code = m.frameCode(k);
        ValType[] types = operandTypes(code.func, m.frameInstr(k));
        return operands(code, m.frameSlots(k), types, new int[types.length + 1]);
    }

    /**
     * A frame's operands: of the static {@code types} before its instruction, as many as its {@code slots}
     * hold (a frame below the top has passed its call's arguments to the callee); {@code entrySlot} gets
     * each one's slot height.
     */
    private static List<Value> operands(Code code, long[] slots, ValType[] types, int[] entrySlot) {
        List<Value> values = new ArrayList<>();
        int s = code.localSlots();
        for (ValType t : types) {
            int w = t == ValType.V128 ? 2 : 1;
            if (s + w > slots.length) {
                break;
            }
            entrySlot[values.size()] = s - code.localSlots();
            values.add(value(t, slots, s));
            s += w;
        }
        return values;
    }

    /** The spec label index of the innermost label entered at or below operand height {@code h}. */
    private static int owner(List<Label> labels, int h) {
        for (int i = labels.size() - 1; i >= 0; i--) {
            if (labels.get(i).height() <= h) {
                return labels.size() - 1 - i;
            }
        }
        return labels.size() - 1;
    }

    /**
     * The labels in force before instruction {@code at}, outermost first; {@code leftThen}: whether the
     * machine reached {@code at}, an if's {@code end}, from its then branch.
     */
    private List<Label> labels(FuncInst f, int at, boolean leftThen, int[] entrySlot, int entries) {
        FunctionCode fc = f.code;
        Instr[] body = f.func.body;
        List<Block> chain = new ArrayList<>();
        for (int b = fc.blockAt[at]; b >= 0; b = fc.blocks[b].parent()) {
            chain.add(fc.blocks[b]);
        }
        Collections.reverse(chain);
        List<Label> out = new ArrayList<>();
        for (int i = 0; i < chain.size(); i++) {
            Block b = chain.get(i);
            Label.Kind kind = switch (b.kind()) {
                case FUNCTION -> Label.Kind.FUNCTION;
                case BLOCK -> Label.Kind.BLOCK;
                case LOOP -> Label.Kind.LOOP;
                case IF -> b.elseIndex() >= 0 && at > b.elseIndex() && (at < b.end() || !leftThen) ? Label.Kind.ELSE
                        : Label.Kind.IF;
                case TRY_TABLE -> Label.Kind.TRY_TABLE;
            };
            int cont = switch (b.kind()) {
                case LOOP -> b.start();
                case FUNCTION -> b.end();
                default -> b.end() + 1;
            };
            int height = 0;
            while (height < entries && entrySlot[height] < Math.max(0, b.height())) {
                height++;
            }
            String name = b.start() < 0 ? null : labelName(f, b.start(), openersBefore);
            SourcePos open = SourcePos.of(body[Math.max(0, b.start())]);
            int depth = chain.size() - 1 - i;
            List<CatchView> catches = b.kind() == Block.Kind.TRY_TABLE ? catches(f, b, depth) : List.of();
            out.add(new Label(kind, depth, name, b.type(), b.labelTypes().length, cont, SourcePos.of(body[cont]),
                    height, b.start(), open, b.end(), catches));
        }
        return out;
    }

    /** The catch clauses of try_table {@code b}, whose label has depth {@code depth}. */
    private static List<CatchView> catches(FuncInst f, Block b, int depth) {
        List<CatchView> out = new ArrayList<>();
        for (Catch c : f.func.body[b.start()].catches) {
            Block target = f.code.label(b.start(), c.label());
            int cont = switch (target.kind()) {
                case LOOP -> target.start();
                case FUNCTION -> target.end();
                default -> target.end() + 1;
            };
            String tagName = c.kind().hasTag() ? f.module.module.names.tags.get(c.tag()) : null;
            out.add(new CatchView(c.kind(), c.tag(), tagName, depth + 1 + c.label(), cont));
        }
        return out;
    }

    /** The name of the label opened at {@code start}: names count labels in order of appearance. */
    private static String labelName(FuncInst f, int start, Map<FuncInst, int[]> cache) {
        Map<Integer, String> names = f.module.module.names.labels.get(f.index);
        if (names == null) {
            return null;
        }
        int[] before = cache.computeIfAbsent(f, g -> {
            Instr[] body = g.func.body;
            int[] n = new int[body.length + 1];
            for (int i = 0; i < body.length; i++) {
                n[i + 1] = n[i] + switch (body[i].op) {
                    case BLOCK, LOOP, IF, TRY_TABLE -> 1;
                    default -> 0;
                };
            }
            return n;
        });
        return names.get(before[start]);
    }

    private ValType[] operandTypes(FuncInst f, int at) {
        // by the function's body and type: instantiation's code is no function of the module's index space
        return operandTypes.computeIfAbsent(f, g -> Validator.operandTypes(g.module.valid, g.func, g.type)).at(at);
    }

    /** The value of type {@code t} in {@code slots} at {@code i} (the machine's slot encoding, see {@link Value}). */
    static Value value(ValType t, long[] slots, int i) {
        long bits = slots[i];
        return switch (t.kind) {
            case I32, F32 -> new Value(t, (int) bits, 0);
            case V128 -> new Value(t, bits, slots[i + 1]);
            default -> new Value(t, bits, 0);
        };
    }
}
