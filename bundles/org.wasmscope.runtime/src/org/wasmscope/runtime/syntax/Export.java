package org.wasmscope.runtime.syntax;

/** An export: a name and the index of a function, table, memory or global (spec 2.5.10). */
public record Export(String name, ExternKind kind, int index) {
}
