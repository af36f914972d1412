package org.wasmscope.runtime.store;

/**
 * Where instantiation finds the external values a module imports (spec 4.5.4, the externval* that
 * instantiation is given), looked up by the import's two-level name.
 */
@FunctionalInterface
public interface Imports {
    /** No imports at all: every lookup fails. */
    Imports NONE = (module, name) -> null;

    /** The external value provided as {@code module}.{@code name}, or null if there is none. */
    ExternVal resolve(String module, String name);
}
