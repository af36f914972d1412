package org.wasmscope.runtime.dwarf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A C value read from a suspended frame: a variable through its location, or a part of one (a member, an
 * element, what a pointer points to). Its bytes are read once, when it is made; what a pointer points to
 * is read from memory when asked for ({@link #children()}). A scalar (an integer, a float, a char, a bool, an
 * enum, a pointer) whose every byte lives in a place (memory, a WebAssembly local, global or operand) can be
 * {@linkplain #set set}; a computed value, a constant or an implicit value cannot ({@link #readOnlyReason()}).
 */
public final class CValue {
    private static final int MAX_CHILDREN = 1000;
    private static final int MAX_STRING = 200;
    private static final int SHOWN_ELEMENTS = 16;

    /** Bytes {@code [offset, offset + size)} of the value live in {@code kind} {@code where} (memory address or index), from its byte {@code at}. */
    private record Place(int offset, int size, Expression.Piece.Kind kind, long where, int at) {
    }

    private final String name;
    private final CType type;
    /** The value's bytes, little-endian as in memory; null if unavailable. */
    private final byte[] bytes;
    /** Which of the bytes are known (a composite location may leave parts out); null: all. */
    private final boolean[] known;
    /** Where it is in memory 0, or -1 (a local, a constant, a computed value). */
    private final long address;
    private final String unavailable;
    private final FrameState state;
    /** Where its bytes live, if every byte lives in a place; else empty, and {@link #notInPlace} says why. */
    private final List<Place> places;
    private final String notInPlace;

    private CValue(String name, CType type, byte[] bytes, boolean[] known, long address, String unavailable,
            FrameState state, List<Place> places, String notInPlace) {
        this.name = name;
        this.type = type;
        this.bytes = bytes;
        this.known = known;
        this.address = address;
        this.unavailable = unavailable;
        this.state = state;
        this.places = places;
        this.notInPlace = notInPlace;
    }

    /** Variable {@code v} of C frame {@code scope} of {@code info}, at code address {@code address}. */
    public static CValue of(DebugInfo info, Scope scope, Variable v, long address, FrameState state) {
        CType t = v.type();
        int size = (int) Math.min(t.size(), 1 << 20);
        try {
            if (v.constValue != null) {
                byte[] b = v.constValue.block();
                return new CValue(v.name(), t, b != null ? Arrays.copyOf(b, Math.max(size, b.length))
                        : littleEndian(v.constValue.number(), size), null, -1, null, state, List.of(),
                        "a constant (DW_AT_const_value)");
            }
            byte[] expr = v.exprAt(address);
            if (expr == null) {
                return unavailable(v.name(), t, "optimized out", state);
            }
            Long frameBase = info.frameBase(scope.function(), address, state);
            return of(v.name(), t, Expression.evaluate(expr, v.unit, state, frameBase), state);
        } catch (DwarfFormatException | IndexOutOfBoundsException e) {
            return unavailable(v.name(), t, e.getMessage(), state);
        }
    }

    /** The value of type {@code t} at the location {@code pieces} describe (see {@link Expression#evaluate}). */
    private static CValue of(String name, CType t, List<Expression.Piece> pieces, FrameState state) {
        int size = (int) Math.min(t.size(), 1 << 20);
        try {
            if (pieces.isEmpty()) {
                return unavailable(name, t, "optimized out", state);
            }
            boolean whole = pieces.size() == 1 && pieces.get(0).size() == 0;
            byte[] b = new byte[size];
            boolean[] k = whole ? null : new boolean[size];
            List<Place> places = new ArrayList<>();
            String notInPlace = null;
            int at = 0;
            for (Expression.Piece p : pieces) {
                int n = whole ? size : (int) Math.min(p.size(), size - at);
                byte[] part = switch (p.kind()) {
                    case MEMORY -> memory(state, p.where(), n);
                    case LOCAL, GLOBAL, OPERAND, VALUE -> littleEndian(p.value(), n);
                    case BYTES -> Arrays.copyOf(p.bytes(), n);
                    case NONE -> null;
                };
                if (part == null) {
                    if (whole) {
                        return unavailable(name, t, "optimized out", state);
                    }
                } else {
                    System.arraycopy(part, 0, b, at, n);
                    if (k != null) {
                        Arrays.fill(k, at, at + n, true);
                    }
                }
                if (p.isPlace()) {
                    places.add(new Place(at, n, p.kind(), p.where(), 0));
                } else if (notInPlace == null) {
                    notInPlace = switch (p.kind()) {
                        case VALUE -> "a computed value (DW_OP_stack_value)";
                        case BYTES -> "an implicit value (DW_OP_implicit_value)";
                        default -> "partly optimized out";
                    };
                }
                at += n;
            }
            long inMemory = whole && pieces.get(0).kind() == Expression.Piece.Kind.MEMORY ? pieces.get(0).where() : -1;
            return new CValue(name, t, b, k, inMemory, null, state, notInPlace == null ? places : List.of(), notInPlace);
        } catch (IndexOutOfBoundsException e) {
            return unavailable(name, t, e.getMessage(), state);
        }
    }

    private static CValue unavailable(String name, CType t, String why, FrameState state) {
        return new CValue(name, t, null, null, -1, why, state, List.of(), why);
    }

    private static CValue inMemory(String name, CType t, long address, FrameState state) {
        try {
            int size = (int) Math.min(t.size(), 1 << 20);
            return new CValue(name, t, memory(state, address, size), null, address, null, state,
                    List.of(new Place(0, size, Expression.Piece.Kind.MEMORY, address, 0)), null);
        } catch (IndexOutOfBoundsException e) {
            return unavailable(name, t, e.getMessage(), state);
        }
    }

    private static byte[] memory(FrameState state, long address, int size) {
        byte[] mem = state.memory();
        if (address < 0 || size < 0 || address > mem.length - (long) size) {
            throw new IndexOutOfBoundsException("memory address 0x" + Long.toHexString(address) + " out of bounds");
        }
        return Arrays.copyOfRange(mem, (int) address, (int) address + size);
    }

    private static byte[] littleEndian(long v, int size) {
        byte[] b = new byte[size];
        for (int i = 0; i < Math.min(size, 8); i++) {
            b[i] = (byte) (v >>> (8 * i));
        }
        return b;
    }

    public String name() {
        return name;
    }

    public CType type() {
        return type;
    }

    public boolean isAvailable() {
        return bytes != null;
    }

    /** Where the value is in memory 0, or -1. */
    public long address() {
        return address;
    }

    /**
     * Why {@link #set} refuses this value, or null if it accepts one: a value that is unavailable, not a
     * scalar (a struct or array is set member by member), or not wholly in places it can be written to.
     */
    public String readOnlyReason() {
        if (bytes == null) {
            return "its value is unavailable (" + unavailable + ")";
        }
        CType t = type.resolved();
        if (t.kind() != CType.Kind.BASE && t.kind() != CType.Kind.ENUM && t.kind() != CType.Kind.POINTER) {
            return "a " + t.displayName() + " is set part by part";
        }
        if (notInPlace != null) {
            return "it is " + notInPlace;
        }
        if (bytes.length > 8) {
            return "a value of " + bytes.length + " bytes is not set here";
        }
        return null;
    }

    /** Whether {@link #set} accepts a value. */
    public boolean isWritable() {
        return readOnlyReason() == null;
    }

    /**
     * Writes the value {@code text} gives to where this value lives (memory, WebAssembly locals, globals or
     * operands), as C would store it: an integer ({@code 42}, {@code -1}, {@code 0x2a}) that fits the type's
     * bytes, a floating-point number, a char ({@code 'A'}, {@code '\n'} or its code), {@code true} or
     * {@code false}, an enumerator's name, a pointer's address ({@code 0x1040}, {@code NULL}). Writes go
     * through the {@link FrameState}, so only while the frame's session is suspended; this object keeps the
     * bytes it read.
     *
     * @throws IllegalArgumentException if {@code text} is no such value of the type
     * @throws IllegalStateException if the value cannot be set ({@link #readOnlyReason()}) or the state refuses the write
     */
    public void set(String text) {
        String why = readOnlyReason();
        if (why != null) {
            throw new IllegalStateException(name + " cannot be set: " + why);
        }
        byte[] b = littleEndian(parse(text.trim()), bytes.length);
        for (Place p : places) {
            byte[] slice = Arrays.copyOfRange(b, p.offset(), p.offset() + p.size());
            switch (p.kind()) {
                case MEMORY -> state.writeMemory(p.where(), slice);
                case LOCAL -> state.setLocal((int) p.where(), merge(state.local((int) p.where()), slice, p.at()));
                case GLOBAL -> state.setGlobal((int) p.where(), merge(state.global((int) p.where()), slice, p.at()));
                case OPERAND -> state.setOperand((int) p.where(), merge(state.operand((int) p.where()), slice, p.at()));
                default -> throw new IllegalStateException(name + " cannot be set: a part of it is not in a place");
            }
        }
    }

    /** Whether {@link #set} would accept {@code text}: this value can be set, and {@code text} is a value of its type. */
    public boolean accepts(String text) {
        try {
            parse(text.trim());
            return isWritable();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** {@code bits} with its bytes from {@code at} replaced by {@code slice}. */
    private static long merge(long bits, byte[] slice, int at) {
        for (int i = 0; i < slice.length && at + i < 8; i++) {
            int shift = 8 * (at + i);
            bits = bits & ~(0xFFL << shift) | (slice[i] & 0xFFL) << shift;
        }
        return bits;
    }

    /** The bits {@code text} stands for as a value of this value's type (see {@link #set}). */
    private long parse(String text) {
        CType t = type.resolved();
        int size = bytes.length;
        if (t.isFloat()) {
            try {
                double d = Double.parseDouble(text);
                return size == 4 ? Float.floatToRawIntBits((float) d) & 0xFFFFFFFFL : Double.doubleToRawLongBits(d);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("\"" + text + "\" is not a value of type " + type.displayName());
            }
        }
        if (t.isBool() && (text.equals("true") || text.equals("false"))) {
            return text.equals("true") ? 1 : 0;
        }
        if (t.isChar() && text.length() >= 3 && text.startsWith("'") && text.endsWith("'")) {
            return charCode(text.substring(1, text.length() - 1));
        }
        if (t.kind() == CType.Kind.ENUM) {
            for (var e : t.enumerators.entrySet()) {
                if (e.getValue() != null && e.getValue().equals(text)) {
                    return e.getKey();
                }
            }
        }
        if (t.kind() == CType.Kind.POINTER && text.equals("NULL")) {
            return 0;
        }
        return integer(text, size, type.displayName());
    }

    /** An integer literal (decimal, {@code 0x} hexadecimal, signed) that fits {@code size} bytes, signed or not. */
    private static long integer(String text, int size, String typeName) {
        boolean negative = text.startsWith("-");
        String digits = negative || text.startsWith("+") ? text.substring(1) : text;
        boolean hex = digits.startsWith("0x") || digits.startsWith("0X");
        java.math.BigInteger v;
        try {
            v = new java.math.BigInteger(hex ? digits.substring(2) : digits, hex ? 16 : 10);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not a value of type " + typeName);
        }
        if (negative) {
            v = v.negate();
        }
        java.math.BigInteger min = java.math.BigInteger.ONE.shiftLeft(8 * size - 1).negate();
        java.math.BigInteger max = java.math.BigInteger.ONE.shiftLeft(8 * size).subtract(java.math.BigInteger.ONE);
        if (v.compareTo(min) < 0 || v.compareTo(max) > 0) {
            throw new IllegalArgumentException(text + " does not fit in " + typeName + " (" + size + " bytes)");
        }
        return v.longValue();
    }

    /** The code of a char literal's contents: {@code A}, or an escape {@code \n}, {@code \0}, {@code \x41}. */
    private static long charCode(String c) {
        if (c.length() == 1 && c.charAt(0) < 0x100) {
            return c.charAt(0);
        }
        return switch (c) {
            case "\\n" -> '\n';
            case "\\t" -> '\t';
            case "\\r" -> '\r';
            case "\\0" -> 0;
            case "\\\\" -> '\\';
            case "\\'" -> '\'';
            default -> {
                if (c.startsWith("\\x") && c.length() > 2) {
                    yield integer("0x" + c.substring(2), 1, "char");
                }
                throw new IllegalArgumentException("'" + c + "' is not a char");
            }
        };
    }

    /** The value as a number (an integer, a pointer, an enum, a char; a float's value truncated); 0 if unavailable. */
    public long asLong() {
        CType t = type.resolved();
        if (t.isFloat()) {
            return (long) asDouble();
        }
        return bytes == null ? 0 : number(0, (int) Math.min(8, bytes.length), t.isSigned()
                || t.kind() == CType.Kind.ENUM && t.target().resolved().isSigned());
    }

    /** A floating-point value; NaN if unavailable or not a float. */
    public double asDouble() {
        CType t = type.resolved();
        if (bytes == null || !t.isFloat()) {
            return Double.NaN;
        }
        long bits = number(0, bytes.length, false);
        return bytes.length == 4 ? Float.intBitsToFloat((int) bits) : Double.longBitsToDouble(bits);
    }

    private long number(int from, int size, boolean signed) {
        long v = 0;
        for (int i = Math.min(size, 8) - 1; i >= 0; i--) {
            v = v << 8 | bytes[from + i] & 0xFF;
        }
        if (signed && size > 0 && size < 8) {
            v = v << (64 - 8 * size) >> (64 - 8 * size);
        }
        return v;
    }

    private boolean known(int from, int size) {
        if (known == null) {
            return true;
        }
        for (int i = from; i < from + size && i < known.length; i++) {
            if (!known[i]) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@link #children()} has any: a struct or union, an array, a pointer to something. */
    public boolean hasChildren() {
        CType t = type.resolved();
        return switch (t.kind()) {
            case STRUCT, UNION -> !t.members.isEmpty();
            case ARRAY -> !t.counts.isEmpty() && t.counts.get(0) > 0;
            case POINTER -> {
                CType to = t.target().resolved();
                yield to.kind() != CType.Kind.VOID && to.kind() != CType.Kind.FUNCTION && bytes != null && asLong() != 0;
            }
            default -> false;
        };
    }

    /** A struct's members, an array's elements (at most 1000), or what a pointer points to ({@code *p}). */
    public List<CValue> children() {
        List<CValue> out = new ArrayList<>();
        if (!hasChildren()) {
            return out;
        }
        CType t = type.resolved();
        switch (t.kind()) {
            case STRUCT, UNION -> {
                for (CType.Member m : t.members) {
                    out.add(part(m.name() == null ? "<anonymous>" : m.name(), m.type(), m.offset()));
                }
            }
            case ARRAY -> {
                CType element = elementType(t);
                long step = element.size();
                for (long i = 0; i < t.counts.get(0) && i < MAX_CHILDREN; i++) {
                    out.add(part("[" + i + "]", element, i * step));
                }
            }
            case POINTER -> out.add(inMemory("*" + name, t.target(), asLong(), state));
            default -> {
            }
        }
        return out;
    }

    /** An array's element type; for a multi-dimensional array, the array of the remaining dimensions. */
    private static CType elementType(CType array) {
        if (array.counts.size() <= 1) {
            return array.target();
        }
        CType rest = new CType(CType.Kind.ARRAY, null, 0, 0);
        rest.target = array.target();
        rest.counts.addAll(array.counts.subList(1, array.counts.size()));
        return rest;
    }

    private CValue part(String partName, CType t, long offset) {
        int size = (int) Math.min(t.size(), 1 << 20);
        if (bytes == null || offset < 0 || offset + size > bytes.length) {
            return unavailable(partName, t, unavailable != null ? unavailable : "outside the value", state);
        }
        int from = (int) offset;
        if (!known(from, size)) {
            return unavailable(partName, t, "optimized out", state);
        }
        List<Place> sub = new ArrayList<>();
        for (Place p : places) { // the places of the part's bytes
            int start = Math.max(p.offset(), from);
            int end = Math.min(p.offset() + p.size(), from + size);
            if (start < end) {
                int skip = start - p.offset();
                boolean memory = p.kind() == Expression.Piece.Kind.MEMORY;
                sub.add(new Place(start - from, end - start, p.kind(), memory ? p.where() + skip : p.where(),
                        memory ? 0 : p.at() + skip));
            }
        }
        return new CValue(partName, t, Arrays.copyOfRange(bytes, from, from + size), null,
                address >= 0 ? address + offset : -1, null, state, notInPlace == null ? sub : List.of(), notInPlace);
    }

    /** The value as a debugger shows it: {@code 42}, {@code 2.5}, {@code 65 'A'}, {@code 0x1040 "hello"}, {@code {x = 1, y = 2}}. */
    public String text() {
        return text(0);
    }

    private String text(int depth) {
        if (bytes == null) {
            return "<" + unavailable + ">";
        }
        if (!known(0, bytes.length)) {
            if (known != null && type.resolved().kind() != CType.Kind.ARRAY && type.resolved().kind() != CType.Kind.STRUCT) {
                return "<optimized out>";
            }
        }
        CType t = type.resolved();
        return switch (t.kind()) {
            case BASE -> base(t);
            case ENUM -> {
                long v = asLong();
                String e = t.enumerators.get(v);
                yield e != null ? e : Long.toString(v);
            }
            case POINTER -> pointer(t);
            case FUNCTION -> hex(asLong());
            case STRUCT, UNION -> {
                if (depth >= 2) {
                    yield "{...}";
                }
                StringBuilder b = new StringBuilder("{");
                for (CValue m : children()) {
                    b.append(b.length() > 1 ? ", " : "").append(m.name).append(" = ").append(m.text(depth + 1));
                }
                yield b.append('}').toString();
            }
            case ARRAY -> {
                if (elementType(t).resolved().isChar() && known(0, bytes.length)) {
                    yield quote(bytes, bytes.length);
                }
                if (depth >= 2) {
                    yield "[...]";
                }
                List<CValue> elements = children();
                StringBuilder b = new StringBuilder("[");
                for (int i = 0; i < elements.size() && i < SHOWN_ELEMENTS; i++) {
                    b.append(i > 0 ? ", " : "").append(elements.get(i).text(depth + 1));
                }
                yield b.append(elements.size() > SHOWN_ELEMENTS ? ", ...]" : "]").toString();
            }
            default -> "void";
        };
    }

    private String base(CType t) {
        if (t.isFloat()) {
            double d = asDouble();
            return bytes.length == 4 ? Float.toString((float) d) : Double.toString(d);
        }
        if (t.isBool()) {
            return asLong() != 0 ? "true" : "false";
        }
        long v = asLong();
        if (t.isChar()) {
            return v + " " + quoteChar((int) (v & 0xFF));
        }
        return t.isSigned() || bytes.length >= 8 && t.isSigned() ? Long.toString(v)
                : bytes.length >= 8 ? Long.toUnsignedString(v) : Long.toString(v);
    }

    private String pointer(CType t) {
        long p = asLong(); // unsigned: a pointer is not a signed type
        String text = hex(p);
        if (p != 0 && t.target().resolved().isChar()) {
            byte[] mem = state.memory();
            if (p < mem.length) {
                int n = 0;
                while (p + n < mem.length && mem[(int) p + n] != 0 && n < MAX_STRING) {
                    n++;
                }
                byte[] s = Arrays.copyOfRange(mem, (int) p, (int) p + n);
                text += " " + quote(s, n) + (n == MAX_STRING ? "..." : "");
            }
        }
        return text;
    }

    private static String hex(long v) {
        return String.format("0x%08x", v);
    }

    /** A C string literal of the bytes up to the first NUL (of {@code n}). */
    private static String quote(byte[] b, int n) {
        StringBuilder s = new StringBuilder("\"");
        for (int i = 0; i < n && b[i] != 0; i++) {
            s.append(escape(b[i] & 0xFF, '"'));
        }
        return s.append('"').toString();
    }

    private static String quoteChar(int c) {
        return "'" + escape(c, '\'') + "'";
    }

    private static String escape(int c, char quote) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\t' -> "\\t";
            case '\r' -> "\\r";
            case 0 -> "\\0";
            case '\\' -> "\\\\";
            default -> c == quote ? "\\" + quote : c >= 0x20 && c < 0x7F ? Character.toString(c) : String.format("\\x%02x", c);
        };
    }

    @Override
    public String toString() {
        return name + " = " + text();
    }
}
