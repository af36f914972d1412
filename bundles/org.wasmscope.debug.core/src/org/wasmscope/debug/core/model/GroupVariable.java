package org.wasmscope.debug.core.model;

import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.IDebugTarget;
import org.eclipse.debug.core.model.IValue;
import org.eclipse.debug.core.model.IVariable;

/**
 * A read-only entry of a frame's variables that only groups others: it is its own value, its children are
 * the grouped variables, and it has changed when one of them has.
 */
abstract class GroupVariable extends WasmDebugElement implements IVariable, IValue {
    private final String name;
    private final IVariable[] children;

    GroupVariable(IDebugTarget target, String name, IVariable[] children) {
        super(target);
        this.name = name;
        this.children = children;
    }

    /** Why the group itself cannot be changed, for the error a change attempt reports. */
    abstract String changeHint();

    @Override
    public final String getName() {
        return name;
    }

    @Override
    public final IValue getValue() {
        return this;
    }

    @Override
    public final String getReferenceTypeName() {
        return "";
    }

    @Override
    public final boolean hasValueChanged() throws DebugException {
        for (IVariable v : children) {
            if (v.hasValueChanged()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public final boolean isAllocated() {
        return true;
    }

    @Override
    public final IVariable[] getVariables() {
        return children;
    }

    @Override
    public final boolean hasVariables() {
        return children.length > 0;
    }

    @Override
    public final boolean supportsValueModification() {
        return false;
    }

    @Override
    public final void setValue(String expression) throws DebugException {
        throw failed(changeHint(), null);
    }

    @Override
    public final void setValue(IValue value) throws DebugException {
        throw failed(changeHint(), null);
    }

    @Override
    public final boolean verifyValue(String expression) {
        return false;
    }

    @Override
    public final boolean verifyValue(IValue value) {
        return false;
    }
}
