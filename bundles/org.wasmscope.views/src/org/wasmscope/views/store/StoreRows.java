package org.wasmscope.views.store;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;

import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.debug.Changes;
import org.wasmscope.runtime.debug.ExceptionView;
import org.wasmscope.runtime.debug.FunctionView;
import org.wasmscope.runtime.debug.GlobalView;
import org.wasmscope.runtime.debug.MemoryView;
import org.wasmscope.runtime.debug.ModuleView;
import org.wasmscope.runtime.debug.SegmentView;
import org.wasmscope.runtime.debug.StoreView;
import org.wasmscope.runtime.debug.TableView;
import org.wasmscope.runtime.debug.TagView;
import org.wasmscope.runtime.syntax.ExternKind;
import org.wasmscope.runtime.syntax.MemType;
import org.wasmscope.runtime.syntax.ValType;
import org.wasmscope.runtime.text.ValueParser;
import org.wasmscope.views.common.EditableRow;
import org.wasmscope.views.common.NumberFormat;
import org.wasmscope.views.common.ObjectRows;
import org.wasmscope.views.common.Row;
import org.wasmscope.views.common.TypeText;
import org.wasmscope.views.common.ValueText;
import org.wasmscope.views.common.ValueRow;

/**
 * The store view's rows: first the module instances (spec 4.2.5), each with its address maps and
 * exports, whose rows {@linkplain Link lead to} the store entries; then the store's instances by kind,
 * each numbered by its address as the spec numbers them (spec 4.2.3). Columns: address, type, value (or
 * size), details. Table elements are paged in {@value #PAGE}s so a large table opens quickly.
 */
final class StoreRows {
    static final int PAGE = 100;

    private StoreRows() {
    }

    static List<Row> of(StoreView store, Changes changes) {
        List<Row> kinds = new ArrayList<>();
        for (ModuleView m : store.modules()) {
            kinds.add(new ModuleRow(m));
        }
        kinds.add(new KindRow("funcs", "Function instances (spec 4.2.6): the closure of a function with its module instance, or a host function",
                store.functions(), f -> new FuncRow(store, f)));
        kinds.add(new KindRow("tables", "Table instances (spec 4.2.8): a vector of references with its table type",
                store.tables(), t -> new TableRow(store, t)));
        kinds.add(new KindRow("mems", "Memory instances (spec 4.2.9): a vector of bytes in 64 KiB pages; the dump below shows the selected one",
                store.memories(), m -> new MemRow(m, changes.memoryChanged(m.address(), 0, m.byteSize()))));
        kinds.add(new KindRow("globals", "Global instances (spec 4.2.10): a value with its global type; mutable ones can be edited",
                store.globals(), g -> new GlobalRow(store, g, changes.global(g.address()))));
        kinds.add(new KindRow("elems", "Element instances (spec 4.2.12): the references of an element segment; empty once dropped",
                store.elems(), e -> new SegmentRow(store, e)));
        kinds.add(new KindRow("datas", "Data instances (spec 4.2.13): the bytes of a data segment; empty once dropped",
                store.datas(), d -> new SegmentRow(store, d)));
        kinds.add(new KindRow("tags", "Tag instances (spec 4.2.12): the identities exceptions are thrown and caught by, each with the type of its payload",
                store.tags(), t -> new TagRow(t, store.tagName(t.address()))));
        kinds.add(new KindRow("exns", "Exception instances (spec 4.2.13): an exception's tag and payload, kept while an exnref may refer to it",
                store.exceptions(), e -> new ExnRow(e, store.describe(e))));
        if (HeapRow.usesGc(store)) {
            kinds.add(new HeapRow(store));
        }
        return kinds;
    }

    /** A row that stands for a store entry: opening it selects that entry's row (its {@link Row#key()}). */
    interface Link extends Row {
        String target();
    }

    /**
     * The rows from a kind row down to the instance row with key {@code target} (through its page when the
     * kind is paged), or an empty list.
     */
    static List<Row> pathTo(List<Row> rows, String target) {
        for (Row row : rows) {
            if (row instanceof KindRow kind) {
                for (Row child : kind.children()) {
                    if (child.key().equals(target)) {
                        return List.of(kind, child);
                    }
                    if (child instanceof InstancePage page) {
                        for (Row instance : page.rows()) {
                            if (instance.key().equals(target)) {
                                return List.of(kind, page, instance);
                            }
                        }
                    }
                }
            }
        }
        return List.of();
    }

    /**
     * A module instance (spec 4.2.5): its address maps, one per index space, and its exports. Named by its
     * module instance's name; two instances of one file would share it, so the key counts on its functions.
     */
    record ModuleRow(ModuleView m) implements Row {
        @Override
        public String text(int column, NumberFormat format) {
            return switch (column) {
                case 0 -> "module " + (m.name() == null ? "(unnamed)" : m.name());
                case 2 -> "module instance";
                default -> "";
            };
        }

        @Override
        public Object key() {
            return List.of("module", m.name() == null ? "" : m.name(), m.funcAddrs());
        }

        @Override
        public String tooltip() {
            return "Module instance (spec 4.2.5): for each index space the store addresses its indices stand for"
                    + " (imports first), and its exports; open a row to show the store entry";
        }

        @Override
        public boolean hasChildren() {
            return true;
        }

        @Override
        public boolean openInitially() {
            return true;
        }

        @Override
        public List<? extends Row> children() {
            List<Row> rows = new ArrayList<>();
            rows.add(new AddressMapRow(this, "funcaddrs", "func", m.funcAddrs()));
            rows.add(new AddressMapRow(this, "tableaddrs", "table", m.tableAddrs()));
            rows.add(new AddressMapRow(this, "memaddrs", "mem", m.memAddrs()));
            rows.add(new AddressMapRow(this, "globaladdrs", "global", m.globalAddrs()));
            rows.add(new AddressMapRow(this, "elemaddrs", "elem", m.elemAddrs()));
            rows.add(new AddressMapRow(this, "dataaddrs", "data", m.dataAddrs()));
            rows.add(new AddressMapRow(this, "tagaddrs", "tag", m.tagAddrs()));
            rows.add(new ExportsRow(this, m.exports()));
            return rows;
        }
    }

    /** One address map of a module instance: index i of the index space stands for the store address. */
    record AddressMapRow(ModuleRow module, String field, String kind, List<Integer> addresses) implements Row {
        @Override
        public String text(int column, NumberFormat format) {
            return switch (column) {
                case 0 -> field;
                case 2 -> addresses.size() + (addresses.size() == 1 ? " address" : " addresses");
                default -> "";
            };
        }

        @Override
        public Object key() {
            return List.of(module.key(), field);
        }

        @Override
        public String tooltip() {
            return "The module's " + kind + " index space: index i stands for the " + kind + " instance at the address shown";
        }

        @Override
        public boolean hasChildren() {
            return !addresses.isEmpty();
        }

        @Override
        public List<? extends Row> children() {
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < addresses.size(); i++) {
                rows.add(new IndexRow(this, i, kind + " " + addresses.get(i)));
            }
            return paged(field, rows);
        }
    }

    /** Index {@code index} of an address map, standing for the store entry {@code target}. */
    record IndexRow(AddressMapRow map, int index, String target) implements Link {
        @Override
        public String text(int column, NumberFormat format) {
            return switch (column) {
                case 0 -> map.kind() + " " + index;
                case 2 -> "\u2192 " + target;
                default -> "";
            };
        }

        @Override
        public Object key() {
            return List.of(map.key(), index);
        }

        @Override
        public String tooltip() {
            return map.kind() + " index " + index + " of the module stands for " + target + " of the store; open to show it";
        }
    }

    /** A module instance's exports (spec 4.2.11: each a name and an external value). */
    record ExportsRow(ModuleRow module, List<ModuleView.Export> exports) implements Row {
        @Override
        public String text(int column, NumberFormat format) {
            return switch (column) {
                case 0 -> "exports";
                case 2 -> exports.size() + (exports.size() == 1 ? " export" : " exports");
                default -> "";
            };
        }

        @Override
        public Object key() {
            return List.of(module.key(), "exports");
        }

        @Override
        public boolean hasChildren() {
            return !exports.isEmpty();
        }

        @Override
        public boolean openInitially() {
            return true;
        }

        @Override
        public List<? extends Row> children() {
            List<Row> rows = new ArrayList<>();
            for (ModuleView.Export e : exports) {
                rows.add(new ExportRow(this, e));
            }
            return paged("exports", rows);
        }
    }

    record ExportRow(ExportsRow exports, ModuleView.Export export) implements Link {
        @Override
        public String target() {
            return (export.kind() == ExternKind.MEMORY ? "mem" : export.kind().text) + " " + export.address();
        }

        @Override
        public String text(int column, NumberFormat format) {
            return switch (column) {
                case 0 -> "\"" + export.name() + "\"";
                case 1 -> export.kind().text;
                case 2 -> "\u2192 " + target();
                default -> "";
            };
        }

        @Override
        public Object key() {
            return List.of(exports.key(), export.name());
        }

        @Override
        public String tooltip() {
            return "Export instance (spec 4.2.11): the name and the external value, " + target() + " of the store; open to show it";
        }
    }

    /** A kind of instance with its instances as children. */
    record KindRow(String kind, String tooltip, List<Row> instances) implements Row {
        <T> KindRow(String kind, String tooltip, List<T> items, Function<T, Row> row) {
            this(kind, tooltip, items.stream().map(row).toList());
        }

        @Override
        public String text(int column, NumberFormat format) {
            return column == 0 ? kind : column == 2 ? instances.size() + (instances.size() == 1 ? " instance" : " instances") : "";
        }

        @Override
        public boolean changed() {
            return instances.stream().anyMatch(Row::changed);
        }

        @Override
        public Object key() {
            return kind;
        }

        @Override
        public boolean hasChildren() {
            return !instances.isEmpty();
        }

        @Override
        public boolean openInitially() {
            return true;
        }

        @Override
        public List<? extends Row> children() {
            return paged(kind, instances);
        }
    }

    /** {@code rows} as they are, or in pages of {@value #PAGE} when there are more (a C program has thousands of functions). */
    static List<Row> paged(String key, List<Row> rows) {
        if (rows.size() <= PAGE) {
            return rows;
        }
        List<Row> pages = new ArrayList<>();
        for (int start = 0; start < rows.size(); start += PAGE) {
            pages.add(new InstancePage(key, start, rows.subList(start, Math.min(rows.size(), start + PAGE))));
        }
        return pages;
    }

    /** Instances {@code from..} of one kind. */
    record InstancePage(String kind, int from, List<Row> rows) implements Row {
        @Override
        public String text(int column, NumberFormat format) {
            return column == 0 ? kind + " " + from + ".." + (from + rows.size() - 1) : "";
        }

        @Override
        public boolean changed() {
            return rows.stream().anyMatch(Row::changed);
        }

        @Override
        public Object key() {
            return kind + " page " + from;
        }

        @Override
        public boolean hasChildren() {
            return true;
        }

        @Override
        public List<? extends Row> children() {
            return rows;
        }
    }

    record FuncRow(StoreView store, FunctionView f) implements Row {
        @Override
        public String text(int column, NumberFormat format) {
            return switch (column) {
                case 0 -> "func " + f.address();
                case 1 -> TypeText.of(f.type(), t -> ObjectRows.typeText(store, t));
                case 2 -> f.displayName();
                default -> f.isHost() ? "host function" : "module " + moduleName(f) + ", index " + f.index() + exports(f);
            };
        }

        /** The names the function is exported as, since an exported function often has no other name. */
        private static String exports(FunctionView f) {
            StringBuilder b = new StringBuilder();
            f.module().exports.forEach((name, ev) -> {
                if (ev.kind() == ExternKind.FUNC && ev.func() == f.function()) {
                    b.append(", export \"").append(name).append('"');
                }
            });
            return b.toString();
        }

        private static String moduleName(FunctionView f) {
            String n = f.module().name;
            return n == null ? "(unnamed)" : n;
        }

        @Override
        public Object key() {
            return "func " + f.address();
        }

        @Override
        public String tooltip() {
            return "Function address " + f.address() + " (spec 4.2.6)";
        }
    }

    record TableRow(StoreView store, TableView t) implements Row {
        @Override
        public String text(int column, NumberFormat format) {
            return switch (column) {
                case 0 -> "table " + t.address();
                case 1 -> t.type().elemType() + " " + TypeText.of(t.type().limits());
                case 2 -> "size " + t.size();
                default -> t.max() < 0 ? "no maximum" : "max " + t.max();
            };
        }

        @Override
        public Object key() {
            return "table " + t.address();
        }

        @Override
        public String tooltip() {
            return "Table address " + t.address() + " (spec 4.2.8): elements are references; a funcref holds a function address";
        }

        @Override
        public boolean hasChildren() {
            return t.size() > 0;
        }

        @Override
        public List<? extends Row> children() {
            return elements(store, 0, t.size(), t::element, "table " + t.address());
        }
    }

    /** Rows for elements {@code [from, to)}: one each, or pages of {@value #PAGE} when there are more. */
    static List<Row> elements(StoreView store, int from, int to, IntFunction<Value> element, String key) {
        List<Row> rows = new ArrayList<>();
        if (to - from > PAGE) {
            int size = PAGE;
            while ((long) size * PAGE < to - from) {
                size *= PAGE;
            }
            for (int start = from; start < to; start += size) {
                rows.add(new PageRow(store, key, start, Math.min(to, start + size), element));
            }
            return rows;
        }
        for (int i = from; i < to; i++) {
            rows.add(new ElementRow(store, key, i, element.apply(i)));
        }
        return rows;
    }

    record PageRow(StoreView store, String owner, int from, int to, IntFunction<Value> element) implements Row {
        @Override
        public String text(int column, NumberFormat format) {
            return column == 0 ? "[" + from + ".." + (to - 1) + "]" : "";
        }

        @Override
        public Object key() {
            return owner + " [" + from + "," + to + ")";
        }

        @Override
        public boolean hasChildren() {
            return true;
        }

        @Override
        public List<? extends Row> children() {
            return elements(store, from, to, element, owner);
        }
    }

    record ElementRow(StoreView store, String owner, int index, Value value) implements ValueRow {
        @Override
        public String text(int column, NumberFormat format) {
            return switch (column) {
                case 0 -> "[" + index + "]";
                case 1 -> ObjectRows.typeText(store, value.type());
                case 2 -> value.isNull() ? "null" : value.type().matches(ValType.FUNCREF) ? "func " + ValueText.of(value, format) : ObjectRows.text(store, value, format);
                default -> "";
            };
        }

        @Override
        public Object key() {
            return owner + " [" + index + "]";
        }

        @Override
        public String tooltip() {
            return value.type().matches(ValType.FUNCREF) ? "A function reference: the address of a function instance, or null"
                    : value.type().matches(ValType.EXTERNREF) ? "An external reference: a host value, or null"
                    : "A reference: a struct or array instance (open it for its fields), an i31, or null";
        }
    }

    record MemRow(MemoryView m, boolean changed) implements Row {
        @Override
        public String text(int column, NumberFormat format) {
            return switch (column) {
                case 0 -> "mem " + m.address();
                case 1 -> m.addrType() + " " + (m.maxPages() < 0 ? "{min " + m.pages() + "}" : "{min " + m.pages() + ", max " + m.maxPages() + "}");
                case 2 -> m.pages() + (m.pages() == 1 ? " page" : " pages") + " (" + size(m.byteSize()) + ")";
                default -> m.maxPages() < 0 ? "no maximum" : "max " + m.maxPages() + " pages";
            };
        }

        static String size(long bytes) {
            if (bytes >= (1L << 20) && bytes % (1L << 20) == 0) {
                return (bytes >> 20) + " MiB";
            }
            return bytes % 1024 == 0 ? (bytes >> 10) + " KiB" : bytes + " bytes";
        }

        @Override
        public Object key() {
            return "mem " + m.address();
        }

        @Override
        public String tooltip() {
            return "Memory address " + m.address() + " (spec 4.2.9): " + m.byteSize() + " bytes, pages of "
                    + MemType.PAGE_SIZE + " bytes, addressed by " + m.addrType() + (changed ? "; the last step wrote to it" : "")
                    + "; select it to show its bytes below";
        }
    }

    record TagRow(TagView t, String name) implements Row {
        @Override
        public String text(int column, NumberFormat format) {
            return switch (column) {
                case 0 -> "tag " + t.address();
                case 1 -> TypeText.of(t.type());
                case 2 -> name;
                default -> "payload " + TypeText.list(t.type().params);
            };
        }

        @Override
        public Object key() {
            return "tag " + t.address();
        }

        @Override
        public String tooltip() {
            return "Tag address " + t.address() + " (spec 4.2.12): exceptions thrown with it carry values of types "
                    + TypeText.list(t.type().params) + "; a catch clause naming it catches them";
        }
    }

    /** An exception instance; {@code text} its tag's name and its payload ({@link StoreView#describe}). */
    record ExnRow(ExceptionView e, String text) implements Row {
        @Override
        public String text(int column, NumberFormat format) {
            return switch (column) {
                case 0 -> "exn#" + e.serial();
                case 1 -> "tag " + e.tag();
                case 2 -> text;
                default -> "";
            };
        }

        @Override
        public Object key() {
            return "exn#" + e.serial();
        }

        @Override
        public String tooltip() {
            return "Exception #" + e.serial() + " (spec 4.2.13): thrown with tag address " + e.tag()
                    + " and its payload; exnrefs refer to it, and the heap reclaims it once none does";
        }
    }

    record GlobalRow(StoreView store, GlobalView g, boolean changed) implements EditableRow, ValueRow {
        @Override
        public Value value() {
            return g.value();
        }

        @Override
        public boolean canEdit(int column) {
            return column == 2 && g.mutable();
        }

        @Override
        public void write(int column, String text) {
            g.set(ValueParser.parse(g.type().type(), text));
        }

        @Override
        public String text(int column, NumberFormat format) {
            return switch (column) {
                case 0 -> "global " + g.address();
                case 1 -> TypeText.of(g.type(), t -> ObjectRows.typeText(store, t));
                case 2 -> ObjectRows.text(store, g.value(), format);
                default -> g.mutable() ? "mutable" : "immutable";
            };
        }

        @Override
        public Object key() {
            return "global " + g.address();
        }

        @Override
        public String tooltip() {
            return "Global address " + g.address() + " (spec 4.2.10)" + (g.mutable() ? "; click the value to change it" : "");
        }
    }

    record SegmentRow(StoreView store, SegmentView s) implements Row {
        @Override
        public String text(int column, NumberFormat format) {
            String kind = s.isElem() ? "elem " : "data ";
            return switch (column) {
                case 0 -> kind + s.address();
                case 1 -> s.isElem() ? s.elemType().toString() : "bytes";
                case 2 -> s.dropped() ? "dropped" : s.size() + (s.isElem() ? (s.size() == 1 ? " element" : " elements") : (s.size() == 1 ? " byte" : " bytes"));
                default -> s.dropped() ? "by elem.drop/data.drop, or at instantiation (active, declarative)" : "passive";
            };
        }

        @Override
        public Object key() {
            return (s.isElem() ? "elem " : "data ") + s.address();
        }

        @Override
        public String tooltip() {
            return s.isElem() ? "Element instance " + s.address() + " (spec 4.2.12)" : "Data instance " + s.address() + " (spec 4.2.13)";
        }

        @Override
        public boolean hasChildren() {
            return s.isElem() && !s.dropped() && s.size() > 0;
        }

        @Override
        public List<? extends Row> children() {
            return elements(store, 0, s.size(), s::element, "elem " + s.address());
        }
    }
}
