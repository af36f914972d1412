package org.wasmscope.debug.core.model;

import org.eclipse.debug.core.model.IDebugTarget;
import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.debug.GlobalView;
import org.wasmscope.runtime.debug.Snapshot;

/** A global of the module instance, named {@code global[i]} by its index in the module; mutable ones are editable. */
final class GlobalVariable extends WasmVariable {
    private final int index;
    private final int address;

    GlobalVariable(IDebugTarget target, int index, int address) {
        super(target);
        this.index = index;
        this.address = address;
    }

    private GlobalView view() {
        return target().session().store().global(address);
    }

    @Override
    protected Value current() {
        return view().value();
    }

    @Override
    protected void write(Value v) {
        view().set(v);
    }

    @Override
    protected boolean mutable() {
        return view().mutable();
    }

    @Override
    public String getName() {
        return "global[" + index + "]";
    }

    @Override
    public String getReferenceTypeName() {
        return (mutable() ? "mut " : "") + super.getReferenceTypeName();
    }

    @Override
    public boolean hasValueChanged() {
        Snapshot s = target().session().snapshot();
        return s != null && s.changes().global(address);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GlobalVariable v && v.address == address && v.getDebugTarget() == getDebugTarget();
    }

    @Override
    public int hashCode() {
        return address;
    }
}
