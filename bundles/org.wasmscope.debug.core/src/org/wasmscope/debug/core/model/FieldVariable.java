package org.wasmscope.debug.core.model;

import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.IValue;
import org.eclipse.debug.core.model.IVariable;
import org.wasmscope.runtime.debug.FieldView;
import org.wasmscope.runtime.debug.ObjectView;
import org.wasmscope.runtime.syntax.ValType;

/**
 * A field of a struct ({@code $key}, or {@code field 1} without a name) or an element of an array
 * ({@code [0]}), read when the object was opened. Not editable.
 */
final class FieldVariable extends WasmDebugElement implements IVariable {
    private final ObjectView owner;
    private final FieldView field;

    FieldVariable(WasmDebugTarget target, ObjectView owner, FieldView field) {
        super(target);
        this.owner = owner;
        this.field = field;
    }

    @Override
    public String getName() {
        if (owner.isArray()) {
            return "[" + field.index() + "]";
        }
        return field.name() == null ? "field " + field.index() : "$" + field.name();
    }

    @Override
    public IValue getValue() {
        return ObjectValue.of(target(), field.value());
    }

    @Override
    public String getReferenceTypeName() {
        String storage = field.type().storage() instanceof ValType t ? ObjectValue.typeText(target(), t)
                : field.type().storage().toString();
        return (field.type().mutable() ? "mut " : "") + storage;
    }

    @Override
    public boolean hasValueChanged() {
        return false;
    }

    @Override
    public boolean supportsValueModification() {
        return false;
    }

    @Override
    public void setValue(String expression) throws DebugException {
        throw failed("fields are not editable here", null);
    }

    @Override
    public void setValue(IValue value) throws DebugException {
        throw failed("fields are not editable here", null);
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
        return o instanceof FieldVariable v && v.owner.serial() == owner.serial() && v.field.index() == field.index()
                && v.getDebugTarget() == getDebugTarget();
    }

    @Override
    public int hashCode() {
        return Long.hashCode(owner.serial()) * 31 + field.index();
    }
}
