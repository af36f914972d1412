package org.wasmscope.benchmarks;

import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.embedding.Wasm;
import org.wasmscope.runtime.store.FuncInst;
import org.wasmscope.runtime.store.Imports;
import org.wasmscope.runtime.store.ModuleInst;
import org.wasmscope.runtime.store.Store;

/** WasmScope through its public facade: {@link Wasm#load}, {@link Wasm#instantiate}, {@link Wasm#invoke}. */
final class WasmScopeEngine implements Engine {
    @Override
    public String name() {
        return "WasmScope";
    }

    @Override
    public Instance load(byte[] wasm) throws Exception {
        Store store = new Store();
        ModuleInst inst = Wasm.instantiate(store, Wasm.load(wasm), Imports.NONE, null);
        return (name, args) -> {
            FuncInst f = Wasm.exportedFunc(inst, name);
            Value[] values = new Value[args.length];
            for (int i = 0; i < args.length; i++) {
                values[i] = Value.i32(args[i]);
            }
            return Wasm.invoke(store, f, values)[0].asInt();
        };
    }
}
