package org.wasmscope.runtime.dwarf;

/** Code addresses {@code [start, end)}: offsets from the start of the code section's contents. */
public record Range(long start, long end) {
    public boolean contains(long address) {
        return address >= start && address < end;
    }
}
