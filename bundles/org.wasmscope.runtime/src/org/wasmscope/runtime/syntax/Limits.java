package org.wasmscope.runtime.syntax;

/** Limits {min, max?} of a table or memory (spec 2.3.8); {@code max} is -1 when absent. Values are u32. */
public record Limits(long min, long max) {
    public boolean hasMax() {
        return max >= 0;
    }

    @Override
    public String toString() {
        return hasMax() ? min + " " + max : Long.toString(min);
    }
}
