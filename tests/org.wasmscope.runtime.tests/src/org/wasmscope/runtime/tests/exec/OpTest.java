package org.wasmscope.runtime.tests.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;

import org.junit.jupiter.api.Test;
import org.wasmscope.runtime.syntax.Opcode;

/**
 * The pre-decoded operation codes keep the ordinals of WebAssembly 2.0's non-vector opcodes, as the
 * pre-decoder assumes; 3.0's instructions, appended after them, run through Op.EXT.
 */
class OpTest {
    @Test
    void everyNonVectorOpcodeHasTheOpCodeOfItsOrdinal() throws ReflectiveOperationException {
        Class<?> op = Class.forName("org.wasmscope.runtime.exec.Op");
        int nonVector = 0;
        for (Opcode o : Opcode.values()) {
            if (o.prefix != 0xFD && o.inV2()) {
                Field f = op.getDeclaredField(o.name());
                f.setAccessible(true);
                assertEquals(o.ordinal(), f.getInt(null), o.name());
                nonVector++;
            }
        }
        Field first = op.getDeclaredField("LOCAL_GET_V128");
        first.setAccessible(true);
        assertEquals(nonVector, first.getInt(null), "the machine's own codes come after all of them");
    }
}
