package org.wasmscope.runtime.wasi;

/**
 * {@code sock_accept}, {@code sock_recv}, {@code sock_send}, {@code sock_shutdown}: this host gives a
 * program no sockets, so each answers NOSYS.
 */
final class Sockets {
    private Sockets() {
    }

    static void register(Wasi.Registry r) {
        r.fn("sock_accept", "iii", a -> Errno.NOSYS);
        r.fn("sock_recv", "iiiiii", a -> Errno.NOSYS);
        r.fn("sock_send", "iiiii", a -> Errno.NOSYS);
        r.fn("sock_shutdown", "ii", a -> Errno.NOSYS);
    }
}
