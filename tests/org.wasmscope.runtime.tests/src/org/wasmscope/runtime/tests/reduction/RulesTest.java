package org.wasmscope.runtime.tests.reduction;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.wasmscope.runtime.reduction.Rule;
import org.wasmscope.runtime.reduction.Rules;
import org.wasmscope.runtime.syntax.Opcode;

/** Every instruction has a reduction rule, with a section, prose and a formal form. */
class RulesTest {
    @Test
    void everyOpcodeHasARule() {
        List<Opcode> missing = new ArrayList<>();
        for (Opcode op : Opcode.values()) {
            Rule r = Rules.of(op);
            if (r == null) {
                missing.add(op);
            } else {
                check(r);
            }
        }
        assertTrue(missing.isEmpty(), "no reduction rule for " + missing);
        check(Rules.LABEL_EXIT);
        check(Rules.HANDLER_EXIT);
        check(Rules.FRAME_EXIT);
    }

    private static void check(Rule r) {
        assertNotNull(r.shape(), r.name());
        assertTrue(r.section().matches("4\\.6\\.\\d+ [A-Z].*"), r.name() + ": " + r.section());
        assertTrue(r.prose().length() > 20 && r.prose().endsWith("."), r.name() + ": " + r.prose());
        assertTrue(r.formal().contains("↪") || r.formal().contains("is a value") || r.formal().contains("unchanged"),
                r.name() + ": " + r.formal());
    }

    @Test
    void operatorsShareTheirFamilysRule() {
        assertTrue(Rules.of(Opcode.I32_ADD) == Rules.of(Opcode.F64_MUL));
        assertTrue(Rules.of(Opcode.I32_ADD).name().equals("t.binop"));
        assertTrue(Rules.of(Opcode.I32X4_ADD).name().equals("shape.vbinop"));
        assertTrue(Rules.of(Opcode.I64_EXTEND_I32_S).name().equals("t₂.cvtop_t₁"));
    }
}
