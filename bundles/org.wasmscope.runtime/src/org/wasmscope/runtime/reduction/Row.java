package org.wasmscope.runtime.reduction;

/**
 * One line of a {@link Configuration}: a value, an instruction or an administrative instruction of the
 * sequence, or what was left out.
 *
 * @param indent how deep it is nested in frames, labels, handlers and structured instructions
 * @param kind   what it is
 * @param text   in the spec's notation, e.g. {@code (i32.const 3)}, {@code i32.add}, {@code label_1{ε}}
 * @param note   what the notation does not say (a label's name and kind), or empty
 * @param redex  whether it belongs to the redex: what the next step rewrites
 */
public record Row(int indent, Kind kind, String text, String note, boolean redex) {
    public enum Kind {
        FRAME, LABEL, HANDLER, VALUE, INSTRUCTION, END, ELIDED
    }
}
