package org.wasmscope.runtime.store;

import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.syntax.GlobalType;

/** A global instance (spec 4.2.10): its type and its value, in slot encoding (v128: value, then high). */
public final class GlobalInst {
    public final int address;
    public final GlobalType type;
    public long value;
    public long high;

    GlobalInst(int address, GlobalType type, Value init) {
        this.address = address;
        this.type = type;
        this.value = init.bits();
        this.high = init.high();
    }

    public Value get() {
        return new Value(type.type(), value, high);
    }

    public void set(Value v) {
        value = v.bits();
        high = v.high();
    }
}
