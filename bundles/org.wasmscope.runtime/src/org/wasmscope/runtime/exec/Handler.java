package org.wasmscope.runtime.exec;

import org.wasmscope.runtime.store.ModuleInst;
import org.wasmscope.runtime.store.TagInst;
import org.wasmscope.runtime.syntax.Catch;

/**
 * The handler of one {@code try_table} (spec 4.4.8: the handler frame its body runs in), resolved by the
 * {@link Compiler} from validation's blocks as branches are: it costs nothing until an exception is thrown.
 * It covers the instructions strictly between the try_table ({@link #start}) and its end ({@link #end}),
 * instruction indices of the body.
 */
record Handler(int start, int end, Clause[] clauses) {
    /** Whether instruction {@code instr} runs inside this handler's body. */
    boolean covers(int instr) {
        return instr > start && instr < end;
    }

    /**
     * A catch clause with its label resolved: continue at {@code pc} with the payload (and for the
     * {@code _ref} kinds the exnref) on top of the operand height {@code height}, a slot offset from the
     * frame pointer.
     *
     * @param tag the tag index in the module, or -1 for the catch_all kinds
     */
    record Clause(Catch.Kind kind, int tag, int pc, int height) {
        /** Whether this clause catches an exception of {@code tag} in a function of module {@code m}. */
        boolean catches(ModuleInst m, TagInst tag) {
            return !kind.hasTag() || m.tags[this.tag] == tag;
        }
    }
}
