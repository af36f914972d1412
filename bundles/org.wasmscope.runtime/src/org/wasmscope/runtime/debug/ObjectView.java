package org.wasmscope.runtime.debug;

import java.util.ArrayList;
import java.util.List;

import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.store.ArrayInst;
import org.wasmscope.runtime.store.GcObject;
import org.wasmscope.runtime.store.Layout;
import org.wasmscope.runtime.store.StructInst;
import org.wasmscope.runtime.syntax.DefType;
import org.wasmscope.runtime.syntax.FieldType;
import org.wasmscope.runtime.syntax.StructType;

/**
 * A struct or array instance (3.0, spec: aggregate instances), live: its identity (the serial number the store gave it
 * at allocation, stable and never reused), its defined type, and its fields or elements read when asked.
 * The view holds the object itself, so it never refers to another one; after the heap reclaimed the
 * object (only once nothing in the program reaches it) the view still reads its last values.
 */
public final class ObjectView {
    private final GcObject object;
    private final ValueFormat format;

    ObjectView(GcObject object, ValueFormat format) {
        this.object = object;
        this.format = format;
    }

    /** The serial number: 1 for the store's first object, in allocation order. */
    public long serial() {
        return object.serial;
    }

    /** {@code struct#3} or {@code array#4}. */
    public String identity() {
        return ValueFormat.identity(object);
    }

    public boolean isArray() {
        return object instanceof ArrayInst;
    }

    public DefType type() {
        return object.type();
    }

    /** The type as a module names it ({@code $point}), else its canonical name. */
    public String typeName() {
        return format.typeName(object.type());
    }

    /** A reference to the object, of type {@code (ref $t)}. */
    public Value ref() {
        return Value.ref(object.type().ref, object.ref());
    }

    /** The number of fields of a struct, of elements of an array. */
    public int length() {
        return object instanceof ArrayInst a ? a.length : object.layout.types.length;
    }

    /** A struct's fields; an array's first {@link ValueFormat#ARRAY_ELEMENTS_SHOWN} elements. */
    public List<FieldView> fields() {
        return fields(0, object instanceof ArrayInst ? ValueFormat.ARRAY_ELEMENTS_SHOWN : length());
    }

    /** Fields or elements {@code offset ..} up to {@code limit} of them. */
    public List<FieldView> fields(int offset, int limit) {
        List<FieldView> out = new ArrayList<>();
        Layout l = object.layout;
        for (int i = Math.max(0, offset); i < length() && i - offset < limit; i++) {
            if (object instanceof StructInst s) {
                FieldType t = ((StructType) l.type.comp()).fields[i];
                out.add(new FieldView(i, format.fieldName(l.type, i), t, value(l, i, s.fields, l.slot[i])));
            } else {
                ArrayInst a = (ArrayInst) object;
                out.add(new FieldView(i, null, l.type.array().element(), value(l, 0, a.slots, i * l.slots)));
            }
        }
        return out;
    }

    private static Value value(Layout l, int field, long[] slots, int at) {
        return Value.ofSlots(l.types[field], slots[at], l.types[field].slots() == 2 ? slots[at + 1] : 0);
    }

    /** As {@link ValueFormat#full}: {@code (ref $point) struct#3 {x: i32 1, y: i32 2}}. */
    @Override
    public String toString() {
        return format.full(ref());
    }
}
