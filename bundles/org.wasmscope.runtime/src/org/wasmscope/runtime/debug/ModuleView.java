package org.wasmscope.runtime.debug;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

import org.wasmscope.runtime.store.ExternVal;
import org.wasmscope.runtime.store.ModuleInst;
import org.wasmscope.runtime.syntax.ExternKind;

/**
 * A module instance (spec 4.2.5) as the spec defines it: for each index space, the store addresses its
 * indices stand for (imports first, then what the module defines), and its exports, each an external
 * value's kind and store address.
 */
public record ModuleView(ModuleInst instance) {
    /** An export instance (spec 4.2.11): a name and the external value it provides. */
    public record Export(String name, ExternKind kind, int address) {
    }

    /** The module instance's name: the file name, the script's {@code $id} or the name section's. */
    public String name() {
        return instance.name;
    }

    public List<Integer> funcAddrs() {
        return addresses(instance.funcs, f -> f.address);
    }

    public List<Integer> tableAddrs() {
        return addresses(instance.tables, t -> t.address);
    }

    public List<Integer> memAddrs() {
        return addresses(instance.memories, m -> m.address);
    }

    public List<Integer> globalAddrs() {
        return addresses(instance.globals, g -> g.address);
    }

    public List<Integer> elemAddrs() {
        return addresses(instance.elems, e -> e.address);
    }

    public List<Integer> dataAddrs() {
        return addresses(instance.datas, d -> d.address);
    }

    public List<Integer> tagAddrs() {
        return addresses(instance.tags, t -> t.address);
    }

    public List<Export> exports() {
        List<Export> out = new ArrayList<>();
        instance.exports.forEach((name, ev) -> out.add(new Export(name, ev.kind(), address(ev))));
        return out;
    }

    private static int address(ExternVal ev) {
        return switch (ev.kind()) {
            case FUNC -> ev.func().address;
            case TABLE -> ev.table().address;
            case MEMORY -> ev.memory().address;
            case GLOBAL -> ev.global().address;
            case TAG -> ev.tag().address;
        };
    }

    private static <T> List<Integer> addresses(T[] instances, ToIntFunction<T> address) {
        List<Integer> out = new ArrayList<>();
        if (instances != null) {
            for (T i : instances) {
                out.add(address.applyAsInt(i));
            }
        }
        return out;
    }
}
