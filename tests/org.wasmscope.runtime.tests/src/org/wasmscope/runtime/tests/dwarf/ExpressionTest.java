package org.wasmscope.runtime.tests.dwarf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.wasmscope.runtime.dwarf.DwarfFormatException;
import org.wasmscope.runtime.dwarf.Expression;
import org.wasmscope.runtime.dwarf.Expression.Piece;
import org.wasmscope.runtime.dwarf.Expression.Piece.Kind;

/**
 * Evaluates hand-assembled DWARF location expressions of wasm32 (4-byte addresses) against a frame with
 * locals [5, 1000], global 0 = 7, operands [3, 11] and memory holding 0x11223344 at 1008: each operation
 * producers emit, and a clear refusal, naming the operation, of those that mean nothing for WebAssembly.
 */
class ExpressionTest {
    private static final int ADDR = 0x03, DEREF = 0x06, CONST1U = 0x08, CONST1S = 0x09, CONST2U = 0x0a,
            CONST2S = 0x0b, CONST4U = 0x0c, CONST4S = 0x0d, CONST8U = 0x0e, CONSTU = 0x10, CONSTS = 0x11, DUP = 0x12,
            DROP = 0x13, OVER = 0x14, PICK = 0x15, SWAP = 0x16, ROT = 0x17, XDEREF = 0x18, ABS = 0x19, AND = 0x1a,
            DIV = 0x1b, MINUS = 0x1c, MOD = 0x1d, MUL = 0x1e, NEG = 0x1f, NOT = 0x20, OR = 0x21, PLUS = 0x22,
            PLUS_UCONST = 0x23, SHL = 0x24, SHR = 0x25, SHRA = 0x26, XOR = 0x27, BRA = 0x28, EQ = 0x29, GE = 0x2a,
            GT = 0x2b, LE = 0x2c, LT = 0x2d, NE = 0x2e, SKIP = 0x2f, LIT0 = 0x30, REG0 = 0x50, BREG0 = 0x70,
            REGX = 0x90, FBREG = 0x91, BREGX = 0x92, PIECE = 0x93, DEREF_SIZE = 0x94, NOP = 0x96, CALL_FRAME_CFA = 0x9c,
            BIT_PIECE = 0x9d, IMPLICIT_VALUE = 0x9e, STACK_VALUE = 0x9f, IMPLICIT_POINTER = 0xa0, ADDRX = 0xa1,
            ENTRY_VALUE = 0xa3, CONST_TYPE = 0xa4, DEREF_TYPE = 0xa6, CONVERT = 0xa8, WASM_LOCATION = 0xed,
            GNU_ENTRY_VALUE = 0xf3;

    private static StubFrame frame() {
        byte[] memory = new byte[2048];
        memory[1008] = 0x44;
        memory[1009] = 0x33;
        memory[1010] = 0x22;
        memory[1011] = 0x11;
        return new StubFrame(new long[] {5, 1000}, new long[] {7}, new long[] {3, 11}, memory);
    }

    private static List<Piece> evaluate(Dwarf expr) {
        return Expression.evaluate(expr.toBytes(), 4, frame(), 1000L);
    }

    /** The value a computed expression (ending in DW_OP_stack_value) gives. */
    private static long value(Dwarf expr) {
        List<Piece> pieces = evaluate(expr.u8(STACK_VALUE));
        assertEquals(1, pieces.size());
        assertEquals(Kind.VALUE, pieces.get(0).kind());
        return pieces.get(0).value();
    }

    private static String refusal(Dwarf expr) {
        return assertThrows(DwarfFormatException.class, () -> evaluate(expr)).getMessage();
    }

    @Test
    void literalsAndConstants() {
        assertEquals(0, value(new Dwarf().u8(LIT0)));
        assertEquals(31, value(new Dwarf().u8(LIT0 + 31)));
        assertEquals(200, value(new Dwarf().u8(CONST1U, 200)));
        assertEquals(-1, value(new Dwarf().u8(CONST1S, 0xFF)));
        assertEquals(0xFFFE, value(new Dwarf().u8(CONST2U).u16(0xFFFE)));
        assertEquals(-2, value(new Dwarf().u8(CONST2S).u16(0xFFFE)));
        assertEquals(0xFFFFFFFEL, value(new Dwarf().u8(CONST4U).u32(0xFFFFFFFEL)));
        assertEquals(-2, value(new Dwarf().u8(CONST4S).u32(0xFFFFFFFEL)));
        assertEquals(0x1_0000_0002L, value(new Dwarf().u8(CONST8U).u32(2).u32(1)));
        assertEquals(300, value(new Dwarf().u8(CONSTU).uleb(300)));
        assertEquals(-300, value(new Dwarf().u8(CONSTS).sleb(-300)));
        assertEquals(0x400, value(new Dwarf().u8(ADDR).u32(0x400)));
        assertEquals(-1, value(new Dwarf().u8(LIT0, NOT))); // LLVM's -1
        assertEquals(0x1234, value(new Dwarf().u8(CONST_TYPE).uleb(0x2a).u8(2, 0x34, 0x12))); // the bits of a typed constant
    }

    @Test
    void arithmeticAndComparisons() {
        assertEquals(12, value(new Dwarf().u8(LIT0 + 7, LIT0 + 5, PLUS)));
        assertEquals(2, value(new Dwarf().u8(LIT0 + 7, LIT0 + 5, MINUS)));
        assertEquals(35, value(new Dwarf().u8(LIT0 + 7, LIT0 + 5, MUL)));
        assertEquals(-4, value(new Dwarf().u8(CONSTS).sleb(-9).u8(LIT0 + 2, DIV))); // signed
        assertEquals(1, value(new Dwarf().u8(LIT0 + 9, LIT0 + 2, MOD)));
        assertEquals(-7, value(new Dwarf().u8(LIT0 + 7, NEG)));
        assertEquals(7, value(new Dwarf().u8(CONSTS).sleb(-7).u8(ABS)));
        assertEquals(0b100, value(new Dwarf().u8(LIT0 + 0b110, LIT0 + 0b101, AND)));
        assertEquals(0b111, value(new Dwarf().u8(LIT0 + 0b110, LIT0 + 0b101, OR)));
        assertEquals(0b011, value(new Dwarf().u8(LIT0 + 0b110, LIT0 + 0b101, XOR)));
        assertEquals(40, value(new Dwarf().u8(LIT0 + 5, LIT0 + 3, SHL)));
        assertEquals(Long.MAX_VALUE, value(new Dwarf().u8(LIT0, NOT, LIT0 + 1, SHR))); // logical
        assertEquals(-1, value(new Dwarf().u8(LIT0, NOT, LIT0 + 1, SHRA))); // arithmetic
        assertEquals(1005, value(new Dwarf().u8(FBREG).sleb(0).u8(PLUS_UCONST).uleb(5)));
        assertEquals(996, value(new Dwarf().u8(FBREG).sleb(-4)));
        assertEquals(List.of(1L, 0L, 1L, 0L, 1L, 0L), List.of(
                value(new Dwarf().u8(LIT0 + 3, LIT0 + 3, EQ)), value(new Dwarf().u8(LIT0 + 3, LIT0 + 3, NE)),
                value(new Dwarf().u8(CONSTS).sleb(-1).u8(LIT0, LT)), value(new Dwarf().u8(CONSTS).sleb(-1).u8(LIT0, GT)),
                value(new Dwarf().u8(LIT0 + 2, LIT0 + 2, GE)), value(new Dwarf().u8(LIT0 + 3, LIT0 + 2, LE))));
        assertTrue(refusal(new Dwarf().u8(LIT0 + 1, LIT0, DIV)).contains("division by zero"));
    }

    @Test
    void stackOperationsAndBranches() {
        assertEquals(6, value(new Dwarf().u8(LIT0 + 3, DUP, PLUS)));
        assertEquals(1, value(new Dwarf().u8(LIT0 + 1, LIT0 + 2, DROP)));
        assertEquals(1, value(new Dwarf().u8(LIT0 + 1, LIT0 + 2, OVER, MINUS))); // 1 2 1, then 2 - 1
        assertEquals(1, value(new Dwarf().u8(LIT0 + 1, LIT0 + 2, LIT0 + 3, PICK, 2)));
        assertEquals(1, value(new Dwarf().u8(LIT0 + 2, LIT0 + 3, SWAP, MINUS))); // 3 - 2
        assertEquals(3, value(new Dwarf().u8(LIT0 + 1, LIT0 + 2, LIT0 + 3, ROT, DROP, DROP))); // 3 1 2
        assertEquals(9, value(new Dwarf().u8(LIT0 + 9, SKIP).u16(1).u8(LIT0 + 4)));
        assertEquals(4, value(new Dwarf().u8(LIT0 + 9, LIT0, BRA).u16(1).u8(LIT0 + 4, NOP)));
        assertTrue(refusal(new Dwarf().u8(SKIP).u16(100)).contains("branch out of the expression"));
        assertTrue(refusal(new Dwarf().u8(SKIP).u16(0xFFFD)).contains("does not end")); // skips back to itself
        assertTrue(refusal(new Dwarf().u8(DUP)).contains("stack underflow"));
    }

    @Test
    void memoryReads() {
        assertEquals(0x11223344, value(new Dwarf().u8(CONST2U).u16(1008).u8(DEREF))); // 4 bytes: the address size
        assertEquals(0x44, value(new Dwarf().u8(CONST2U).u16(1008).u8(DEREF_SIZE, 1)));
        assertEquals(0x3344, value(new Dwarf().u8(CONST2U).u16(1008).u8(DEREF_TYPE, 2).uleb(0x2a)));
        assertEquals(0x11223344, value(new Dwarf().u8(CONST2U).u16(1008).u8(DEREF, CONVERT, 0))); // to the generic type
        assertThrows(IndexOutOfBoundsException.class, () -> evaluate(new Dwarf().u8(CONST4U).u32(1 << 20).u8(DEREF)));
    }

    @Test
    void locationsOfEachKind() {
        assertEquals(List.of(new Piece(Kind.MEMORY, 1008, 0, null, 0)), evaluate(new Dwarf().u8(FBREG).sleb(8)));
        assertEquals(List.of(new Piece(Kind.LOCAL, 1, 1000, null, 0)),
                evaluate(new Dwarf().u8(WASM_LOCATION, 0, 1, STACK_VALUE)));
        assertEquals(List.of(new Piece(Kind.GLOBAL, 0, 7, null, 0)), evaluate(new Dwarf().u8(WASM_LOCATION, 1, 0)));
        assertEquals(List.of(new Piece(Kind.GLOBAL, 0, 7, null, 0)), evaluate(new Dwarf().u8(WASM_LOCATION, 3).u32(0)));
        assertEquals(List.of(new Piece(Kind.OPERAND, 1, 11, null, 0)),
                evaluate(new Dwarf().u8(WASM_LOCATION, 2, 1, STACK_VALUE)));
        // clang -O2: a value computed from a local is no place to write to
        assertEquals(List.of(new Piece(Kind.VALUE, 0, 9, null, 0)),
                evaluate(new Dwarf().u8(WASM_LOCATION, 0, 0).u8(PLUS_UCONST).uleb(4).u8(STACK_VALUE)));
        assertEquals(1000, value(new Dwarf().u8(WASM_LOCATION, 0, 1, CONST1U, 8, PLUS, CONST1U, 8, MINUS)));
        // computed from a local without DW_OP_stack_value: an address, as from a base register
        assertEquals(List.of(new Piece(Kind.MEMORY, 1008, 0, null, 0)),
                evaluate(new Dwarf().u8(WASM_LOCATION, 0, 1).u8(PLUS_UCONST).uleb(8)));
        List<Piece> implicit = evaluate(new Dwarf().u8(IMPLICIT_VALUE, 2, 0x2a, 0));
        assertEquals(Kind.BYTES, implicit.get(0).kind());
        assertArrayEquals(new byte[] {0x2a, 0}, implicit.get(0).bytes());
        assertEquals(List.of(), evaluate(new Dwarf())); // optimized out
    }

    @Test
    void compositeLocations() {
        assertEquals(List.of(new Piece(Kind.MEMORY, 1008, 0, null, 4), new Piece(Kind.LOCAL, 0, 5, null, 4),
                new Piece(Kind.NONE, 0, 0, null, 2)), evaluate(new Dwarf().u8(FBREG).sleb(8).u8(PIECE, 4)
                        .u8(WASM_LOCATION, 0, 0, STACK_VALUE, PIECE, 4, PIECE, 2)));
        // byte-aligned bit pieces: 16 bits from bit 8 of memory at 1008, 8 bits from bit 8 of a value
        assertEquals(List.of(new Piece(Kind.MEMORY, 1009, 0, null, 2), new Piece(Kind.VALUE, 0, 0x12, null, 1)),
                evaluate(new Dwarf().u8(FBREG).sleb(8).u8(BIT_PIECE, 16, 8).u8(CONST2U).u16(0x1234)
                        .u8(STACK_VALUE, BIT_PIECE, 8, 8)));
        assertEquals("location expression: DW_OP_bit_piece of 3 bits at bit 0: only whole bytes are read",
                refusal(new Dwarf().u8(LIT0, STACK_VALUE, BIT_PIECE, 3, 0)));
    }

    @Test
    void whatMeansNothingForWebAssemblyIsRefusedWithTheReason() {
        String registers = ": WebAssembly defines no DWARF registers (its locals, globals and operands are named by"
                + " DW_OP_WASM_location)";
        assertEquals("location expression: DW_OP_reg5" + registers, refusal(new Dwarf().u8(REG0 + 5)));
        assertEquals("location expression: DW_OP_regx 40" + registers, refusal(new Dwarf().u8(REGX).uleb(40)));
        assertEquals("location expression: DW_OP_breg3" + registers, refusal(new Dwarf().u8(BREG0 + 3).sleb(-8)));
        assertEquals("location expression: DW_OP_bregx 33" + registers, refusal(new Dwarf().u8(BREGX).uleb(33).sleb(4)));
        assertEquals("location expression: DW_OP_call_frame_cfa: WebAssembly code carries no call frame information"
                + " (.debug_frame)", refusal(new Dwarf().u8(CALL_FRAME_CFA)));
        String entry = "location expression: DW_OP_entry_value: a WebAssembly frame keeps only the current values of"
                + " its locals, not those it was entered with";
        assertEquals(entry, refusal(new Dwarf().u8(ENTRY_VALUE, 3, WASM_LOCATION, 0, 0, STACK_VALUE)));
        assertEquals(entry, refusal(new Dwarf().u8(GNU_ENTRY_VALUE, 3, WASM_LOCATION, 0, 0, STACK_VALUE)));
        assertEquals("location expression: DW_OP_xderef: WebAssembly has no address spaces",
                refusal(new Dwarf().u8(LIT0, LIT0, XDEREF)));
        assertEquals("location expression: DW_OP_implicit_pointer: a pointer to a value that has no address",
                refusal(new Dwarf().u8(IMPLICIT_POINTER).u32(0x40).sleb(0)));
        assertEquals("location expression: DW_OP_convert to a base type: typed values are not evaluated",
                refusal(new Dwarf().u8(LIT0, CONVERT, 0x2a)));
        assertEquals("location expression: DW_OP_addrx without a unit's .debug_addr", refusal(new Dwarf().u8(ADDRX, 0)));
        assertEquals("location expression: unknown DW_OP_WASM_location kind 9", refusal(new Dwarf().u8(WASM_LOCATION, 9, 0)));
        assertEquals("location expression: unsupported operation 0xe1", refusal(new Dwarf().u8(0xe1)));
    }
}
