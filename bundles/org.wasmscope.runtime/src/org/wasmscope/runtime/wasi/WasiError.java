package org.wasmscope.runtime.wasi;

import java.io.IOException;

/**
 * A WASI function failed with an {@link Errno}: thrown anywhere inside a function's implementation and
 * turned into the function's errno result at its boundary.
 */
final class WasiError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final int errno;

    WasiError(int errno) {
        super("errno " + errno, null, false, false); // expected outcome: no stack trace
        this.errno = errno;
    }

    static WasiError of(IOException e) {
        return new WasiError(Errno.of(e));
    }
}
