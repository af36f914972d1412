package org.wasmscope.runtime.text;

import java.math.BigInteger;

import org.wasmscope.runtime.syntax.Instr;
import org.wasmscope.runtime.syntax.SpecVersion;
import org.wasmscope.runtime.text.Token.Kind;

/** Reading number tokens as the values an instruction or a field needs, with the spec's range errors. */
final class Literals {
    private Literals() {
    }

    /** A u32 (an index, a limit): a natural number below 2^32. */
    static int u32(Cursor c) {
        Token t = c.peek();
        if (t.kind() != Kind.NUMBER || !Numbers.isNat(t.text())) {
            throw c.unexpected();
        }
        c.next();
        return (int) u32(t, t.text());
    }

    /**
     * A u32 index (of a module's entities, a label, a local). Indices of 2^31 and above are kept as
     * {@link Integer#MAX_VALUE}, as the binary format's are: no module can have that many, so validation
     * rejects them either way, and a negative int would mean "none" or mislead index checks.
     */
    static int index(Cursor c) {
        Token t = c.peek();
        if (t.kind() != Kind.NUMBER || !Numbers.isNat(t.text())) {
            throw c.unexpected();
        }
        c.next();
        return (int) Math.min(u32(t, t.text()), Integer.MAX_VALUE);
    }

    static long u32(Token t, String digits) {
        return unsigned(t, digits, 32);
    }

    /** A natural number below 2^bits (32 or 64), as its bits. */
    static long unsigned(Token t, String digits, int bits) {
        BigInteger v = Numbers.unsigned(digits, bits);
        if (v == null) {
            throw Cursor.error(t, "i" + bits + " constant out of range");
        }
        return v.longValue();
    }

    /**
     * A bound of limits, a memarg's offset or alignment: a u64 in 3.0 (validation checks what the address
     * type allows), a u32 in 2.0.
     */
    static long addressNumber(Cursor c, Token t, String digits) {
        return unsigned(t, digits, c.version == SpecVersion.V2 ? 32 : 64);
    }

    /** {@link #addressNumber} as the next token. */
    static long addressNumber(Cursor c) {
        Token t = c.peek();
        if (t.kind() != Kind.NUMBER || !Numbers.isNat(t.text())) {
            throw c.unexpected();
        }
        c.next();
        return addressNumber(c, t, t.text());
    }

    /** An iN constant (N = 8, 16, 32, 64) as its N-bit pattern. */
    static long integer(Cursor c, int bits) {
        Token t = c.peek();
        if (t.kind() != Kind.NUMBER || !Numbers.isInt(t.text())) {
            throw c.unexpected();
        }
        c.next();
        Long v = Numbers.bitsOf(t.text(), bits);
        if (v == null) {
            throw Cursor.error(t, "constant out of range");
        }
        return v;
    }

    static int f32(Cursor c) {
        Token t = c.expect(Kind.NUMBER);
        Integer v = Numbers.f32Bits(t.text());
        if (v == null) {
            throw Cursor.error(t, "constant out of range");
        }
        return v;
    }

    static long f64(Cursor c) {
        Token t = c.expect(Kind.NUMBER);
        Long v = Numbers.f64Bits(t.text());
        if (v == null) {
            throw Cursor.error(t, "constant out of range");
        }
        return v;
    }

    /** A lane index: a natural number that fits a byte. */
    static int laneIndex(Cursor c) {
        Token t = c.peek();
        if (t.kind() != Kind.NUMBER || !Numbers.isNat(t.text())) {
            throw c.unexpected();
        }
        c.next();
        BigInteger v = Numbers.unsigned(t.text(), 8);
        if (v == null) {
            throw c.badLaneIndex(t);
        }
        return v.intValue();
    }

    /**
     * {@code v128.const shape lit*} after the keyword (spec 6.5.8): the shape fixes how many literals follow
     * and how each is read; the 16 bytes are stored little endian into {@code imm} (low) and {@code imm2}.
     */
    static void v128(Cursor c, Instr into) {
        Token shape = c.expect(Kind.KEYWORD);
        int lanes = lanes(shape);
        int given = 0;
        while (c.peek(given).kind() == Kind.NUMBER) {
            given++;
        }
        Token after = c.peek(given);
        if (given < lanes && after.kind() == Kind.KEYWORD && !Keywords.known(after.text())) {
            throw Cursor.unexpected(after); // the reference lexer rejects the token before lanes are counted
        }
        if (given != lanes) {
            throw Cursor.error(c.peek(Math.min(given, lanes)), "wrong number of lane literals");
        }
        int width = 128 / lanes;
        long lo = 0;
        long hi = 0;
        for (int i = 0; i < lanes; i++) {
            long bits = switch (shape.text()) {
                case "f32x4" -> f32(c) & 0xFFFFFFFFL;
                case "f64x2" -> f64(c);
                default -> integer(c, width);
            };
            int bit = i * width;
            if (bit < 64) {
                lo |= bits << bit;
            } else {
                hi |= bits << (bit - 64);
            }
        }
        into.imm = lo;
        into.imm2 = hi;
    }

    /** The number of lanes of a shape keyword. */
    static int lanes(Token shape) {
        return switch (shape.text()) {
            case "i8x16" -> 16;
            case "i16x8" -> 8;
            case "i32x4", "f32x4" -> 4;
            case "i64x2", "f64x2" -> 2;
            default -> throw Cursor.unexpected(shape);
        };
    }
}
