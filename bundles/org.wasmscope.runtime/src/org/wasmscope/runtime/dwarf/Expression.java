package org.wasmscope.runtime.dwarf;

import java.util.ArrayList;
import java.util.List;

/**
 * Evaluates a DWARF location expression (DWARF 5 §2.5, §2.6) against a {@link FrameState}: the stack
 * operations, arithmetic and branches, {@code DW_OP_fbreg} from the frame base, memory reads, composite
 * locations ({@code DW_OP_piece}), {@code DW_OP_stack_value} and {@code DW_OP_implicit_value}, and
 * WebAssembly's {@code DW_OP_WASM_location} (local 0, global 1 and 3, operand stack 2).
 */
final class Expression {
    /** Where (part of) a value is: in memory at {@code address}, the value {@code value} itself, given bytes, or nowhere. */
    record Piece(Kind kind, long address, long value, byte[] bytes, long size) {
        enum Kind {
            MEMORY, VALUE, BYTES, NONE
        }
    }

    private static final int OP_ADDR = 0x03, OP_DEREF = 0x06, OP_CONST1U = 0x08, OP_CONST1S = 0x09,
            OP_CONST2U = 0x0a, OP_CONST2S = 0x0b, OP_CONST4U = 0x0c, OP_CONST4S = 0x0d, OP_CONST8U = 0x0e,
            OP_CONST8S = 0x0f, OP_CONSTU = 0x10, OP_CONSTS = 0x11, OP_DUP = 0x12, OP_DROP = 0x13, OP_OVER = 0x14,
            OP_PICK = 0x15, OP_SWAP = 0x16, OP_ROT = 0x17, OP_ABS = 0x19, OP_AND = 0x1a, OP_DIV = 0x1b,
            OP_MINUS = 0x1c, OP_MOD = 0x1d, OP_MUL = 0x1e, OP_NEG = 0x1f, OP_NOT = 0x20, OP_OR = 0x21,
            OP_PLUS = 0x22, OP_PLUS_UCONST = 0x23, OP_SHL = 0x24, OP_SHR = 0x25, OP_SHRA = 0x26, OP_XOR = 0x27,
            OP_BRA = 0x28, OP_EQ = 0x29, OP_GE = 0x2a, OP_GT = 0x2b, OP_LE = 0x2c, OP_LT = 0x2d, OP_NE = 0x2e,
            OP_SKIP = 0x2f, OP_LIT0 = 0x30, OP_LIT31 = 0x4f, OP_FBREG = 0x91, OP_PIECE = 0x93, OP_DEREF_SIZE = 0x94,
            OP_NOP = 0x96, OP_IMPLICIT_VALUE = 0x9e, OP_STACK_VALUE = 0x9f, OP_ADDRX = 0xa1, OP_CONSTX = 0xa2,
            OP_WASM_LOCATION = 0xed;
    private static final int WASM_LOCAL = 0, WASM_GLOBAL = 1, WASM_OPERAND = 2, WASM_GLOBAL_U32 = 3;
    private static final int MAX_STEPS = 10_000, MAX_STACK = 1_000;

    private Expression() {
    }

    /**
     * The pieces of the location {@code expr} describes; {@code frameBase} is the value of the function's
     * frame base (for {@code DW_OP_fbreg}), or null if it has none.
     */
    static List<Piece> evaluate(byte[] expr, Unit u, FrameState state, Long frameBase) {
        ByteReader r = new ByteReader("location expression", expr);
        List<Piece> pieces = new ArrayList<>();
        long[] stack = new long[16];
        int sp = 0;
        boolean isValue = false; // the top of the stack is the value, not its address
        for (int steps = 0; !r.atEnd(); steps++) {
            if (steps > MAX_STEPS) {
                throw r.error("does not end");
            }
            if (sp + 3 >= stack.length) {
                if (stack.length >= MAX_STACK) {
                    throw r.error("stack too deep");
                }
                stack = java.util.Arrays.copyOf(stack, stack.length * 2);
            }
            int op = r.u8();
            if (op >= OP_LIT0 && op <= OP_LIT31) {
                stack[sp++] = op - OP_LIT0;
                continue;
            }
            switch (op) {
                case OP_ADDR -> stack[sp++] = r.unsigned(u.addressSize);
                case OP_ADDRX, OP_CONSTX -> stack[sp++] = u.indexedAddress(r.uleb());
                case OP_CONST1U -> stack[sp++] = r.u8();
                case OP_CONST1S -> stack[sp++] = (byte) r.u8();
                case OP_CONST2U -> stack[sp++] = r.u16();
                case OP_CONST2S -> stack[sp++] = (short) r.u16();
                case OP_CONST4U -> stack[sp++] = r.u32();
                case OP_CONST4S -> stack[sp++] = (int) r.u32();
                case OP_CONST8U, OP_CONST8S -> stack[sp++] = r.u64();
                case OP_CONSTU -> stack[sp++] = r.uleb();
                case OP_CONSTS -> stack[sp++] = r.sleb();
                case OP_DUP -> {
                    need(r, sp, 1);
                    stack[sp] = stack[sp - 1];
                    sp++;
                }
                case OP_DROP -> sp -= need(r, sp, 1);
                case OP_OVER -> {
                    need(r, sp, 2);
                    stack[sp] = stack[sp - 2];
                    sp++;
                }
                case OP_PICK -> {
                    int i = r.u8();
                    need(r, sp, i + 1);
                    stack[sp] = stack[sp - 1 - i];
                    sp++;
                }
                case OP_SWAP -> {
                    need(r, sp, 2);
                    long t = stack[sp - 1];
                    stack[sp - 1] = stack[sp - 2];
                    stack[sp - 2] = t;
                }
                case OP_ROT -> {
                    need(r, sp, 3);
                    long t = stack[sp - 1];
                    stack[sp - 1] = stack[sp - 2];
                    stack[sp - 2] = stack[sp - 3];
                    stack[sp - 3] = t;
                }
                case OP_ABS, OP_NEG, OP_NOT -> {
                    need(r, sp, 1);
                    long v = stack[sp - 1];
                    stack[sp - 1] = op == OP_ABS ? Math.abs(v) : op == OP_NEG ? -v : ~v;
                }
                case OP_AND, OP_DIV, OP_MINUS, OP_MOD, OP_MUL, OP_OR, OP_PLUS, OP_SHL, OP_SHR, OP_SHRA, OP_XOR,
                        OP_EQ, OP_GE, OP_GT, OP_LE, OP_LT, OP_NE -> {
                    need(r, sp, 2);
                    long b = stack[--sp];
                    long a = stack[sp - 1];
                    stack[sp - 1] = binary(r, op, a, b);
                }
                case OP_PLUS_UCONST -> {
                    need(r, sp, 1);
                    stack[sp - 1] += r.uleb();
                }
                case OP_SKIP -> r.pos = jump(r, (short) r.u16());
                case OP_BRA -> {
                    int offset = (short) r.u16();
                    need(r, sp, 1);
                    if (stack[--sp] != 0) {
                        r.pos = jump(r, offset);
                    }
                }
                case OP_FBREG -> {
                    if (frameBase == null) {
                        throw r.error("DW_OP_fbreg without a frame base");
                    }
                    stack[sp++] = frameBase + r.sleb();
                }
                case OP_DEREF -> {
                    need(r, sp, 1);
                    stack[sp - 1] = read(state, stack[sp - 1], u.addressSize);
                }
                case OP_DEREF_SIZE -> {
                    int size = r.u8();
                    need(r, sp, 1);
                    stack[sp - 1] = read(state, stack[sp - 1], size);
                }
                case OP_NOP -> {
                }
                case OP_WASM_LOCATION -> {
                    int kind = r.u8();
                    int index = kind == WASM_GLOBAL_U32 ? (int) Math.min(r.u32(), Integer.MAX_VALUE) : r.ulebInt();
                    stack[sp++] = switch (kind) {
                        case WASM_LOCAL -> state.local(index);
                        case WASM_GLOBAL, WASM_GLOBAL_U32 -> state.global(index);
                        case WASM_OPERAND -> state.operand(index);
                        default -> throw r.error("unknown DW_OP_WASM_location kind " + kind);
                    };
                    isValue = true; // names where the value is, as a register would
                }
                case OP_STACK_VALUE -> isValue = true;
                case OP_IMPLICIT_VALUE -> {
                    byte[] bytes = r.bytes(r.uleb());
                    pieces.add(new Piece(Piece.Kind.BYTES, 0, 0, bytes, bytes.length));
                    sp = 0;
                    isValue = false;
                    if (!r.atEnd() && (r.bytes[r.pos] & 0xFF) == OP_PIECE) {
                        r.u8();
                        r.uleb(); // the piece's size is the implicit value's
                    }
                    continue;
                }
                case OP_PIECE -> {
                    long size = r.uleb();
                    pieces.add(sp == 0 ? new Piece(Piece.Kind.NONE, 0, 0, null, size)
                            : isValue ? new Piece(Piece.Kind.VALUE, 0, stack[sp - 1], null, size)
                                    : new Piece(Piece.Kind.MEMORY, stack[sp - 1], 0, null, size));
                    sp = 0;
                    isValue = false;
                }
                default -> throw r.error("unsupported operation 0x" + Integer.toHexString(op));
            }
        }
        if (sp > 0 && pieces.isEmpty()) {
            pieces.add(isValue ? new Piece(Piece.Kind.VALUE, 0, stack[sp - 1], null, 0)
                    : new Piece(Piece.Kind.MEMORY, stack[sp - 1], 0, null, 0));
        }
        return pieces;
    }

    private static int need(ByteReader r, int sp, int n) {
        if (sp < n) {
            throw r.error("stack underflow");
        }
        return n;
    }

    private static int jump(ByteReader r, int offset) {
        long to = (long) r.pos + offset;
        if (to < 0 || to > r.end) {
            throw r.error("branch out of the expression");
        }
        return (int) to;
    }

    private static long binary(ByteReader r, int op, long a, long b) {
        return switch (op) {
            case OP_AND -> a & b;
            case OP_DIV -> {
                if (b == 0) {
                    throw r.error("division by zero");
                }
                yield a / b;
            }
            case OP_MINUS -> a - b;
            case OP_MOD -> {
                if (b == 0) {
                    throw r.error("division by zero");
                }
                yield Long.remainderUnsigned(a, b);
            }
            case OP_MUL -> a * b;
            case OP_OR -> a | b;
            case OP_PLUS -> a + b;
            case OP_SHL -> b >= 64 ? 0 : a << b;
            case OP_SHR -> b >= 64 ? 0 : a >>> b;
            case OP_SHRA -> a >> Math.min(63, b);
            case OP_XOR -> a ^ b;
            case OP_EQ -> a == b ? 1 : 0;
            case OP_GE -> a >= b ? 1 : 0;
            case OP_GT -> a > b ? 1 : 0;
            case OP_LE -> a <= b ? 1 : 0;
            case OP_LT -> a < b ? 1 : 0;
            default -> a != b ? 1 : 0;
        };
    }

    /** {@code size} bytes (at most 8) of memory 0 at {@code address}, little-endian. */
    static long read(FrameState state, long address, int size) {
        byte[] mem = state.memory();
        if (size < 1 || size > 8 || address < 0 || address > mem.length - size) {
            throw new IndexOutOfBoundsException("memory address 0x" + Long.toHexString(address) + " out of bounds");
        }
        long v = 0;
        for (int i = size - 1; i >= 0; i--) {
            v = v << 8 | mem[(int) address + i] & 0xFF;
        }
        return v;
    }
}
