package org.wasmscope.runtime.reduction;

/**
 * One reduction rule of the specification's execution chapter, as this project states it: what a reader
 * looks up to learn what a step does.
 *
 * @param name    the rule's name as the spec heads it, e.g. {@code t.binop}, {@code br l}, or an
 *                administrative step such as {@code label exit}
 * @param section the section of the spec's execution chapter that defines it (3.0 numbering and title)
 * @param prose   what the step does, in the project's own words
 * @param formal  the rule in the spec's notation, {@code ↪} for a step
 * @param shape   how the step changes the configuration (what it consumes and produces)
 */
public record Rule(String name, String section, String prose, String formal, Shape shape) {
    /** How a step rewrites the configuration; tells which part of it is the redex and what replaces it. */
    public enum Shape {
        /** A stack operator of a family (t.binop ...): pops its operands, pushes one result. */
        OPERATOR,
        /** Pops a fixed number of values and pushes results in place; execution goes on with the next instruction. */
        PLAIN,
        /** block, loop, if, try_table: becomes a label (and for try_table a handler) around its body. */
        ENTER,
        /** The else of an if reached from its then branch: the machine moves on to the if's end. */
        ELSE,
        /** The end of a block, loop or if: the label goes, its values stay. */
        LABEL_EXIT,
        /** The end of a try_table: its label and its handler go, the values stay. */
        HANDLER_EXIT,
        /** The end of a function body: label and frame go, the results stay. */
        FRAME_EXIT,
        /** br, br_if, br_table, br_on_null, br_on_non_null, return. */
        BRANCH,
        /** call, call_indirect, call_ref: a new frame. */
        CALL,
        /** return_call, return_call_indirect, return_call_ref: the frame is replaced. */
        TAIL_CALL,
        /** throw, throw_ref: an exception unwinds to a handler. */
        THROW,
        /** unreachable: always a trap. */
        TRAP
    }
}
