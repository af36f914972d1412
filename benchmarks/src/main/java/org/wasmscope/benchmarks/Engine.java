package org.wasmscope.benchmarks;

/** A WebAssembly runtime under measurement: loads a module and calls one of its exported functions. */
interface Engine {
    /** The runtime's name, for the table. */
    String name();

    /** Decodes, validates and instantiates {@code wasm} (a module without imports). */
    Instance load(byte[] wasm) throws Exception;

    /** An instantiated module. */
    interface Instance {
        /** Calls the exported function {@code name} with i32 arguments; returns its i32 result. */
        int call(String name, int... args) throws Exception;
    }
}
