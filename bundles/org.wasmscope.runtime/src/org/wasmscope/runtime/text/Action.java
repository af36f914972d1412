package org.wasmscope.runtime.text;

import java.util.List;

import org.wasmscope.runtime.Value;

/**
 * {@code (invoke $m? "name" const*)} or {@code (get $m? "name")}. {@link #moduleId} is null for the most
 * recently defined module.
 */
public sealed interface Action {
    int line();

    String moduleId();

    String name();

    record Invoke(int line, String moduleId, String name, List<Value> args) implements Action {
    }

    record Get(int line, String moduleId, String name) implements Action {
    }
}
