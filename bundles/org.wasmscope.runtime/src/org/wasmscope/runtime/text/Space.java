package org.wasmscope.runtime.text;

/**
 * The index spaces identifiers are bound in (spec 6.6.1, the identifier context), with the words of the
 * errors for an unbound or a doubly bound identifier.
 */
enum Space {
    TYPE("type", "unknown type"),
    FUNC("func", "unknown function"),
    TABLE("table", "unknown table"),
    MEMORY("memory", "unknown memory"),
    GLOBAL("global", "unknown global"),
    TAG("tag", "unknown tag"),
    ELEM("elem", "unknown elem segment"),
    DATA("data", "unknown data segment");

    final String word;
    final String unknown;

    Space(String word, String unknown) {
        this.word = word;
        this.unknown = unknown;
    }
}
