package org.wasmscope.debug.core.model;

import java.util.List;

import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.IDebugTarget;
import org.eclipse.debug.core.model.IIndexedValue;
import org.eclipse.debug.core.model.IValue;
import org.eclipse.debug.core.model.IVariable;
import org.wasmscope.runtime.RefBits;
import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.debug.FieldView;
import org.wasmscope.runtime.debug.ObjectView;
import org.wasmscope.runtime.debug.Session;
import org.wasmscope.runtime.syntax.DefType;
import org.wasmscope.runtime.syntax.ValType;

/**
 * A reference to a struct or array instance (3.0, spec: aggregate instances) as the Variables view shows it,
 * like a Java object: {@code (ref $node) struct#3}, opening to its fields or elements. It is an indexed value,
 * so the Variables view groups a long array's elements in pages ({@code [0..99]}) as it does a Java array's.
 */
public final class ObjectValue extends WasmDebugElement implements IIndexedValue {
    private final ObjectView object;

    private ObjectValue(IDebugTarget target, ObjectView object) {
        super(target);
        this.object = object;
    }

    /** {@code v} as the Variables view shows it: an object reference as an ObjectValue, any other as a WasmValue. */
    static IValue of(WasmDebugTarget target, Value v) {
        Session session = target.session();
        ObjectView o = session != null && v.type().isRef() && RefBits.isObject(v.bits()) ? session.store().object(v) : null;
        return o == null ? new WasmValue(target, v) : new ObjectValue(target, o);
    }

    /** A value type, a reference to a defined type by the type's name: {@code (ref null $node)}. */
    static String typeText(WasmDebugTarget target, ValType t) {
        Session session = target.session();
        return session != null && t.isRef() && t.heap instanceof DefType ? session.store().format().typeText(t) : t.toString();
    }

    public ObjectView object() {
        return object;
    }

    @Override
    public String getReferenceTypeName() {
        return "(ref " + object.typeName() + ")";
    }

    @Override
    public String getValueString() {
        return getReferenceTypeName() + " " + object.identity() + (object.isArray() ? " length " + object.length() : "");
    }

    @Override
    public boolean isAllocated() {
        return true;
    }

    @Override
    public boolean hasVariables() {
        return object.length() > 0;
    }

    @Override
    public IVariable[] getVariables() {
        return getVariables(0, object.length());
    }

    @Override
    public IVariable[] getVariables(int offset, int length) throws IndexOutOfBoundsException {
        List<FieldView> fields = object.fields(offset, length);
        return fields.stream().map(f -> new FieldVariable(target(), object, f)).toArray(IVariable[]::new);
    }

    @Override
    public IVariable getVariable(int offset) throws DebugException {
        List<FieldView> fields = object.fields(offset, 1);
        if (fields.isEmpty()) {
            throw failed(object.identity() + " has no " + (object.isArray() ? "element " : "field ") + offset, null);
        }
        return new FieldVariable(target(), object, fields.get(0));
    }

    @Override
    public int getSize() {
        return object.length();
    }

    @Override
    public int getInitialOffset() {
        return 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ObjectValue v && v.object.serial() == object.serial() && v.getDebugTarget() == getDebugTarget();
    }

    @Override
    public int hashCode() {
        return Long.hashCode(object.serial());
    }
}
