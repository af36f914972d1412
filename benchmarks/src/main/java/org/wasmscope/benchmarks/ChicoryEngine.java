package org.wasmscope.benchmarks;

import com.dylibso.chicory.runtime.ExportFunction;
import com.dylibso.chicory.wasm.Parser;

/** Chicory's interpreter (its default machine), as a library user would call it. */
final class ChicoryEngine implements Engine {
    @Override
    public String name() {
        return "Chicory";
    }

    @Override
    public Instance load(byte[] wasm) {
        com.dylibso.chicory.runtime.Instance inst = com.dylibso.chicory.runtime.Instance.builder(Parser.parse(wasm)).build();
        return (name, args) -> {
            ExportFunction f = inst.export(name);
            long[] a = new long[args.length];
            for (int i = 0; i < args.length; i++) {
                a[i] = args[i];
            }
            return (int) f.apply(a)[0];
        };
    }
}
