package org.wasmscope.debug.core.model;

import org.eclipse.debug.core.model.IDebugTarget;
import org.eclipse.debug.core.model.IValue;
import org.eclipse.debug.core.model.IVariable;
import org.wasmscope.runtime.Value;

/** A typed WebAssembly value as the Variables view shows it: {@code 3628800}, type {@code i64}. */
public final class WasmValue extends WasmDebugElement implements IValue {
    private final Value value;

    WasmValue(IDebugTarget target, Value value) {
        super(target);
        this.value = value;
    }

    public Value value() {
        return value;
    }

    @Override
    public String getReferenceTypeName() {
        return value.type().toString();
    }

    @Override
    public String getValueString() {
        return value.valueText();
    }

    @Override
    public boolean isAllocated() {
        return true;
    }

    @Override
    public IVariable[] getVariables() {
        return new IVariable[0];
    }

    @Override
    public boolean hasVariables() {
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WasmValue v && v.value.equals(value) && v.getDebugTarget() == getDebugTarget();
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
