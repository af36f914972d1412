package org.wasmscope.runtime.reduction;

import java.util.ArrayList;
import java.util.List;

import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.debug.Frame;
import org.wasmscope.runtime.debug.Label;
import org.wasmscope.runtime.debug.Snapshot;
import org.wasmscope.runtime.debug.StackEntry;
import org.wasmscope.runtime.debug.SuspendReason;
import org.wasmscope.runtime.store.FuncInst;
import org.wasmscope.runtime.store.ModuleInst;
import org.wasmscope.runtime.store.TableInst;
import org.wasmscope.runtime.syntax.Instr;
import org.wasmscope.runtime.syntax.Opcode;
import org.wasmscope.runtime.syntax.ValType;
import org.wasmscope.runtime.valid.OperatorTypes;

/**
 * The step a suspended machine takes next, and the step it just took, as {@link Step}s: the rule with the
 * live values written in. Both are read from snapshots (the one before and, for a step taken, the one
 * after), so the interpreter does no work for them.
 */
public final class Reduction {
    private Reduction() {
    }

    /**
     * The step the machine of {@code s} takes next; {@code why} (may be null) tells whether it traps there
     * ({@link SuspendReason.Trapped}: the machine stands at the trapping instruction). Null without frames.
     */
    public static Step next(Snapshot s, SuspendReason why) {
        Redex r = Redex.of(s);
        if (r == null) {
            return null;
        }
        Frame f = s.top();
        List<Value> vals = topValues(s, f, r.values());
        String before = before(f, r, vals);
        if (why instanceof SuspendReason.Trapped t) {
            return new Step(r.rule(), before, "trap", t.message());
        }
        Instr in = f.instr();
        return switch (r.rule().shape()) {
            case OPERATOR -> operator(r.rule(), in, vals, before);
            case PLAIN -> plain(r.rule(), f, in, vals, before);
            case TRAP -> new Step(r.rule(), before, "trap", "unreachable executed");
            case ENTER -> new Step(r.rule(), before, entered(f, in, vals), enterNote(in, vals));
            case ELSE -> new Step(r.rule(), before, before, "on to the if's end, instruction " + f.label(0).end());
            case LABEL_EXIT, HANDLER_EXIT -> new Step(r.rule(), before, Notation.values(vals),
                    "continues after the end, instruction " + (f.instrIndex() + 1));
            case FRAME_EXIT -> new Step(r.rule(), before, Notation.values(vals), returnNote(s, f));
            case BRANCH -> branch(s, f, r, in, vals, before);
            case CALL, TAIL_CALL -> call(f, r.rule(), in, vals, before);
            case THROW -> new Step(r.rule(), before, "(ref.exn a) throw_ref", in.op == Opcode.THROW
                    ? "a new exception of tag " + in.x + " with payload " + Notation.values(vals)
                    : "the innermost handler with a matching clause catches it");
        };
    }

    /**
     * The step the machine took from {@code before} (whose next step was {@code next}) to {@code after} (null
     * when the invocation returned {@code results}); {@code why} is the reason of the suspension after it.
     */
    public static Step taken(Step next, Snapshot before, Snapshot after, SuspendReason why, List<Value> results) {
        if (why instanceof SuspendReason.Trapped t) {
            return new Step(next.rule(), next.before(), "trap", t.message());
        }
        Frame old = before.top();
        Frame now = after == null ? null : after.top();
        if (now == null) {
            return new Step(next.rule(), next.before(), Notation.values(results == null ? List.of() : results),
                    "the invocation returned");
        }
        String where = "continues at instruction " + now.instrIndex() + " of " + now.displayName();
        switch (next.rule().shape()) {
            case ENTER -> {
                return new Step(next.rule(), next.before(), innermost(after, now), next.note());
            }
            case ELSE -> {
                return next;
            }
            case CALL, TAIL_CALL -> {
                if (after.frames().size() > before.frames().size() || next.rule().shape() == Rule.Shape.TAIL_CALL) {
                    return new Step(next.rule(), next.before(), innermost(after, now), "frame pushed: "
                            + Configuration.frameText(now));
                }
            }
            case THROW -> {
                return new Step(next.rule(), next.before(), Notation.values(labelValues(after, now)),
                        "caught: the handler's clause branches with the payload; " + where);
            }
            case BRANCH -> {
                if (now.index() == old.index() && now.instrIndex() != old.instrIndex() + 1) {
                    Instr in = old.instr();
                    if (in.op == Opcode.BR_ON_CAST || in.op == Opcode.BR_ON_CAST_FAIL) {
                        return new Step(next.rule(), next.before(),
                                Notation.values(topValues(after, now, old.label(in.x).arity())), where);
                    }
                    return next; // a branch taken: the values it keeps were known before
                }
            }
            default -> {
            }
        }
        if (now.index() < old.index()) { // a frame exit or return: the results
            return new Step(next.rule(), next.before(), Notation.values(topValues(after, now, old.returnArity())),
                    where);
        }
        int kept = before.stackOf(old.index()).size() - Redex.of(before).values();
        int pushed = Math.max(0, after.stackOf(now.index()).size() - kept);
        return new Step(next.rule(), next.before(), Notation.values(topValues(after, now, pushed)),
                now.instrIndex() == old.instrIndex() + 1 && now.index() == old.index() ? next.note() : where);
    }

    // ---------------------------------------------------------------- the redex

    private static String before(Frame f, Redex r, List<Value> vals) {
        Label inner = f.label(0);
        String label = Configuration.labelText(f, inner) + " ";
        String values = vals.isEmpty() ? "" : Notation.values(vals) + " ";
        return switch (r.extent()) {
            case INSTRUCTION -> values + (Notation.isValue(f.instr().op) ? "(" + f.instr() + ")" : f.instr());
            case LABEL -> label + values + "end";
            case HANDLER -> "handler_" + inner.arity() + "{" + Notation.ELIDED + "} " + label + values + "end end";
            case FRAME -> "frame_" + f.returnArity() + "{" + Configuration.frameText(f) + "} " + label + values
                    + "end end";
        };
    }

    /** The top {@code n} values of frame {@code f}'s operand stack, bottom first. */
    private static List<Value> topValues(Snapshot s, Frame f, int n) {
        List<StackEntry> own = s.stackOf(f.index());
        List<Value> out = new ArrayList<>();
        for (int i = Math.max(0, own.size() - n); i < own.size(); i++) {
            out.add(own.get(i).value());
        }
        return out;
    }

    /** The values of the innermost label of frame {@code f}. */
    private static List<Value> labelValues(Snapshot s, Frame f) {
        return topValues(s, f, s.stackOf(f.index()).size() - f.label(0).height());
    }

    /** The innermost label (with its handler) of the top frame of {@code s}, or the whole frame if it is the body. */
    private static String innermost(Snapshot s, Frame f) {
        Label l = f.label(0);
        String label = Configuration.labelText(f, l) + " ";
        List<Value> vals = labelValues(s, f);
        String inside = label + (vals.isEmpty() ? "" : Notation.values(vals) + " ") + Notation.ELIDED + " end";
        return switch (l.kind()) {
            case FUNCTION -> "frame_" + f.returnArity() + "{" + Configuration.frameText(f) + "} " + inside + " end";
            case TRY_TABLE -> "handler_" + l.arity() + "{" + Notation.ELIDED + "} " + inside + " end";
            default -> inside;
        };
    }

    // ---------------------------------------------------------------- by shape

    private static Step operator(Rule rule, Instr in, List<Value> vals, String before) {
        ValType result = OperatorTypes.operator(in.op).type().results[0];
        StringBuilder b = new StringBuilder("(").append(result).append(".const ")
                .append(in.op.text.substring(in.op.text.indexOf('.') + 1)).append('(');
        for (int i = 0; i < vals.size(); i++) {
            b.append(i > 0 ? ", " : "").append(valueText(vals.get(i)));
        }
        return new Step(rule, before, b.append("))").toString(), "");
    }

    /** A value without its instruction: {@code 3}, {@code -0.5}, {@code null}. */
    private static String valueText(Value v) {
        String t = Notation.value(v);
        return t.substring(t.indexOf(' ') + 1, t.length() - 1);
    }

    private static Step plain(Rule rule, Frame f, Instr in, List<Value> vals, String before) {
        ModuleInst m = f.module();
        String after = switch (in.op) {
            case I32_CONST, I64_CONST, F32_CONST, F64_CONST, V128_CONST, REF_NULL -> "(" + in + ")";
            case NOP, DROP, LOCAL_SET, GLOBAL_SET, DATA_DROP, ELEM_DROP -> Notation.EMPTY;
            case LOCAL_GET -> Notation.value(f.locals().get(in.x).value());
            case LOCAL_TEE -> Notation.value(vals.get(0)) + " " + Notation.value(vals.get(0)) + " local.set " + in.x;
            case GLOBAL_GET -> Notation.value(m.globals[in.x].get());
            case SELECT, SELECT_T -> Notation.value(vals.get(2).asInt() != 0 ? vals.get(0) : vals.get(1));
            case REF_IS_NULL -> "(i32.const " + (vals.get(0).isNull() ? 1 : 0) + ")";
            case REF_AS_NON_NULL -> vals.get(0).isNull() ? "trap" : Notation.value(vals.get(0));
            case REF_FUNC -> "(ref.func " + m.funcs[in.x].address + ")";
            case MEMORY_SIZE -> "(" + m.memories[in.x].addrType().valType() + ".const " + m.memories[in.x].pages() + ")";
            case TABLE_SIZE -> "(" + m.tables[in.x].addrType().valType() + ".const " + m.tables[in.x].size() + ")";
            default -> formalResult(rule);
        };
        String note = switch (in.op) {
            case LOCAL_SET -> "local " + in.x + " := " + Notation.value(vals.get(0));
            case GLOBAL_SET -> "global " + in.x + " := " + Notation.value(vals.get(0));
            case TABLE_INIT -> copy("table " + in.y, "element segment " + in.x, vals);
            case MEMORY_INIT -> copy("memory " + in.y, "data segment " + in.x, vals);
            case TABLE_COPY -> copy("table " + in.x, "table " + in.y, vals);
            case MEMORY_COPY -> copy("memory " + in.x, "memory " + in.y, vals);
            case ELEM_DROP -> "element segment " + in.x + " becomes empty";
            case DATA_DROP -> "data segment " + in.x + " becomes empty";
            default -> in.op.accessBytes > 0 && !vals.isEmpty() ? access(in, vals.get(0)) : "";
        };
        return new Step(rule, before, after, note);
    }

    /** What a copy with operands {@code d s n} writes: {@code table 0 [1 … 2] := element segment 0 [0 … 1]}. */
    private static String copy(String to, String from, List<Value> vals) {
        if (vals.size() < 3) {
            return "";
        }
        long d = unsigned(vals.get(0));
        long s = unsigned(vals.get(1));
        long n = unsigned(vals.get(2));
        return n == 0 ? "n = 0: nothing is copied (the bounds are still checked)"
                : to + " [" + d + " … " + (d + n - 1) + "] := " + from + " [" + s + " … " + (s + n - 1) + "]";
    }

    /** An i32 or i64 operand (an address, a count) as the unsigned number it stands for. */
    private static long unsigned(Value v) {
        return v.type() == ValType.I32 ? Integer.toUnsignedLong(v.asInt()) : v.asLong();
    }

    /** The memory range a load or store touches: {@code ea = i + offset}. */
    private static String access(Instr in, Value address) {
        long ea = unsigned(address) + in.imm;
        return "memory " + in.y + " bytes " + ea + " … " + (ea + in.op.accessBytes - 1);
    }

    /** What the rule's formal form says the redex becomes (the text after its ↪). */
    private static String formalResult(Rule rule) {
        String f = rule.formal();
        int at = f.indexOf(Notation.STEP);
        return at < 0 ? f : f.substring(at + 1).trim();
    }

    private static String entered(Frame f, Instr in, List<Value> vals) {
        int n = in.op == Opcode.LOOP ? in.blockType.expand(f.module().module).params.length
                : in.blockType.expand(f.module().module).results.length;
        List<Value> params = in.op == Opcode.IF ? vals.subList(0, vals.size() - 1) : vals;
        String label = "label_" + n + "{" + (in.op == Opcode.LOOP ? in + " " + Notation.ELIDED : Notation.EMPTY) + "} "
                + (params.isEmpty() ? "" : Notation.values(params) + " ") + Notation.ELIDED + " end";
        return in.op == Opcode.TRY_TABLE ? "handler_" + n + "{" + Notation.ELIDED + "} " + label + " end" : label;
    }

    private static String enterNote(Instr in, List<Value> vals) {
        if (in.op != Opcode.IF) {
            return "";
        }
        return vals.get(vals.size() - 1).asInt() != 0 ? "the condition is not 0: the then branch"
                : "the condition is 0: the else branch";
    }

    private static String returnNote(Snapshot s, Frame f) {
        if (f.index() == 0) {
            return "the invocation returns";
        }
        Frame caller = s.frames().get(f.index() - 1);
        return "back in " + caller.displayName() + " after its call, instruction " + (caller.instrIndex() + 1);
    }

    private static Step branch(Snapshot s, Frame f, Redex r, Instr in, List<Value> vals, String before) {
        Value top = vals.isEmpty() ? null : vals.get(vals.size() - 1);
        if (in.op == Opcode.RETURN) {
            return new Step(r.rule(), "frame_" + f.returnArity() + "{" + Notation.ELIDED + "} " + Notation.ELIDED + " "
                    + before + " " + Notation.ELIDED + " end", Notation.values(vals), returnNote(s, f));
        }
        if (in.op == Opcode.BR_ON_CAST || in.op == Opcode.BR_ON_CAST_FAIL) { // whether it is taken is the step's test
            return new Step(r.rule(), before, formalResult(r.rule()), "label " + in.x + " (" + f.label(in.x).displayName()
                    + ") if taken");
        }
        if (in.op != Opcode.BR && !Redex.taken(in, top)) {
            String after = in.op == Opcode.BR_ON_NULL ? Notation.value(top) : Notation.EMPTY;
            return new Step(r.rule(), before, after, "not taken: execution goes on with the next instruction");
        }
        int l = Redex.target(in, top);
        Label target = f.label(l);
        // br_if, br_table and br_on_null consume their operand; br_on_non_null's reference is one of the kept
        int operand = in.op == Opcode.BR || in.op == Opcode.BR_ON_NON_NULL ? 0 : 1;
        List<Value> kept = vals.subList(Math.max(0, vals.size() - operand - target.arity()), vals.size() - operand);
        String label = Configuration.labelText(f, target);
        String after = target.kind() != Label.Kind.LOOP ? Notation.values(kept)
                : (kept.isEmpty() ? "" : Notation.values(kept) + " ") + Configuration.continuation(f, target);
        String where = switch (target.kind()) {
            case LOOP -> "again at the loop's start, instruction " + target.continuation();
            case FUNCTION -> "at the function's end, instruction " + target.continuation();
            default -> "after its end, instruction " + target.continuation();
        };
        String note = "label " + l + " (" + target.displayName() + ", " + target.kind().name().toLowerCase()
                + "): keeps " + target.arity() + (target.arity() == 1 ? " value" : " values") + ", continues "
                + where;
        return new Step(r.rule(), label + " " + Notation.ELIDED + " " + before + " " + Notation.ELIDED + " end", after,
                note);
    }

    private static Step call(Frame f, Rule rule, Instr in, List<Value> vals, String before) {
        ModuleInst m = f.module();
        boolean indirect = in.op != Opcode.CALL && in.op != Opcode.RETURN_CALL;
        List<Value> args = indirect ? vals.subList(0, vals.size() - 1) : vals;
        FuncInst callee = null;
        String problem = null;
        switch (in.op) {
            case CALL, RETURN_CALL -> callee = m.funcs[in.x];
            case CALL_INDIRECT, RETURN_CALL_INDIRECT -> {
                TableInst t = m.tables[in.y];
                long i = unsigned(vals.get(vals.size() - 1));
                if (i >= t.size()) {
                    problem = "index " + i + " is past the table's " + t.size() + " elements: undefined element";
                } else if (t.get((int) i) == Value.NULL_REF) {
                    problem = "element " + i + " is null: uninitialized element";
                } else {
                    return new Step(rule, before, Notation.values(args) + " (invoke " + t.get((int) i) + ")",
                            "the function at address " + t.get((int) i) + " is invoked if its type matches type " + in.x);
                }
            }
            default -> {
                Value ref = vals.get(vals.size() - 1);
                if (ref.isNull()) {
                    problem = "the reference is null";
                } else {
                    return new Step(rule, before, Notation.values(args) + " (invoke " + ref.bits() + ")",
                            "the function at address " + ref.bits() + " is invoked");
                }
            }
        }
        if (problem != null) {
            return new Step(rule, before, "trap", problem);
        }
        String frame = Snapshot.functionName(callee);
        if (callee.isHost()) {
            return new Step(rule, before, Notation.values(args) + " (invoke " + callee.address + ")",
                    frame + " is a host function: its results replace the arguments");
        }
        StringBuilder locals = new StringBuilder();
        for (Value v : args) {
            locals.append(' ').append(Notation.value(v));
        }
        ValType[] types = callee.code.localTypes;
        for (int i = args.size(); i < types.length; i++) {
            locals.append(' ').append(Notation.value(Value.zero(types[i])));
        }
        int arity = callee.type.results.length;
        String after = "frame_" + arity + "{" + frame + "; locals" + (locals.length() == 0 ? " " + Notation.EMPTY : locals)
                + "} label_" + arity + "{ε} " + Notation.ELIDED + " end end";
        return new Step(rule, rule.shape() == Rule.Shape.TAIL_CALL ? "frame_" + f.returnArity() + "{"
                + Notation.ELIDED + "} " + Notation.ELIDED + " " + before + " " + Notation.ELIDED + " end" : before,
                after, "frame pushed for " + frame);
    }
}
