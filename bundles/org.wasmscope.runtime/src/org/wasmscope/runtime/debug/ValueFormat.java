package org.wasmscope.runtime.debug;

import java.util.List;
import java.util.Map;

import org.wasmscope.runtime.RefBits;
import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.store.ExnInst;
import org.wasmscope.runtime.store.GcObject;
import org.wasmscope.runtime.store.ModuleInst;
import org.wasmscope.runtime.store.Store;
import org.wasmscope.runtime.store.StructInst;
import org.wasmscope.runtime.syntax.DefType;
import org.wasmscope.runtime.syntax.ValType;

/**
 * How values are written for people where the store is at hand (the command line's results and traces, the
 * debugger): as {@link Value#toString()} does, except that a reference to a struct or array instance shows
 * the object: its defined type (by the name a module gives it, e.g. {@code $point}), its identity (kind and
 * serial number, stable while it lives) and, written in full, its fields or its length and first elements:
 *
 * <pre>
 *  (ref $point) struct#3 {x: i32 1, y: i32 2}
 *  (ref $bytes) array#4 length 300 [i8 104, i8 105, i8 33, i8 0, i8 0, i8 0, i8 0, i8 0, ...]
 *  i31:5
 * </pre>
 *
 * A reference inside an object is written briefly (type and identity, or {@code null}), so cycles end.
 */
public final class ValueFormat {
    /** How many array elements the full form shows. */
    public static final int ARRAY_ELEMENTS_SHOWN = 8;

    private final Store store;
    private final List<ModuleInst> naming;

    /** Names types and fields as the modules in {@code naming} do (the first that names one). */
    public ValueFormat(Store store, List<ModuleInst> naming) {
        this.store = store;
        this.naming = List.copyOf(naming);
    }

    /** A value, a struct or array in full (its fields or first elements). */
    public String full(Value v) {
        GcObject o = object(v);
        if (o == null) {
            return brief(v);
        }
        ObjectView view = new ObjectView(o, this);
        StringBuilder b = new StringBuilder(brief(v));
        if (view.isArray()) {
            b.append(" length ").append(view.length()).append(" [");
        } else {
            b.append(" {");
        }
        for (FieldView f : view.fields()) {
            b.append(f.index() > 0 ? ", " : "");
            if (!view.isArray()) {
                b.append(f.displayName()).append(": ");
            }
            b.append(!f.value().type().isRef() ? f.type().storage() + " " + f.value().valueText()
                    : f.value().isNull() ? "null" : brief(f.value()));
        }
        if (view.isArray()) {
            b.append(view.length() > ValueFormat.ARRAY_ELEMENTS_SHOWN ? ", ...]" : "]");
        } else {
            b.append('}');
        }
        return b.toString();
    }

    /**
     * A value, a struct or array by its type and identity only: {@code (ref $point) struct#3}; an i31 by its
     * value: {@code i31:5}; another reference as {@link Value#toString()} writes it, a defined type by its name:
     * {@code (ref null $point):null}.
     */
    public String brief(Value v) {
        if (!v.type().isRef()) {
            return v.toString();
        }
        if (RefBits.isI31(v.bits())) {
            return v.valueText(); // i31:5, whatever the static type
        }
        if (RefBits.kind(v.bits()) == RefBits.EXCEPTION) {
            return typeText(v.type()) + ":" + exceptionIdentity(v.bits());
        }
        if (!RefBits.isObject(v.bits())) {
            return typeText(v.type()) + ":" + v.valueText();
        }
        GcObject o = object(v);
        String kind = RefBits.kind(v.bits()) == RefBits.STRUCT ? "struct" : "array";
        return o == null ? kind + " (reclaimed)" : "(ref " + typeName(o.type()) + ") " + identity(o);
    }

    /** An exception instance's identity, as an object's: {@code exn#5}, or {@code exn (reclaimed)}. */
    private String exceptionIdentity(long ref) {
        ExnInst e = store.heap().findException(ref);
        return e == null ? "exn (reclaimed)" : "exn#" + e.serial;
    }

    /** An object's identity: {@code struct#3}, {@code array#4}. */
    public static String identity(GcObject o) {
        return (o instanceof StructInst ? "struct#" : "array#") + o.serial;
    }

    /** A defined type by the name the first naming module gives it ({@code $point}), else as DefType writes it. */
    public String typeName(DefType t) {
        for (ModuleInst m : naming) {
            for (int i = 0; i < m.types.length; i++) {
                String n = m.types[i] == t ? m.module.names.types.get(i) : null;
                if (n != null) {
                    return "$" + n;
                }
            }
        }
        return t.toString();
    }

    /** A value type, a reference to a defined type by the type's name: {@code (ref null $point)}. */
    public String typeText(ValType t) {
        return t.isRef() && t.heap instanceof DefType d ? "(ref " + (t.nullable ? "null " : "") + typeName(d) + ")"
                : t.toString();
    }

    /** The name the first naming module gives field {@code i} of struct type {@code t}, or null. */
    String fieldName(DefType t, int i) {
        for (ModuleInst m : naming) {
            for (int k = 0; k < m.types.length; k++) {
                Map<Integer, String> fields = m.types[k] == t ? m.module.names.fields.get(k) : null;
                if (fields != null && fields.get(i) != null) {
                    return fields.get(i);
                }
            }
        }
        return null;
    }

    /** The live object {@code v} refers to, or null. */
    private GcObject object(Value v) {
        return v.type().isRef() ? store.heap().find(v.bits()) : null;
    }
}
