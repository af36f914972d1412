package org.wasmscope.runtime.dwarf;

import java.util.ArrayList;
import java.util.List;

/**
 * Evaluates a DWARF location expression (DWARF 5 §2.5, §2.6) against a {@link FrameState}: the literal and
 * constant pushes, the stack operations, arithmetic, comparisons and branches, {@code DW_OP_fbreg} from the
 * frame base, memory reads ({@code deref}, {@code deref_size}, {@code deref_type}), composite locations
 * ({@code piece}, byte-aligned {@code bit_piece}), {@code stack_value}, {@code implicit_value}, and
 * WebAssembly's {@code DW_OP_WASM_location} (local 0, global 1 and 3, operand stack 2). That one alone (or
 * before {@code DW_OP_stack_value}, as clang writes it) names the local, global or operand that holds the value,
 * as a register location would, and the piece is that place; followed by other operations, its value is an
 * ordinary stack entry (as LLDB evaluates it): a computed value with {@code DW_OP_stack_value}, else an address.
 *
 * <p>The stack holds 64-bit values, wider than wasm32's 4-byte generic type, so that a 64-bit local or
 * constant survives as LLVM's producers (clang, Rust, emscripten) expect. What has no meaning for
 * WebAssembly is refused with a message that says why: DWARF registers ({@code DW_OP_reg*}, {@code regx},
 * {@code breg*}, {@code bregx}, {@code regval_type}: WebAssembly defines no register numbers; its locals,
 * globals and operands are {@code DW_OP_WASM_location}), {@code call_frame_cfa} (WebAssembly code carries
 * no call frame information), {@code entry_value} (a WebAssembly frame keeps only the current values of its
 * locals), and the operations no WebAssembly producer emits (address spaces, TLS, calls into other
 * entries, implicit pointers, type conversions).
 */
public final class Expression {
    /**
     * Where (part of) a value is: in memory 0 at {@code where}; in local, global or operand {@code where}
     * (whose bits are {@code value}); the computed value {@code value} itself; given {@code bytes}; or
     * nowhere. {@code size} is the piece's size in bytes, 0 for a whole value.
     */
    public record Piece(Kind kind, long where, long value, byte[] bytes, long size) {
        public enum Kind {
            MEMORY, LOCAL, GLOBAL, OPERAND, VALUE, BYTES, NONE
        }

        /** Whether the piece names a place that holds it (memory, a local, a global, an operand), so writing it changes the value. */
        public boolean isPlace() {
            return kind == Kind.MEMORY || kind == Kind.LOCAL || kind == Kind.GLOBAL || kind == Kind.OPERAND;
        }
    }

    private static final int OP_ADDR = 0x03, OP_DEREF = 0x06, OP_CONST1U = 0x08, OP_CONST1S = 0x09,
            OP_CONST2U = 0x0a, OP_CONST2S = 0x0b, OP_CONST4U = 0x0c, OP_CONST4S = 0x0d, OP_CONST8U = 0x0e,
            OP_CONST8S = 0x0f, OP_CONSTU = 0x10, OP_CONSTS = 0x11, OP_DUP = 0x12, OP_DROP = 0x13, OP_OVER = 0x14,
            OP_PICK = 0x15, OP_SWAP = 0x16, OP_ROT = 0x17, OP_ABS = 0x19, OP_AND = 0x1a, OP_DIV = 0x1b,
            OP_MINUS = 0x1c, OP_MOD = 0x1d, OP_MUL = 0x1e, OP_NEG = 0x1f, OP_NOT = 0x20, OP_OR = 0x21,
            OP_PLUS = 0x22, OP_PLUS_UCONST = 0x23, OP_SHL = 0x24, OP_SHR = 0x25, OP_SHRA = 0x26, OP_XOR = 0x27,
            OP_BRA = 0x28, OP_EQ = 0x29, OP_GE = 0x2a, OP_GT = 0x2b, OP_LE = 0x2c, OP_LT = 0x2d, OP_NE = 0x2e,
            OP_SKIP = 0x2f, OP_LIT0 = 0x30, OP_LIT31 = 0x4f, OP_REG0 = 0x50, OP_REG31 = 0x6f, OP_BREG0 = 0x70,
            OP_BREG31 = 0x8f, OP_REGX = 0x90, OP_FBREG = 0x91, OP_BREGX = 0x92, OP_PIECE = 0x93, OP_DEREF_SIZE = 0x94,
            OP_NOP = 0x96, OP_CALL_FRAME_CFA = 0x9c, OP_BIT_PIECE = 0x9d, OP_IMPLICIT_VALUE = 0x9e,
            OP_STACK_VALUE = 0x9f, OP_ADDRX = 0xa1, OP_CONSTX = 0xa2, OP_ENTRY_VALUE = 0xa3, OP_CONST_TYPE = 0xa4,
            OP_REGVAL_TYPE = 0xa5, OP_DEREF_TYPE = 0xa6, OP_CONVERT = 0xa8, OP_REINTERPRET = 0xa9,
            OP_WASM_LOCATION = 0xed, OP_GNU_ENTRY_VALUE = 0xf3;
    /** Operations refused by name: their meaning needs what a WebAssembly module does not have. */
    private static final java.util.Map<Integer, String> REFUSED = java.util.Map.ofEntries(
            java.util.Map.entry(0x18, "DW_OP_xderef: WebAssembly has no address spaces"),
            java.util.Map.entry(0x95, "DW_OP_xderef_size: WebAssembly has no address spaces"),
            java.util.Map.entry(0xa7, "DW_OP_xderef_type: WebAssembly has no address spaces"),
            java.util.Map.entry(0x97, "DW_OP_push_object_address: no object is being evaluated"),
            java.util.Map.entry(0x98, "DW_OP_call2: calls into other entries are not evaluated"),
            java.util.Map.entry(0x99, "DW_OP_call4: calls into other entries are not evaluated"),
            java.util.Map.entry(0x9a, "DW_OP_call_ref: calls into other entries are not evaluated"),
            java.util.Map.entry(0x9b, "DW_OP_form_tls_address: WebAssembly has no thread-local storage block here"),
            java.util.Map.entry(0xe0, "DW_OP_GNU_push_tls_address: WebAssembly has no thread-local storage block here"),
            java.util.Map.entry(0xa0, "DW_OP_implicit_pointer: a pointer to a value that has no address"),
            java.util.Map.entry(0xf2, "DW_OP_GNU_implicit_pointer: a pointer to a value that has no address"));
    private static final int WASM_LOCAL = 0, WASM_GLOBAL = 1, WASM_OPERAND = 2, WASM_GLOBAL_U32 = 3;
    private static final int MAX_STEPS = 10_000, MAX_STACK = 1_000;

    private Expression() {
    }

    /**
     * The pieces of the location {@code expr} describes, for a unit with {@code addressSize}-byte addresses and
     * no {@code .debug_addr} ({@code DW_OP_addrx} and {@code constx} are refused); {@code frameBase} is the value
     * of the function's frame base (for {@code DW_OP_fbreg}), or null if it has none.
     *
     * @throws DwarfFormatException if the expression is damaged or cannot be evaluated for WebAssembly (the
     *         message says which operation and why)
     */
    public static List<Piece> evaluate(byte[] expr, int addressSize, FrameState state, Long frameBase) {
        return evaluate(expr, addressSize, null, state, frameBase);
    }

    /** As {@link #evaluate(byte[], int, FrameState, Long)} for an expression of unit {@code u}. */
    static List<Piece> evaluate(byte[] expr, Unit u, FrameState state, Long frameBase) {
        return evaluate(expr, u.addressSize, u, state, frameBase);
    }

    private static List<Piece> evaluate(byte[] expr, int addressSize, Unit u, FrameState state, Long frameBase) {
        ByteReader r = new ByteReader("location expression", expr);
        List<Piece> pieces = new ArrayList<>();
        long[] stack = new long[16];
        int sp = 0;
        boolean isValue = false; // the top of the stack is the value, not its address
        Piece.Kind placeKind = null; // the top of the stack is the untouched value of this WebAssembly place
        long placeIndex = 0;
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
            if (op != OP_STACK_VALUE && op != OP_NOP && op != OP_PIECE && op != OP_BIT_PIECE) {
                // anything else computes from the place's value, which is then an ordinary stack entry (as LLDB reads
                // DW_OP_WASM_location): an address again unless DW_OP_stack_value ends the expression
                placeKind = null;
                isValue = false;
            }
            if (op >= OP_LIT0 && op <= OP_LIT31) {
                stack[sp++] = op - OP_LIT0;
                continue;
            }
            if (op >= OP_REG0 && op <= OP_BREG31 || op == OP_REGX || op == OP_BREGX || op == OP_REGVAL_TYPE) {
                throw r.error(registerName(op, r) + ": WebAssembly defines no DWARF registers"
                        + " (its locals, globals and operands are named by DW_OP_WASM_location)");
            }
            String refused = REFUSED.get(op);
            if (refused != null) {
                throw r.error(refused);
            }
            switch (op) {
                case OP_ADDR -> stack[sp++] = r.unsigned(addressSize);
                case OP_ADDRX, OP_CONSTX -> {
                    if (u == null) {
                        throw r.error((op == OP_ADDRX ? "DW_OP_addrx" : "DW_OP_constx") + " without a unit's .debug_addr");
                    }
                    stack[sp++] = u.indexedAddress(r.uleb());
                }
                case OP_CONST1U -> stack[sp++] = r.u8();
                case OP_CONST1S -> stack[sp++] = (byte) r.u8();
                case OP_CONST2U -> stack[sp++] = r.u16();
                case OP_CONST2S -> stack[sp++] = (short) r.u16();
                case OP_CONST4U -> stack[sp++] = r.u32();
                case OP_CONST4S -> stack[sp++] = (int) r.u32();
                case OP_CONST8U, OP_CONST8S -> stack[sp++] = r.u64();
                case OP_CONSTU -> stack[sp++] = r.uleb();
                case OP_CONSTS -> stack[sp++] = r.sleb();
                case OP_CONST_TYPE -> { // a typed constant: its bits (the stack keeps no types)
                    r.uleb(); // the base type
                    int size = r.u8();
                    byte[] b = r.bytes(size);
                    long v = 0;
                    for (int i = Math.min(size, 8) - 1; i >= 0; i--) {
                        v = v << 8 | b[i] & 0xFF;
                    }
                    stack[sp++] = v;
                }
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
                    stack[sp - 1] = read(state, stack[sp - 1], addressSize);
                }
                case OP_DEREF_SIZE -> {
                    int size = r.u8();
                    need(r, sp, 1);
                    stack[sp - 1] = read(state, stack[sp - 1], size);
                }
                case OP_DEREF_TYPE -> { // the bits of a typed value in memory
                    int size = r.u8();
                    r.uleb(); // the base type
                    need(r, sp, 1);
                    stack[sp - 1] = read(state, stack[sp - 1], size);
                }
                case OP_CONVERT, OP_REINTERPRET -> {
                    if (r.uleb() != 0) { // to the generic type: the bits stay; a conversion between types is not made
                        throw r.error((op == OP_CONVERT ? "DW_OP_convert" : "DW_OP_reinterpret")
                                + " to a base type: typed values are not evaluated");
                    }
                    need(r, sp, 1);
                }
                case OP_NOP -> {
                }
                case OP_CALL_FRAME_CFA -> throw r.error(
                        "DW_OP_call_frame_cfa: WebAssembly code carries no call frame information (.debug_frame)");
                case OP_ENTRY_VALUE, OP_GNU_ENTRY_VALUE -> {
                    r.bytes(r.uleb()); // read, so a damaged length says so first
                    throw r.error("DW_OP_entry_value: a WebAssembly frame keeps only the current values of its locals,"
                            + " not those it was entered with");
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
                    isValue = true; // alone, it names where the value is, as a register would
                    placeKind = kind == WASM_LOCAL ? Piece.Kind.LOCAL : kind == WASM_OPERAND ? Piece.Kind.OPERAND
                            : Piece.Kind.GLOBAL;
                    placeIndex = index;
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
                case OP_PIECE, OP_BIT_PIECE -> {
                    long size = r.uleb();
                    long offset = 0;
                    if (op == OP_BIT_PIECE) {
                        offset = r.uleb();
                        if (size % 8 != 0 || offset % 8 != 0) {
                            throw r.error("DW_OP_bit_piece of " + size + " bits at bit " + offset
                                    + ": only whole bytes are read");
                        }
                        size /= 8;
                        offset /= 8;
                    }
                    pieces.add(piece(stack, sp, isValue, placeKind, placeIndex, size, offset));
                    sp = 0;
                    isValue = false;
                    placeKind = null;
                }
                default -> throw r.error("unsupported operation 0x" + Integer.toHexString(op));
            }
        }
        if (sp > 0 && pieces.isEmpty()) {
            pieces.add(piece(stack, sp, isValue, placeKind, placeIndex, 0, 0));
        }
        return pieces;
    }

    /** The piece the stack describes: {@code size} bytes from byte {@code offset} of the location on its top, or nowhere. */
    private static Piece piece(long[] stack, int sp, boolean isValue, Piece.Kind place, long index, long size,
            long offset) {
        if (sp == 0) {
            return new Piece(Piece.Kind.NONE, 0, 0, null, size);
        }
        long top = stack[sp - 1];
        if (!isValue) {
            return new Piece(Piece.Kind.MEMORY, top + offset, 0, null, size);
        }
        long value = offset >= 8 ? 0 : top >>> (8 * offset);
        return place != null && offset == 0 ? new Piece(place, index, value, null, size)
                : new Piece(Piece.Kind.VALUE, 0, value, null, size);
    }

    /** {@code DW_OP_reg5}, {@code DW_OP_breg5}, {@code DW_OP_regx 40}: the register operation, read past its operands. */
    private static String registerName(int op, ByteReader r) {
        if (op <= OP_REG31) {
            return "DW_OP_reg" + (op - OP_REG0);
        }
        if (op <= OP_BREG31) {
            r.sleb();
            return "DW_OP_breg" + (op - OP_BREG0);
        }
        long register = r.uleb();
        return (op == OP_REGX ? "DW_OP_regx " : op == OP_BREGX ? "DW_OP_bregx " : "DW_OP_regval_type ") + register;
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
