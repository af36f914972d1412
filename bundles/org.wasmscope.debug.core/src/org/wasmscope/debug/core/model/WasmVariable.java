package org.wasmscope.debug.core.model;

import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.IDebugTarget;
import org.eclipse.debug.core.model.IValue;
import org.eclipse.debug.core.model.IVariable;
import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.syntax.ValType;
import org.wasmscope.runtime.text.ValueParser;

/**
 * A named, typed value of the machine: a local of a frame or a global. Values are read from the
 * session's current snapshot each time, so a variable object stays valid across steps; edits are parsed
 * like launch arguments ({@code 42}, {@code 0x2a}, {@code 1.5}, {@code nan}).
 */
public abstract class WasmVariable extends WasmDebugElement implements IVariable {
    protected WasmVariable(IDebugTarget target) {
        super(target);
    }

    /** The current value. */
    protected abstract Value current();

    /** Writes a value of the variable's type into the machine. */
    protected abstract void write(Value v);

    protected abstract boolean mutable();

    protected ValType type() {
        return current().type();
    }

    @Override
    public IValue getValue() {
        return ObjectValue.of(target(), current());
    }

    @Override
    public String getReferenceTypeName() {
        return ObjectValue.typeText(target(), type());
    }

    @Override
    public boolean supportsValueModification() {
        return mutable() && target().acceptsWrites();
    }

    @Override
    public boolean verifyValue(String expression) {
        try {
            ValueParser.parse(type(), expression.trim());
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public boolean verifyValue(IValue value) {
        return value instanceof WasmValue v && v.value().type() == type();
    }

    @Override
    public void setValue(String expression) throws DebugException {
        Value v;
        try {
            v = ValueParser.parse(type(), expression.trim());
        } catch (IllegalArgumentException e) {
            throw failed("\"" + expression + "\" is not a " + type() + " value", e);
        }
        set(v);
    }

    @Override
    public void setValue(IValue value) throws DebugException {
        if (!(value instanceof WasmValue v)) {
            throw failed("not a WebAssembly value: " + value, null);
        }
        set(v.value());
    }

    private void set(Value v) throws DebugException {
        try {
            write(v);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw failed("Cannot set " + getName() + ": " + e.getMessage(), e);
        }
        changed();
        target().valuesWritten();
    }
}
