package org.wasmscope.runtime.wasi;

/**
 * {@code proc_exit}: the program ended with an exit code. Thrown from the host function through the
 * machine (it is not a {@link org.wasmscope.runtime.Trap}, so the machine does not record it as one) up to
 * whoever invoked the program, e.g. {@link Wasi#start}.
 */
public final class ProcExit extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int code;

    public ProcExit(int code) {
        super("exit code " + code, null, false, false);
        this.code = code;
    }

    /** The exit code (the full u32 {@code rval}, as an int). */
    public int code() {
        return code;
    }
}
