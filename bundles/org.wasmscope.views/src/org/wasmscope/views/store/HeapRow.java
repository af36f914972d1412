package org.wasmscope.views.store;

import java.util.ArrayList;
import java.util.List;

import org.wasmscope.runtime.debug.ModuleView;
import org.wasmscope.runtime.debug.ObjectView;
import org.wasmscope.runtime.debug.StoreView;
import org.wasmscope.runtime.syntax.DefType;
import org.wasmscope.views.common.NumberFormat;
import org.wasmscope.views.common.ObjectRows;
import org.wasmscope.views.common.Row;

/**
 * The struct and array instances (3.0, spec: aggregate instances) reachable from the machine's roots at this
 * suspension, in allocation order, each opening to its fields; in pages of {@value StoreRows#PAGE}, each read
 * from the store only when opened.
 */
record HeapRow(StoreView store) implements Row {
    /** Whether a module of the store defines a struct or array type (else there is no heap to show). */
    static boolean usesGc(StoreView store) {
        for (ModuleView m : store.modules()) {
            for (DefType t : m.instance().types) {
                if (!t.isFunc()) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public String text(int column, NumberFormat format) {
        int n = store.objectCount();
        return column == 0 ? "heap" : column == 2 ? n + (n == 1 ? " object" : " objects") : "";
    }

    @Override
    public Object key() {
        return "heap";
    }

    @Override
    public String tooltip() {
        return "Struct and array instances (spec: aggregate instances) reachable from the operand stacks, locals,"
                + " globals, tables, element segments and exceptions, oldest first; open one for its fields";
    }

    @Override
    public boolean hasChildren() {
        return store.objectCount() > 0;
    }

    @Override
    public List<? extends Row> children() {
        int n = store.objectCount();
        if (n <= StoreRows.PAGE) {
            return objects(store, 0, n);
        }
        List<Row> pages = new ArrayList<>();
        for (int from = 0; from < n; from += StoreRows.PAGE) {
            pages.add(new Page(store, from, Math.min(n, from + StoreRows.PAGE)));
        }
        return pages;
    }

    /**
     * The rows from the heap row down to the row of {@code o}, which {@link StoreView#objects} lists at
     * {@code position}: through the page that holds it when the heap is paged.
     */
    static List<Row> pathTo(StoreView store, ObjectView o, int position) {
        HeapRow heap = new HeapRow(store);
        int n = store.objectCount();
        if (n <= StoreRows.PAGE) {
            return List.of(heap, new ObjectRow(store, o));
        }
        int from = position / StoreRows.PAGE * StoreRows.PAGE;
        return List.of(heap, new Page(store, from, Math.min(n, from + StoreRows.PAGE)), new ObjectRow(store, o));
    }

    private static List<Row> objects(StoreView store, int from, int to) {
        List<Row> rows = new ArrayList<>();
        for (ObjectView o : store.objects(from, to - from)) {
            rows.add(new ObjectRow(store, o));
        }
        return rows;
    }

    /** Objects {@code [from, to)} of the heap. */
    record Page(StoreView store, int from, int to) implements Row {
        @Override
        public String text(int column, NumberFormat format) {
            return column == 0 ? "heap " + from + ".." + (to - 1) : "";
        }

        @Override
        public Object key() {
            return "heap page " + from;
        }

        @Override
        public boolean hasChildren() {
            return true;
        }

        @Override
        public List<? extends Row> children() {
            return objects(store, from, to);
        }
    }

    /** One object, by its identity: its type, its size, and its fields as children. */
    record ObjectRow(StoreView store, ObjectView o) implements Row {
        @Override
        public String text(int column, NumberFormat format) {
            return switch (column) {
                case 0 -> o.identity();
                case 1 -> o.typeName();
                case 2 -> o.isArray() ? "length " + o.length() : o.length() + (o.length() == 1 ? " field" : " fields");
                default -> "";
            };
        }

        @Override
        public Object key() {
            return o.identity();
        }

        @Override
        public String tooltip() {
            return (o.isArray() ? "Array" : "Struct") + " instance " + o.serial() + " (numbered in allocation order) of type "
                    + o.typeName();
        }

        @Override
        public boolean hasChildren() {
            return o.length() > 0;
        }

        @Override
        public List<? extends Row> children() {
            return ObjectRows.children(store, key(), o.ref());
        }
    }
}
