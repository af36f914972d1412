package org.wasmscope.runtime.tests.wasi;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.embedding.Wasm;
import org.wasmscope.runtime.store.ExternVal;
import org.wasmscope.runtime.store.Linker;
import org.wasmscope.runtime.store.ModuleInst;
import org.wasmscope.runtime.store.Store;
import org.wasmscope.runtime.wasi.Wasi;
import org.wasmscope.runtime.wasi.WasiConfig;

/**
 * A module that re-exports WASI functions and exports a memory, instantiated against a {@link Wasi} host
 * and bound to it, so that a test can call each function directly and look at the memory.
 */
final class WasiHost {
    final Store store = new Store();
    final ModuleInst inst;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    final Wasi wasi;

    /** {@code config} gets the streams (stdin: {@code stdin}); {@code imports}: name to "(param ...) (result ...)". */
    WasiHost(WasiConfig config, String stdin, Map<String, String> imports) throws Exception {
        config.stdin(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8))).stdout(out).stderr(err);
        wasi = new Wasi(config);
        StringBuilder wat = new StringBuilder("(module\n");
        imports.forEach((name, sig) -> wat.append("  (import \"wasi_snapshot_preview1\" \"").append(name)
                .append("\" (func $").append(name).append(' ').append(sig).append("))\n"));
        imports.keySet().forEach(name -> wat.append("  (export \"").append(name).append("\" (func $").append(name)
                .append("))\n"));
        wat.append("  (memory (export \"memory\") 1))\n");
        Linker linker = new Linker();
        Map<String, ExternVal> exports = wasi.exports(store);
        linker.register(Wasi.MODULE, exports);
        inst = Wasm.instantiate(store, Wasm.load(wat.toString().getBytes(StandardCharsets.UTF_8)), linker, "test");
        wasi.bind(inst);
    }

    /** Calls the function with i32 arguments (as given) and i64 ones (given as long); returns its errno. */
    int call(String name, Object... args) {
        Value[] values = new Value[args.length];
        for (int i = 0; i < args.length; i++) {
            values[i] = args[i] instanceof Long l ? Value.i64(l) : Value.i32((Integer) args[i]);
        }
        Value[] r = Wasm.invoke(store, inst, name, values);
        return r.length == 0 ? -1 : r[0].asInt();
    }

    byte[] mem() {
        return inst.memories[0].bytes();
    }

    int u32(int at) {
        byte[] b = mem();
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3] & 0xFF) << 24;
    }

    long u64(int at) {
        return (u32(at) & 0xFFFFFFFFL) | (long) u32(at + 4) << 32;
    }

    void put32(int at, int v) {
        for (int i = 0; i < 4; i++) {
            mem()[at + i] = (byte) (v >>> (8 * i));
        }
    }

    void put64(int at, long v) {
        put32(at, (int) v);
        put32(at + 4, (int) (v >>> 32));
    }

    /** Writes {@code s} at {@code at}; returns its length in bytes. */
    int string(int at, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(b, 0, mem(), at, b.length);
        return b.length;
    }

    String string(int at, int len) {
        return new String(mem(), at, len, StandardCharsets.UTF_8);
    }
}
