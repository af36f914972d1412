package org.wasmscope.debug.core.model;

import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.debug.Local;
import org.wasmscope.runtime.debug.Snapshot;

/** A parameter or local of a frame, named {@code $n} (from the module) or {@code local[1]}. */
final class LocalVariable extends WasmVariable {
    private final WasmStackFrame frame;
    private final int index;

    LocalVariable(WasmStackFrame frame, int index) {
        super(frame.getDebugTarget());
        this.frame = frame;
        this.index = index;
    }

    private Local local() {
        return frame.data().locals().get(index);
    }

    @Override
    protected Value current() {
        return local().value();
    }

    @Override
    protected void write(Value v) {
        target().session().setLocal(frame.data().index(), index, v);
    }

    @Override
    protected boolean mutable() {
        return true;
    }

    @Override
    public String getName() {
        return local().displayName();
    }

    @Override
    public boolean hasValueChanged() {
        Snapshot s = target().session().snapshot();
        return s != null && s.changes().local(frame.data().index(), index);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LocalVariable v && v.frame.equals(frame) && v.index == index;
    }

    @Override
    public int hashCode() {
        return frame.hashCode() * 31 + index;
    }
}
