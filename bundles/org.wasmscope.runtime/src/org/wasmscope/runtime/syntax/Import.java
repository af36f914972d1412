package org.wasmscope.runtime.syntax;

/**
 * An import (spec 2.5.11). Its description depends on {@link #kind}: a type index for a function or a tag
 * ({@link #typeIndex}), else {@link #table}, {@link #memory} or {@link #global}.
 */
public record Import(String module, String name, ExternKind kind, int typeIndex, TableType table, MemType memory,
        GlobalType global) {

    public static Import func(String module, String name, int typeIndex) {
        return new Import(module, name, ExternKind.FUNC, typeIndex, null, null, null);
    }

    public static Import table(String module, String name, TableType type) {
        return new Import(module, name, ExternKind.TABLE, -1, type, null, null);
    }

    public static Import memory(String module, String name, MemType type) {
        return new Import(module, name, ExternKind.MEMORY, -1, null, type, null);
    }

    public static Import tag(String module, String name, TagType type) {
        return new Import(module, name, ExternKind.TAG, type.typeIndex(), null, null, null);
    }

    public static Import global(String module, String name, GlobalType type) {
        return new Import(module, name, ExternKind.GLOBAL, -1, null, null, type);
    }
}
