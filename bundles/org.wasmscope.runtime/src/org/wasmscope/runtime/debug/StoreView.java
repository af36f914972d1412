package org.wasmscope.runtime.debug;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.store.DataInst;
import org.wasmscope.runtime.store.ElemInst;
import org.wasmscope.runtime.store.ExnInst;
import org.wasmscope.runtime.store.FuncInst;
import org.wasmscope.runtime.store.GcObject;
import org.wasmscope.runtime.store.GlobalInst;
import org.wasmscope.runtime.store.MemInst;
import org.wasmscope.runtime.store.ModuleInst;
import org.wasmscope.runtime.store.Store;
import org.wasmscope.runtime.store.TableInst;
import org.wasmscope.runtime.store.TagInst;
import org.wasmscope.runtime.syntax.ExternKind;

/**
 * The store (spec 4.2.3) as the debugger sees it: every function, table, memory, global, element, data and
 * tag instance by address, and the exception instances not yet reclaimed. The views are live, not copies:
 * read them while the session is suspended (reading while it runs is safe for the JVM but sees values
 * mid-change). Writes are refused unless the session is {@link SessionState#SUSPENDED}.
 */
public final class StoreView {
    private final Store store;
    private final Session session;
    /** The reachable objects found for one snapshot (one suspension, or one write during it). */
    private Snapshot reachableAt;
    private List<GcObject> reachable = List.of();

    StoreView(Store store, Session session) {
        this.store = store;
        this.session = session;
    }

    /**
     * The module instances whose functions the store holds, in the order of their first function's
     * address, then any other one a frame runs in (instantiation's code of a module without functions): the
     * store itself keeps no module instances, frames and function instances refer to them.
     */
    public List<ModuleView> modules() {
        Set<ModuleInst> modules = new LinkedHashSet<>();
        for (FuncInst f : store.funcs()) {
            if (!f.isHost()) {
                modules.add(f.module);
            }
        }
        Snapshot s = session.snapshot();
        if (s != null) {
            for (Frame f : s.frames()) {
                modules.add(f.module());
            }
        }
        return modules.stream().map(ModuleView::new).toList();
    }

    public List<FunctionView> functions() {
        List<FunctionView> out = new ArrayList<>();
        for (FuncInst f : store.funcs()) {
            out.add(new FunctionView(f));
        }
        return out;
    }

    public List<TableView> tables() {
        List<TableView> out = new ArrayList<>();
        for (TableInst t : store.tables()) {
            out.add(new TableView(t, session));
        }
        return out;
    }

    public List<MemoryView> memories() {
        List<MemoryView> out = new ArrayList<>();
        for (MemInst m : store.memories()) {
            out.add(new MemoryView(m, session));
        }
        return out;
    }

    public List<GlobalView> globals() {
        List<GlobalView> out = new ArrayList<>();
        for (GlobalInst g : store.globals()) {
            out.add(new GlobalView(g, session));
        }
        return out;
    }

    public List<SegmentView> elems() {
        List<SegmentView> out = new ArrayList<>();
        for (ElemInst e : store.elems()) {
            out.add(SegmentView.of(e));
        }
        return out;
    }

    public List<SegmentView> datas() {
        List<SegmentView> out = new ArrayList<>();
        for (DataInst d : store.datas()) {
            out.add(SegmentView.of(d));
        }
        return out;
    }

    public List<TagView> tags() {
        List<TagView> out = new ArrayList<>();
        for (TagInst t : store.tags()) {
            out.add(new TagView(t.address, t.type));
        }
        return out;
    }

    /** The exception instances thrown and not yet reclaimed (the heap reclaims those no exnref reaches). */
    public List<ExceptionView> exceptions() {
        List<ExceptionView> out = new ArrayList<>();
        for (ExnInst e : store.exceptions()) {
            out.add(ExceptionView.of(e));
        }
        return out;
    }

    /**
     * The struct or array instance reference {@code ref} refers to (a value of a stack entry, local, global,
     * table element or field), or null if it is null, no object reference, or its object was reclaimed
     * (which only happens to a value kept across a resume after nothing reached it any more).
     */
    public ObjectView object(Value ref) {
        GcObject o = ref.type().isRef() ? store.heap().find(ref.bits()) : null;
        return o == null ? null : new ObjectView(o, format());
    }

    /**
     * The struct and array instances reachable from the roots (the operand stacks and locals of the machines on
     * the store, globals, tables, element segments, exception payloads), in allocation order, from
     * {@code offset}, at most {@code limit}. Found once per suspension (a walk of what is reachable, not of
     * everything ever allocated), while the session is suspended; empty otherwise.
     */
    public List<ObjectView> objects(int offset, int limit) {
        List<GcObject> all = reachable();
        List<ObjectView> out = new ArrayList<>();
        ValueFormat format = format();
        for (int i = Math.max(0, offset); i < all.size() && i - offset < limit; i++) {
            out.add(new ObjectView(all.get(i), format));
        }
        return out;
    }

    /**
     * Where {@link #objects} enumerates {@code o} at this suspension (its offset there), or -1 when nothing
     * reaches it any more.
     */
    public int positionOf(ObjectView o) {
        List<GcObject> all = reachable(); // in allocation order: by serial
        int low = 0;
        int high = all.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            long serial = all.get(mid).serial;
            if (serial == o.serial()) {
                return mid;
            }
            if (serial < o.serial()) {
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return -1;
    }

    /** How many objects {@link #objects} enumerates at this suspension. */
    public int objectCount() {
        return reachable().size();
    }

    private List<GcObject> reachable() {
        return session.whileSuspendedOr(() -> {
            synchronized (this) {
                Snapshot now = session.snapshot();
                if (now != reachableAt) {
                    reachable = store.heap().reachable();
                    reachableAt = now;
                }
                return reachable;
            }
        }, List.of());
    }

    /** Names types and fields as the store's module instances do. */
    public ValueFormat format() {
        return new ValueFormat(store, modules().stream().map(ModuleView::instance).toList());
    }

    /**
     * How every view names the tag at {@code address}: its {@code $id} in the first module instance that has
     * one for it, else the name a module exports it as, else {@code tag[address]}.
     */
    public String tagName(int address) {
        List<ModuleView> modules = modules();
        for (ModuleView m : modules) {
            List<Integer> tags = m.tagAddrs();
            for (int i = 0; i < tags.size(); i++) {
                String id = m.instance().module.names.tags.get(i);
                if (tags.get(i) == address && id != null) {
                    return "$" + id;
                }
            }
        }
        for (ModuleView m : modules) {
            for (ModuleView.Export e : m.exports()) {
                if (e.kind() == ExternKind.TAG && e.address() == address) {
                    return "\"" + e.name() + "\"";
                }
            }
        }
        return "tag[" + address + "]";
    }

    /**
     * An exception as the debugger's labels give it: its tag's {@link #tagName} and its payload, e.g.
     * {@code $e (i32 42)}, a reference briefly ({@link ValueFormat#brief}).
     */
    public String describe(ExceptionView e) {
        StringBuilder b = new StringBuilder(tagName(e.tag()));
        for (Value v : e.payload()) {
            b.append(" (").append(v.type().isRef() ? format().brief(v) : v.type() + " " + v.valueText()).append(')');
        }
        return b.toString();
    }

    public MemoryView memory(int address) {
        return new MemoryView(store.memories().get(address), session);
    }

    public GlobalView global(int address) {
        return new GlobalView(store.globals().get(address), session);
    }

    public TableView table(int address) {
        return new TableView(store.tables().get(address), session);
    }
}
