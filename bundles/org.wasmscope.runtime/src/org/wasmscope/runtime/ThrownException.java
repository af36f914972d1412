package org.wasmscope.runtime;

import java.util.List;

/**
 * A WebAssembly exception (3.0, exception handling) that no handler caught: it left the invoked function,
 * an outcome of its own, neither a result nor a trap (the testsuite's {@code assert_exception}). Its
 * position is the byte offset or source line of the {@code throw} or {@code throw_ref} that threw it.
 *
 * <p>It names the exception by {@link #exception}, what an exnref to it holds (the store's heap reclaims the
 * instance once nothing reaches it: the reference is good until the store runs again), and its tag by the
 * tag's address {@link #tag}; {@link #payload} holds the values thrown, one per parameter of the tag's type.
 */
public class ThrownException extends WasmException {
    private static final long serialVersionUID = 1L;

    /** The name the testsuite's assertions give this class of outcome. */
    public static final String ERROR_CLASS = "exception";

    /** The exnref to the exception instance ({@link org.wasmscope.runtime.store.Store#exception}). */
    public final long exception;
    /** The address of its tag in the store. */
    public final int tag;
    private final List<Value> payload;

    public ThrownException(long exception, int tag, List<Value> payload, int offset, int line, int column) {
        super("uncaught exception", offset, line, column);
        this.exception = exception;
        this.tag = tag;
        this.payload = List.copyOf(payload);
    }

    /** The values thrown, one per parameter of the tag's type. */
    public List<Value> payload() {
        return payload;
    }

    @Override
    public String errorClass() {
        return ERROR_CLASS;
    }
}
