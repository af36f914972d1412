package org.wasmscope.runtime.debug;

import java.util.List;

import org.wasmscope.runtime.store.FuncInst;

/**
 * The abstract machine's state at one suspension of a {@link Session}, in the specification's terms
 * (spec 4.2.14 stack, labels, frames). Immutable; may be read from any thread and kept as long as wanted.
 * The store is not copied: read it live through {@link Session#store()}.
 *
 * @param sequence which suspension this is (1 the first; a write while suspended makes a new snapshot with
 *                 the same sequence)
 * @param frames   the call frames, the invoked function's first, the top (current) frame last; empty after
 *                 the invocation returned
 * @param stack    the operand stack of all frames, bottom to top; each entry names its frame and label
 * @param changes  what differs from the previous suspension
 */
public record Snapshot(int sequence, List<Frame> frames, List<StackEntry> stack, Changes changes) {
    public Snapshot {
        frames = List.copyOf(frames);
        stack = List.copyOf(stack);
    }

    /** The top frame, or null when there is none. */
    public Frame top() {
        return frames.isEmpty() ? null : frames.get(frames.size() - 1);
    }

    /** The operand stack entries of frame {@code k}, bottom to top. */
    public List<StackEntry> stackOf(int k) {
        Frame f = frames.get(k);
        return stack.subList(f.stackBase(), f.stackBase() + f.stackSize());
    }

    /**
     * Where an exception with the tag at store address {@code tag} thrown at the top frame's instruction
     * would be caught: the first handler, innermost first and frame by frame from the top (a frame below
     * the top at its call), whose try_table body holds the frame's instruction and that has a catch_all
     * clause or a clause for that tag; null if none catches it.
     */
    public CatchSite catchSite(int tag) {
        for (int k = frames.size() - 1; k >= 0; k--) {
            Frame f = frames.get(k);
            for (int depth = 0; depth < f.labels().size(); depth++) {
                Label l = f.label(depth);
                if (l.kind() != Label.Kind.TRY_TABLE || f.instrIndex() <= l.opener() || f.instrIndex() >= l.end()) {
                    continue;
                }
                for (int i = 0; i < l.catches().size(); i++) {
                    CatchView c = l.catches().get(i);
                    if (c.tag() < 0 || f.module().tags[c.tag()].address == tag) {
                        return new CatchSite(k, depth, i);
                    }
                }
            }
        }
        return null;
    }

    /** The top frame's operands as {@code [i32:3 i32:4]}, a struct or array briefly ({@link ValueFormat#brief}). */
    public String stackText(ValueFormat format) {
        StringBuilder b = new StringBuilder("[");
        Frame top = top();
        if (top != null) {
            for (StackEntry e : stackOf(top.index())) {
                b.append(b.length() > 1 ? " " : "").append(format.brief(e.value()));
            }
        }
        return b.append(']').toString();
    }

    /**
     * How every view names a function: the spec's index in its module's function index space, and its name
     * (name section or {@code .wat} identifier) when it has one, e.g. {@code func 1 $fac} or {@code func 2};
     * a host function, which has no index, by its store address: {@code host func @3}; the code a module's
     * instantiation runs as {@code instantiation of NAME}.
     */
    public static String functionName(FuncInst f) {
        if (f.isHost()) {
            return "host func @" + f.address;
        }
        if (f.isInstantiation()) {
            return "instantiation of " + (f.module.name != null ? f.module.name : "the module");
        }
        String n = f.module.module.names.function(f.index);
        return "func " + f.index + (n != null ? " $" + n : "");
    }
}
