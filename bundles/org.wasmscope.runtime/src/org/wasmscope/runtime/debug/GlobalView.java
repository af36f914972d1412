package org.wasmscope.runtime.debug;

import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.store.GlobalInst;
import org.wasmscope.runtime.syntax.GlobalType;

/** A global instance (spec 4.2.10), live. */
public final class GlobalView {
    private final GlobalInst global;
    private final Session session;

    GlobalView(GlobalInst global, Session session) {
        this.global = global;
        this.session = session;
    }

    public int address() {
        return global.address;
    }

    public GlobalType type() {
        return global.type;
    }

    public boolean mutable() {
        return global.type.mutable();
    }

    public Value value() {
        return global.get();
    }

    /** Sets a mutable global's value (the debugger's "change value"); only while suspended. */
    public void set(Value v) {
        if (!global.type.mutable()) {
            throw new IllegalArgumentException("global " + global.address + " is immutable");
        }
        if (v.type() != global.type.type()) {
            throw new IllegalArgumentException("not a " + global.type.type() + ": " + v);
        }
        session.whileSuspended(() -> global.set(v));
    }
}
