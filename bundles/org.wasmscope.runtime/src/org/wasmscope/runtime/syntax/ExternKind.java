package org.wasmscope.runtime.syntax;

/** The kinds of external values (spec 2.5.10, 4.2.11). */
public enum ExternKind {
    FUNC("func"), TABLE("table"), MEMORY("memory"), GLOBAL("global"), TAG("tag");

    public final String text;

    ExternKind(String text) {
        this.text = text;
    }

    @Override
    public String toString() {
        return text;
    }
}
