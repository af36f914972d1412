package org.wasmscope.runtime.wasi;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code args_get}, {@code args_sizes_get}, {@code environ_get}, {@code environ_sizes_get}: the program's
 * arguments and environment as arrays of pointers to NUL-terminated UTF-8 strings in one buffer.
 */
final class ArgsEnv {
    private ArgsEnv() {
    }

    static void register(Wasi.Registry r, WasiState s) {
        r.fn("args_sizes_get", "ii", a -> sizes(s, s.config.args(), a[0], a[1]));
        r.fn("args_get", "ii", a -> strings(s, s.config.args(), a[0], a[1]));
        r.fn("environ_sizes_get", "ii", a -> sizes(s, s.config.environ(), a[0], a[1]));
        r.fn("environ_get", "ii", a -> strings(s, s.config.environ(), a[0], a[1]));
    }

    /** Writes the number of strings and the buffer size they need (each with its NUL). */
    private static int sizes(WasiState s, List<String> list, long countPtr, long sizePtr) {
        long size = 0;
        for (String v : list) {
            size += v.getBytes(StandardCharsets.UTF_8).length + 1;
        }
        GuestMemory m = s.mem();
        m.put32(countPtr, list.size());
        m.put32(sizePtr, size);
        return Errno.SUCCESS;
    }

    /** Writes the pointer array at {@code ptrs} and the strings into {@code buf}. */
    private static int strings(WasiState s, List<String> list, long ptrs, long buf) {
        GuestMemory m = s.mem();
        long at = buf;
        for (int i = 0; i < list.size(); i++) {
            byte[] bytes = list.get(i).getBytes(StandardCharsets.UTF_8);
            m.put32(ptrs + 4L * i, at);
            m.write(at, bytes, 0, bytes.length);
            m.put8(at + bytes.length, 0);
            at += bytes.length + 1;
        }
        return Errno.SUCCESS;
    }
}
