package org.wasmscope.runtime.syntax;

/**
 * A concrete heap type as the syntax writes it: an index into the module's type index space. Validation
 * replaces it by the {@link DefType} it denotes. Inside the key of a {@link RecGroup} it is relative to the
 * group (the spec's {@code rec.i}).
 */
public record TypeIdx(int index) implements HeapType {
    /** Unknown until validation resolved the index: IllegalStateException. */
    @Override
    public AbsHeap top() {
        throw new IllegalStateException("unresolved type index " + index);
    }

    @Override
    public String toString() {
        return Integer.toString(index);
    }
}
