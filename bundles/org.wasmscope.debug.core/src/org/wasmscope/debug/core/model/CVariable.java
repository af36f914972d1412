package org.wasmscope.debug.core.model;

import java.util.List;

import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.IDebugTarget;
import org.eclipse.debug.core.model.IValue;
import org.eclipse.debug.core.model.IVariable;
import org.wasmscope.runtime.dwarf.CValue;

/**
 * A C variable of a source frame, or a part of one (a member, an element, what a pointer points to), as
 * the Variables view shows it: its name, its C type, its value read through its DWARF location, and its
 * parts as children. A scalar whose location is a place (memory, a WebAssembly local, global or operand) is
 * edited in C terms ({@code 42}, {@code 2.5}, {@code 'A'}, {@code BLUE}, {@code 0x1040}); a computed value,
 * a constant or an aggregate is not ({@link CValue#readOnlyReason()}). Equal to the variable at the same path of
 * the same frame, so the view keeps its expansion across steps.
 */
final class CVariable extends WasmDebugElement implements IVariable, IValue {
    private final WasmStackFrame frame;
    private final String path;
    private final CValue value;

    CVariable(IDebugTarget target, WasmStackFrame frame, String path, CValue value) {
        super(target);
        this.frame = frame;
        this.path = path;
        this.value = value;
    }

    static IVariable[] of(IDebugTarget target, WasmStackFrame frame, String parent, List<CValue> values) {
        IVariable[] out = new IVariable[values.size()];
        for (int i = 0; i < out.length; i++) {
            CValue v = values.get(i);
            out[i] = new CVariable(target, frame, parent + "/" + v.name(), v);
        }
        return out;
    }

    @Override
    public String getName() {
        return value.name();
    }

    @Override
    public IValue getValue() {
        return this;
    }

    @Override
    public String getReferenceTypeName() {
        return value.type().displayName();
    }

    @Override
    public String getValueString() {
        return value.text();
    }

    @Override
    public boolean isAllocated() {
        return value.isAvailable();
    }

    @Override
    public IVariable[] getVariables() {
        return of(getDebugTarget(), frame, path, value.children());
    }

    @Override
    public boolean hasVariables() {
        return value.hasChildren();
    }

    @Override
    public boolean hasValueChanged() {
        return false;
    }

    @Override
    public boolean supportsValueModification() {
        return value.isWritable() && target().acceptsWrites();
    }

    /** Writes the value to where the variable lives; every view reads the machine again. */
    @Override
    public void setValue(String expression) throws DebugException {
        try {
            value.set(expression);
        } catch (IllegalArgumentException | IllegalStateException | IndexOutOfBoundsException e) {
            throw failed("Cannot set " + value.name() + ": " + e.getMessage(), e);
        }
        target().valuesWritten();
    }

    @Override
    public void setValue(IValue v) throws DebugException {
        setValue(v.getValueString());
    }

    @Override
    public boolean verifyValue(String expression) {
        return value.accepts(expression);
    }

    @Override
    public boolean verifyValue(IValue v) {
        try {
            return value.accepts(v.getValueString());
        } catch (DebugException e) {
            return false;
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CVariable v && v.frame.equals(frame) && v.path.equals(path);
    }

    @Override
    public int hashCode() {
        return frame.hashCode() * 31 + path.hashCode();
    }
}
