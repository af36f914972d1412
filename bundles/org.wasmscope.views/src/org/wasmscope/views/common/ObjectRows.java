package org.wasmscope.views.common;

import java.util.ArrayList;
import java.util.List;

import org.wasmscope.runtime.RefBits;
import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.debug.FieldView;
import org.wasmscope.runtime.debug.ObjectView;
import org.wasmscope.runtime.debug.StoreView;
import org.wasmscope.runtime.syntax.DefType;
import org.wasmscope.runtime.syntax.FieldType;
import org.wasmscope.runtime.syntax.ValType;

/**
 * What a struct or array reference refers to (3.0, spec: aggregate instances), wherever a view shows a value (an
 * operand, a local, a global, a table element, another object's field): the value column names the object
 * ({@code (ref $node) struct#3}), and the row opens to its fields or elements, which open in turn. A long array's
 * elements come in pages of {@value #PAGE}, as the Variables view pages a Java array. Columns: name, type, value.
 */
public final class ObjectRows {
    static final int PAGE = 100;

    private ObjectRows() {
    }

    /** The object {@code v} refers to, or null (not an object reference, null, or reclaimed). */
    public static ObjectView object(StoreView store, Value v) {
        return v.type().isRef() && RefBits.isObject(v.bits()) ? store.object(v) : null;
    }

    /** The value column's text: an object reference by its type and identity, another value as {@link ValueText}. */
    public static String text(StoreView store, Value v, NumberFormat format) {
        ObjectView o = object(store, v);
        if (o == null) {
            return ValueText.of(v, format);
        }
        return "(ref " + o.typeName() + ") " + o.identity() + (o.isArray() ? " length " + o.length() : "");
    }

    /** The rows beneath a row with key {@code key} showing {@code v}: the object's fields or elements, or none. */
    public static List<Row> children(StoreView store, Object key, Value v) {
        ObjectView o = object(store, v);
        return o == null ? List.of() : fields(store, key, o, 0, o.length());
    }

    /** The rows of the object's fields or elements {@code [from, to)}: one each, or pages when there are more. */
    private static List<Row> fields(StoreView store, Object key, ObjectView o, int from, int to) {
        List<Row> rows = new ArrayList<>();
        if (o.isArray() && to - from > PAGE) {
            int size = PAGE;
            while ((long) size * PAGE < to - from) {
                size *= PAGE;
            }
            for (int start = from; start < to; start += size) {
                rows.add(new PageRow(store, key, o, start, Math.min(to, start + size)));
            }
            return rows;
        }
        for (FieldView f : o.fields(from, to - from)) {
            rows.add(new FieldRow(store, key, o, f));
        }
        return rows;
    }

    /** A field of a struct or an element of an array. */
    record FieldRow(StoreView store, Object ownerKey, ObjectView owner, FieldView field) implements ValueRow {
        @Override
        public Value value() {
            return field.value();
        }

        @Override
        public String text(int column, NumberFormat format) {
            return switch (column) {
                case 0 -> owner.isArray() ? "[" + field.index() + "]"
                        : field.name() == null ? "field " + field.index() : "$" + field.name() + " (field " + field.index() + ")";
                case 1 -> typeText(store, field.type());
                case 2 -> ObjectRows.text(store, field.value(), format);
                default -> "";
            };
        }

        @Override
        public Object key() {
            return List.of(ownerKey, field.index());
        }

        @Override
        public String tooltip() {
            return (owner.isArray() ? "Element " : "Field ") + field.index() + " of " + owner.identity() + ", of type "
                    + owner.typeName() + (owner.isArray() ? " (spec: array instances)" : " (spec: struct instances)")
                    + (field.type().isPacked() ? "; a packed value, shown zero-extended" : "");
        }
    }

    /** Elements {@code [from, to)} of a long array. */
    record PageRow(StoreView store, Object ownerKey, ObjectView owner, int from, int to) implements Row {
        @Override
        public String text(int column, NumberFormat format) {
            return column == 0 ? "[" + from + ".." + (to - 1) + "]" : "";
        }

        @Override
        public Object key() {
            return List.of(ownerKey, "page", from, to);
        }

        @Override
        public boolean hasChildren() {
            return true;
        }

        @Override
        public List<? extends Row> children() {
            return fields(store, ownerKey, owner, from, to);
        }
    }

    /** A field type, a reference to a defined type by the type's name: {@code mut (ref null $node)}, {@code i8}. */
    static String typeText(StoreView store, FieldType t) {
        String storage = t.storage() instanceof ValType v ? typeText(store, v) : t.storage().toString();
        return (t.mutable() ? "mut " : "") + storage;
    }

    /** A value type as {@link #typeText(StoreView, FieldType)} writes it. */
    public static String typeText(StoreView store, ValType t) {
        return t.isRef() && t.heap instanceof DefType ? store.format().typeText(t) : t.toString();
    }
}
