package org.wasmscope.runtime.syntax;

/**
 * The type of a block, loop or if (spec 2.4.8): empty, a single result type, or a type index.
 * Exactly one of {@link #result} and {@link #typeIndex} is set, or neither for the empty type.
 */
public record BlockType(ValType result, int typeIndex) {
    public static final BlockType EMPTY = new BlockType(null, -1);

    public static BlockType of(ValType result) {
        return new BlockType(result, -1);
    }

    public static BlockType ofIndex(int typeIndex) {
        return new BlockType(null, typeIndex);
    }

    public boolean isIndex() {
        return typeIndex >= 0;
    }

    /** The function type this block type stands for, in the context of {@code module} (null for a bad index). */
    public FuncType expand(Module module) {
        if (isIndex()) {
            return module.funcTypeAt(typeIndex);
        }
        return result == null ? FuncType.EMPTY : new FuncType(new ValType[0], new ValType[] {result});
    }

    @Override
    public String toString() {
        return isIndex() ? "(type " + typeIndex + ")" : result == null ? "" : "(result " + result + ")";
    }
}
