package org.wasmscope.runtime.debug;

import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.store.TableInst;
import org.wasmscope.runtime.syntax.TableType;

/** A table instance (spec 4.2.8), live. Elements are funcref (function addresses) or externref values. */
public final class TableView {
    private final TableInst table;
    private final Session session;

    TableView(TableInst table, Session session) {
        this.table = table;
        this.session = session;
    }

    public int address() {
        return table.address;
    }

    /** The current type: its minimum is the current size. */
    public TableType type() {
        return table.type();
    }

    public int size() {
        return table.size();
    }

    /** The maximum size, or -1 if none. */
    public long max() {
        return table.type().limits().hasMax() ? table.type().limits().max() : -1;
    }

    public Value element(int i) {
        return Value.ref(table.type().elemType(), table.get(i));
    }

    /** Sets element {@code i} (a reference of the table's element type); only while suspended. */
    public void setElement(int i, Value ref) {
        if (ref.type() != table.type().elemType()) {
            throw new IllegalArgumentException("not a " + table.type().elemType() + ": " + ref);
        }
        session.whileSuspended(() -> table.set(i, ref.bits()));
    }
}
