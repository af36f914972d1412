package org.wasmscope.views.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.syntax.FuncType;
import org.wasmscope.runtime.syntax.GlobalType;
import org.wasmscope.runtime.syntax.Limits;
import org.wasmscope.runtime.syntax.ValType;
import org.wasmscope.views.common.NumberFormat;
import org.wasmscope.views.common.TypeText;
import org.wasmscope.views.common.ValueText;

/** How values and types read in the views, in both number formats. */
class ValueTextTest {
    private static final NumberFormat DEC = NumberFormat.DECIMAL;
    private static final NumberFormat HEX = NumberFormat.HEX;

    @Test
    void integersSignedInDecimalBitsInHex() {
        assertEquals("-1", ValueText.of(Value.i32(-1), DEC));
        assertEquals("0xffffffff", ValueText.of(Value.i32(-1), HEX));
        assertEquals("0x0000002a", ValueText.of(Value.i32(42), HEX));
        assertEquals("-9223372036854775808", ValueText.of(Value.i64(Long.MIN_VALUE), DEC));
        assertEquals("0x8000000000000000", ValueText.of(Value.i64(Long.MIN_VALUE), HEX));
        assertEquals("i32:7", ValueText.typed(Value.i32(7), DEC));
    }

    @Test
    void floatsExactInBothFormats() {
        assertEquals("1.5", ValueText.of(Value.f32(1.5f), DEC));
        assertEquals("0x1.8p0", ValueText.of(Value.f32(1.5f), HEX));
        assertEquals("0.1", ValueText.of(Value.f32(0.1f), DEC));
        assertEquals("0x1.99999ap-4", ValueText.of(Value.f32(0.1f), HEX));
        assertEquals("0x1.999999999999ap-4", ValueText.of(Value.f64(0.1), HEX));
        assertEquals("-0.0", ValueText.of(Value.f64(-0.0), DEC));
        assertEquals("-0x0.0p0", ValueText.of(Value.f64(-0.0), HEX));
        assertEquals("0x0.000002p-126", ValueText.of(Value.f32Bits(1), HEX));
        assertEquals("1.4E-45", ValueText.of(Value.f32Bits(1), DEC));
    }

    @Test
    void nanPayloadsAndInfinitiesAsTheTextFormatWritesThem() {
        assertEquals("nan", ValueText.of(Value.f32Bits(0x7fc00000), DEC));
        assertEquals("nan:0x200000", ValueText.of(Value.f32Bits(0x7fa00000), DEC));
        assertEquals("-nan:0x1", ValueText.of(Value.f32Bits(0xff800001), HEX));
        assertEquals("nan:0x4000000000000", ValueText.of(Value.f64Bits(0x7ff4000000000000L), DEC));
        assertEquals("-inf", ValueText.of(Value.f64(Double.NEGATIVE_INFINITY), HEX));
        assertEquals("inf", ValueText.of(Value.f32(Float.POSITIVE_INFINITY), DEC));
    }

    @Test
    void vectorsAsFourLanesAndReferences() {
        Value v = Value.v128(0xffffffff00000001L, 0x0000000300000002L);
        assertEquals("i32x4 1 -1 2 3", ValueText.of(v, DEC));
        assertEquals("i32x4 0x00000001 0xffffffff 0x00000002 0x00000003", ValueText.of(v, HEX));
        assertEquals("null", ValueText.of(Value.nullRef(ValType.FUNCREF), DEC));
        assertEquals("12", ValueText.of(Value.ref(ValType.FUNCREF, 12), DEC));
        assertEquals("0xc", ValueText.of(Value.ref(ValType.EXTERNREF, 12), HEX));
    }

    @Test
    void typesInTheSpecsNotation() {
        assertEquals("[i32 i64] \u2192 [f32]",
                TypeText.of(new FuncType(new ValType[] {ValType.I32, ValType.I64}, new ValType[] {ValType.F32})));
        assertEquals("[] \u2192 []", TypeText.of(FuncType.EMPTY));
        assertEquals("mut i32", TypeText.of(new GlobalType(ValType.I32, true)));
        assertEquals("const f64", TypeText.of(new GlobalType(ValType.F64, false)));
        assertEquals("{min 1, max 2}", TypeText.of(new Limits(1, 2)));
        assertEquals("{min 0}", TypeText.of(new Limits(0, -1)));
    }
}
