package org.wasmscope.debug.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.wasmscope.debug.core.breakpoints.PayloadCondition;
import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.syntax.AbsHeap;
import org.wasmscope.runtime.syntax.ValType;

/** The condition language of exception breakpoints, on payloads of each kind of value. */
class PayloadConditionTest {
    private static boolean holds(String condition, Value... payload) {
        return PayloadCondition.parse(condition).holds(List.of(payload));
    }

    @Test
    void integersCompareSigned() {
        assertTrue(holds("$0 > 100", Value.i32(200)));
        assertFalse(holds("$0 > 100", Value.i32(-200)));
        assertTrue(holds("$0 == -1", Value.i32(-1)));
        assertTrue(holds("$0 == 0xffffffff", Value.i32(-1)), "the text format's hexadecimal");
        assertTrue(holds("-2 >= $0", Value.i64(-2)), "the constant on the left");
        assertTrue(holds("$0 < $1", Value.i64(-5), Value.i64(3)), "two payload values");
        assertTrue(holds("$0 <= 3 && $0 != 2", Value.i32(3)));
        assertFalse(holds("$0 <= 3 && $0 != 2", Value.i32(2)));
    }

    @Test
    void andBindsTighterThanOrAndParenthesesGroup() {
        assertTrue(holds("$0 == 1 || $0 == 2 && $1 == 0", Value.i32(1), Value.i32(9)));
        assertFalse(holds("($0 == 1 || $0 == 2) && $1 == 0", Value.i32(1), Value.i32(9)));
    }

    @Test
    void floatsCompareAsNumbersAndNaNIsUnordered() {
        assertTrue(holds("$0 == 1.5", Value.f32(1.5f)));
        assertTrue(holds("$0 == 0", Value.f64(-0.0)));
        assertFalse(holds("$0 == nan", Value.f64(Double.NaN)));
        assertTrue(holds("$0 != nan", Value.f64(Double.NaN)));
        assertFalse(holds("$0 < inf", Value.f64(Double.NaN)));
    }

    @Test
    void referencesCompareByIdentityOnly() {
        ValType anyref = ValType.ref(true, AbsHeap.ANY);
        assertTrue(holds("$0 == null", Value.nullRef(anyref)));
        assertTrue(holds("$0 == i31:5", Value.ref(anyref, org.wasmscope.runtime.RefBits.i31(5))));
        assertFalse(holds("$0 != null", Value.nullRef(anyref)));
        IllegalArgumentException order = assertThrows(IllegalArgumentException.class,
                () -> holds("$0 < null", Value.nullRef(anyref)));
        assertEquals("< compares numbers only, not anyref", order.getMessage());
    }

    @Test
    void mistakesAreExplained() {
        assertEquals("expected a comparison (== != < <= > >=) after $0",
                assertThrows(IllegalArgumentException.class, () -> PayloadCondition.parse("$0")).getMessage());
        assertEquals("1 == 2 compares no payload value ($0, $1, ...)",
                assertThrows(IllegalArgumentException.class, () -> PayloadCondition.parse("1 == 2")).getMessage());
        assertEquals("missing )",
                assertThrows(IllegalArgumentException.class, () -> PayloadCondition.parse("($0 == 1")).getMessage());
        assertEquals("unexpected )",
                assertThrows(IllegalArgumentException.class, () -> PayloadCondition.parse("$0 == 1)")).getMessage());
        assertEquals("the payload has no $1 (it has 1 value)",
                assertThrows(IllegalArgumentException.class, () -> holds("$1 == 0", Value.i32(0))).getMessage());
        assertEquals("not a i32: x",
                assertThrows(IllegalArgumentException.class, () -> holds("$0 == x", Value.i32(0))).getMessage());
    }
}
