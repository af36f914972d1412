package org.wasmscope.runtime.tests.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Number literals (spec 6.3.2), read through constants of a function body. */
class NumbersTest {
    private static long i32(String lit) {
        return Wat.one("(i32.const " + lit + ")").imm;
    }

    private static long i64(String lit) {
        return Wat.one("(i64.const " + lit + ")").imm;
    }

    private static int f32(String lit) {
        return (int) Wat.one("(f32.const " + lit + ")").imm;
    }

    private static long f64(String lit) {
        return Wat.one("(f64.const " + lit + ")").imm;
    }

    @Test
    void integersInAllSpellings() {
        assertEquals(0, i32("0"));
        assertEquals(123456789, i32("123_456_789"));
        assertEquals(-1, i32("0xffff_ffff"));
        assertEquals(-1, i32("-1"));
        assertEquals(17, i32("+0x11"));
        assertEquals(Integer.MIN_VALUE, i32("-0x8000_0000"));
        assertEquals(Integer.MIN_VALUE, i32("2147483648"));
        assertEquals(-1L, i64("18446744073709551615"));
        assertEquals(Long.MIN_VALUE, i64("-9223372036854775808"));
        assertEquals(0x0125_6789_ADEF_BCEFL, i64("0x0125_6789_ADEF_bcef"));
    }

    @Test
    void integersOutOfRange() {
        Wat.malformed("(func (i32.const 0x1_0000_0000) drop)", "constant out of range");
        Wat.malformed("(func (i32.const -2147483649) drop)", "constant out of range");
        Wat.malformed("(func (i64.const 18446744073709551616) drop)", "constant out of range");
        Wat.malformed("(func (i64.const -0x8000000000000001) drop)", "constant out of range");
        // a sign makes an sN (spec 6.3.2): with "+" only up to 2^(N-1)-1
        assertEquals(Integer.MAX_VALUE, i32("+0x7fff_ffff"));
        Wat.malformed("(func (i32.const +0x8000_0000) drop)", "constant out of range");
    }

    @Test
    void badUnderscoresAreNotNumbers() {
        Wat.malformed("(func (i32.const 1__0) drop)", "unknown operator");
        Wat.malformed("(func (i32.const 0x_1) drop)", "unknown operator");
        Wat.malformed("(func (i32.const 1_) drop)", "unknown operator");
        Wat.malformed("(func (f32.const 1._5) drop)", "unknown operator");
    }

    @Test
    void decimalAndHexFloats() {
        assertEquals(Float.floatToRawIntBits(1.5f), f32("1.5"));
        assertEquals(Float.floatToRawIntBits(1.0f), f32("1"));
        assertEquals(Float.floatToRawIntBits(100f), f32("1.e2"));
        assertEquals(Float.floatToRawIntBits(-0.0f), f32("-0.0"));
        assertEquals(Float.floatToRawIntBits(12f), f32("0x1.8p3"));
        assertEquals(Float.floatToRawIntBits(16f), f32("0x10"));
        assertEquals(Float.floatToRawIntBits(1f), f32("0x1."));
        assertEquals(Float.floatToRawIntBits(Float.MIN_VALUE), f32("0x1p-149"));
        assertEquals(0x7f7fffff, f32("0x1.fffffefffffffffp127")); // rounds down to the largest float
        assertEquals(Double.doubleToRawLongBits(1e308), f64("1e308"));
        assertEquals(Double.doubleToRawLongBits(0x1.23456789abcdep-5), f64("0x1.2345_6789_abcd_ep-5"));
        assertEquals(0x3ff0000000000001L, f64("0x1.00000000000008000000001p0")); // above half: up
        assertEquals(0x3ff0000000000000L, f64("0x1.00000000000008p0")); // a tie: to even
    }

    @Test
    void infinitiesAndNans() {
        assertEquals(0x7f800000, f32("inf"));
        assertEquals(0xff800000, f32("-inf"));
        assertEquals(0x7fc00000, f32("nan"));
        assertEquals(0xffc00000, f32("-nan"));
        assertEquals(0x7f800001, f32("nan:0x1"));
        assertEquals(0x7fffffff, f32("+nan:0x7f_ffff"));
        assertEquals(0x7ff8000000000000L, f64("nan"));
        assertEquals(0xfff0000000000001L, f64("-nan:0x1"));
    }

    @Test
    void floatsOutOfRange() {
        Wat.malformed("(func (f32.const 1e39) drop)", "constant out of range");
        Wat.malformed("(func (f32.const 0x1p128) drop)", "constant out of range");
        Wat.malformed("(func (f32.const nan:0x80_0000) drop)", "constant out of range");
        Wat.malformed("(func (f32.const nan:0x0) drop)", "constant out of range");
        Wat.malformed("(func (f64.const 1e309) drop)", "constant out of range");
        Wat.malformed("(func (f64.const nan:0x10_0000_0000_0000) drop)", "constant out of range");
    }
}
