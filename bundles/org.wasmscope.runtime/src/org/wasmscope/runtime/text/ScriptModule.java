package org.wasmscope.runtime.text;

import org.wasmscope.runtime.syntax.Module;

/**
 * A module as a script writes it: parsed text ({@link #module} set), {@code (module binary ...)}
 * ({@link #binary} set, decoded when the command runs) or {@code (module quote ...)} ({@link #quote}
 * set, parsed when the command runs). {@link #id} is the optional {@code $name}, without the {@code $}.
 */
public record ScriptModule(int line, String id, Module module, byte[] binary, String quote) {
}
