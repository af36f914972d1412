package org.wasmscope.runtime.dwarf;

/** Damaged DWARF data: {@link DebugInfo} turns it into a warning and leaves out the part it was reading. */
public final class DwarfFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    DwarfFormatException(String message) {
        super(message);
    }
}
