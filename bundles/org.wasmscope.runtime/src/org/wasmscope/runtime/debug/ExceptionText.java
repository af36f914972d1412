package org.wasmscope.runtime.debug;

import java.util.List;
import java.util.Map;

import org.wasmscope.runtime.ThrownException;
import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.store.ExternVal;
import org.wasmscope.runtime.store.ModuleInst;
import org.wasmscope.runtime.store.Store;
import org.wasmscope.runtime.syntax.ExternKind;

/** How the command line and the IDE's console report an exception that no handler caught. */
public final class ExceptionText {
    private ExceptionText() {
    }

    /**
     * {@code exception: TAG VALUES}: the tag as {@code inst} (null if unknown) exports it, else by its
     * {@code $id} there, else {@code tag[ADDRESS]} in the store; the payload as results are printed.
     */
    public static String of(ThrownException e, Store store, ModuleInst inst) {
        String tag = "tag[" + e.tag + "]";
        if (inst != null) {
            for (int i = 0; i < inst.tags.length; i++) {
                String id = inst.module.names.tags.get(i);
                if (inst.tags[i].address == e.tag && id != null) {
                    tag = "$" + id;
                }
            }
            for (Map.Entry<String, ExternVal> x : inst.exports.entrySet()) {
                if (x.getValue().kind() == ExternKind.TAG && x.getValue().tag().address == e.tag) {
                    tag = x.getKey();
                    break;
                }
            }
        }
        StringBuilder b = new StringBuilder("exception: ").append(tag);
        ValueFormat format = new ValueFormat(store, inst == null ? List.of() : List.of(inst));
        for (Value v : e.payload()) {
            b.append(' ').append(format.full(v));
        }
        return b.toString();
    }
}
