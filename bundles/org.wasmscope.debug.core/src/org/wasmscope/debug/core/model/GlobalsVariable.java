package org.wasmscope.debug.core.model;

import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.IDebugTarget;
import org.eclipse.debug.core.model.IValue;
import org.eclipse.debug.core.model.IVariable;

/** The "globals" entry of a frame's variables: the module instance's globals as its children. */
final class GlobalsVariable extends WasmDebugElement implements IVariable, IValue {
    private final IVariable[] globals;

    GlobalsVariable(IDebugTarget target, IVariable[] globals) {
        super(target);
        this.globals = globals;
    }

    @Override
    public String getName() {
        return "globals";
    }

    @Override
    public IValue getValue() {
        return this;
    }

    @Override
    public String getReferenceTypeName() {
        return "";
    }

    @Override
    public String getValueString() {
        return globals.length + " global(s)";
    }

    @Override
    public boolean hasValueChanged() throws DebugException {
        for (IVariable g : globals) {
            if (g.hasValueChanged()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean isAllocated() {
        return true;
    }

    @Override
    public IVariable[] getVariables() {
        return globals;
    }

    @Override
    public boolean hasVariables() {
        return globals.length > 0;
    }

    @Override
    public boolean supportsValueModification() {
        return false;
    }

    @Override
    public void setValue(String expression) throws DebugException {
        throw failed("globals are changed one by one", null);
    }

    @Override
    public void setValue(IValue value) throws DebugException {
        throw failed("globals are changed one by one", null);
    }

    @Override
    public boolean verifyValue(String expression) {
        return false;
    }

    @Override
    public boolean verifyValue(IValue value) {
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GlobalsVariable g && g.getDebugTarget() == getDebugTarget();
    }

    @Override
    public int hashCode() {
        return getDebugTarget().hashCode();
    }
}
