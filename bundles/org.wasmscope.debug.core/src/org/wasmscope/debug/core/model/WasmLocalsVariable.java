package org.wasmscope.debug.core.model;

import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.IValue;
import org.eclipse.debug.core.model.IVariable;

/**
 * The "WebAssembly" entry of a source frame's variables: the machine's view of the same frame, its
 * locals (editable) and the module's globals, under the C variables.
 */
final class WasmLocalsVariable extends WasmDebugElement implements IVariable, IValue {
    private final WasmStackFrame frame;
    private final IVariable[] machine;

    WasmLocalsVariable(WasmStackFrame frame, IVariable[] machine) {
        super(frame.getDebugTarget());
        this.frame = frame;
        this.machine = machine;
    }

    @Override
    public String getName() {
        return "WebAssembly";
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
        return frame.data().displayName() + ": locals and globals";
    }

    @Override
    public boolean hasValueChanged() throws DebugException {
        for (IVariable v : machine) {
            if (v.hasValueChanged()) {
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
        return machine;
    }

    @Override
    public boolean hasVariables() {
        return machine.length > 0;
    }

    @Override
    public boolean supportsValueModification() {
        return false;
    }

    @Override
    public void setValue(String expression) throws DebugException {
        throw failed("change the locals one by one", null);
    }

    @Override
    public void setValue(IValue value) throws DebugException {
        setValue("");
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
        return o instanceof WasmLocalsVariable v && v.frame.equals(frame);
    }

    @Override
    public int hashCode() {
        return frame.hashCode() + 1;
    }
}
