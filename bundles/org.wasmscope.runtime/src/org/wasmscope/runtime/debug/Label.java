package org.wasmscope.runtime.debug;

import java.util.List;

import org.wasmscope.runtime.syntax.FuncType;

/**
 * A control label of a frame (spec 4.2.14: a label carries its arity and continuation). Derived at the
 * suspension from validation's static block structure and the frame's position; not kept while running.
 *
 * @param kind           FUNCTION (the body; a branch to it returns), BLOCK, LOOP, IF (in the then
 *                       branch, and at the if's {@code end} after it), ELSE (in the else branch of an if,
 *                       and at the if's {@code end} after it), TRY_TABLE (a block whose body runs inside a
 *                       handler: its {@code catches})
 * @param depth          the label index a branch uses for it here: 0 innermost
 * @param name           the label's name ({@code $id} or name section), or null
 * @param blockType      the block type as a function type (the body: the function's type)
 * @param arity          how many values a branch to it carries: a loop's parameter count, else its result count
 * @param continuation   index in the body of the instruction a branch to it continues at: after the
 *                       {@code end} for block/if/else, the {@code loop} instruction itself for a loop,
 *                       the body's final {@code end} (the return) for the function
 * @param continuationPos source position of that instruction
 * @param height         operand stack height of its frame when it was entered, below its parameters
 *                       (entries, not slots): a branch keeps {@code arity} values on top of this height
 * @param opener         index of its block/loop/if instruction; -1 for the function body
 * @param openerPos      source position of the opener (for the function: of its first instruction)
 * @param end            index of its matching {@code end}
 * @param catches        a try_table's catch clauses in order (spec 4.2.14: the handler that surrounds the
 *                       label); empty for the other kinds
 */
public record Label(Kind kind, int depth, String name, FuncType blockType, int arity, int continuation,
        SourcePos continuationPos, int height, int opener, SourcePos openerPos, int end, List<CatchView> catches) {
    public enum Kind {
        FUNCTION, BLOCK, LOOP, IF, ELSE, TRY_TABLE
    }

    public Label {
        catches = List.copyOf(catches);
    }

    /** {@code $name} or e.g. {@code block@3}, {@code function}. */
    public String displayName() {
        if (name != null) {
            return "$" + name;
        }
        return kind == Kind.FUNCTION ? "function" : kind.name().toLowerCase() + "@" + opener;
    }
}
