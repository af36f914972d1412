package org.wasmscope.runtime.syntax;

/** A custom section, kept as bytes (spec 5.5.3); {@code offset} is where its contents begin. */
public record CustomSection(String name, byte[] contents, int offset) {
}
