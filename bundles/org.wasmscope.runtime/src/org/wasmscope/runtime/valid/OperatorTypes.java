package org.wasmscope.runtime.valid;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.wasmscope.runtime.syntax.FuncType;
import org.wasmscope.runtime.syntax.Immediates;
import org.wasmscope.runtime.syntax.Opcode;
import org.wasmscope.runtime.syntax.ValType;

/**
 * The fixed types of the operators that only take operands from the stack (spec 3.3.1 numeric and
 * 3.3.2 vector instructions): t.unop [t]->[t], t.binop [t t]->[t], t.testop [t]->[i32],
 * t.relop [t t]->[i32], t2.cvtop_t1 [t1]->[t2], and the vector forms vunop, vbinop, vternop, vtestop,
 * vrelop, vshiftop, splat, bitmask, narrow, extend, extmul, dot, extadd_pairwise, conversions.
 * The category is read from the instruction's name, which the spec's naming makes unambiguous; it is also
 * the family whose execution rule the operator follows ({@link Operator#family()}).
 */
public final class OperatorTypes {
    /**
     * A stack operator: the family of the spec's execution rules it belongs to ({@code unop}, {@code binop},
     * {@code testop}, {@code relop}, {@code cvtop}; for vectors {@code vvunop}, {@code vvbinop},
     * {@code vvternop}, {@code vvtestop} (the bitwise ones on v128), {@code vunop}, {@code vbinop},
     * {@code vternop}, {@code vtestop}, {@code vrelop}, {@code vshiftop}, {@code vbitmask}, {@code vswizzlop},
     * {@code vsplat}, {@code vcvtop}, {@code vnarrow}, {@code vextunop}, {@code vextbinop},
     * {@code vextternop}) and its type.
     */
    public record Operator(String family, FuncType type) {
    }

    private OperatorTypes() {
    }

    private static final Set<String> TESTOP = Set.of("eqz");
    private static final Set<String> RELOP = Set.of("eq", "ne", "lt", "gt", "le", "ge", "lt_s", "lt_u", "gt_s",
            "gt_u", "le_s", "le_u", "ge_s", "ge_u");
    private static final Set<String> UNOP = Set.of("clz", "ctz", "popcnt", "abs", "neg", "ceil", "floor", "trunc",
            "nearest", "sqrt", "extend8_s", "extend16_s", "extend32_s");
    private static final Set<String> BINOP = Set.of("add", "sub", "mul", "div", "div_s", "div_u", "rem_s", "rem_u",
            "and", "or", "xor", "shl", "shr_s", "shr_u", "rotl", "rotr", "min", "max", "copysign");
    /** Conversions name their source type: wrap_i64, trunc_sat_f32_s, reinterpret_f64, promote_f32. */
    private static final Pattern CVTOP_SOURCE = Pattern.compile("_([if](32|64))(_[su])?$");

    private static final Set<String> VUNOP = Set.of("not", "abs", "neg", "popcnt", "sqrt", "ceil", "floor", "trunc",
            "nearest");
    private static final String[] VUNOP_PREFIXES = {"extend_", "extadd_pairwise_", "convert_", "trunc_sat_",
        "demote_", "promote_", "relaxed_trunc_"};
    private static final Set<String> VBINOP = Set.of("and", "andnot", "or", "xor", "swizzle", "add", "sub", "mul",
            "div", "min", "max", "pmin", "pmax", "min_s", "min_u", "max_s", "max_u", "avgr_u", "q15mulr_sat_s",
            "add_sat_s", "add_sat_u", "sub_sat_s", "sub_sat_u", "dot_i16x8_s", "relaxed_swizzle", "relaxed_min",
            "relaxed_max", "relaxed_q15mulr_s", "relaxed_dot_i8x16_i7x16_s");
    private static final Set<String> VTERNOP = Set.of("bitselect", "relaxed_laneselect", "relaxed_madd",
            "relaxed_nmadd", "relaxed_dot_i8x16_i7x16_add_s");
    private static final Set<String> VTESTOP = Set.of("any_true", "all_true", "bitmask");
    private static final Set<String> VSHIFTOP = Set.of("shl", "shr_s", "shr_u");

    private static final Map<Opcode, Operator> OPERATORS = new EnumMap<>(Opcode.class);

    static {
        for (Opcode op : Opcode.values()) {
            if (op.immediates != Immediates.NONE) {
                continue;
            }
            Operator o = derive(op);
            if (o != null) {
                OPERATORS.put(op, o);
            }
        }
    }

    /** The type of {@code op} if it is a plain stack operator, else null. */
    static FuncType of(Opcode op) {
        Operator o = OPERATORS.get(op);
        return o == null ? null : o.type();
    }

    /** {@code op} as a plain stack operator (its rule family and type), or null if it is none. */
    public static Operator operator(Opcode op) {
        return OPERATORS.get(op);
    }

    private static Operator derive(Opcode op) {
        int dot = op.text.indexOf('.');
        if (dot < 0) {
            return null; // unreachable, nop, drop, select, ...: typed by their own rules
        }
        String shape = op.text.substring(0, dot);
        String name = op.text.substring(dot + 1);
        ValType num = ValType.ofText(shape);
        if (num != null && num.isNum()) {
            return scalar(num, name);
        }
        ValType lane = laneType(shape);
        return lane == null ? null : vector(lane, name, lane == ValType.V128 ? "vv" : "v");
    }

    private static Operator scalar(ValType t, String name) {
        if (TESTOP.contains(name)) {
            return operator("testop", ValType.I32, t);
        }
        if (RELOP.contains(name)) {
            return operator("relop", ValType.I32, t, t);
        }
        if (UNOP.contains(name)) {
            return operator("unop", t, t);
        }
        if (BINOP.contains(name)) {
            return operator("binop", t, t, t);
        }
        Matcher m = CVTOP_SOURCE.matcher(name);
        if (m.find()) {
            return operator("cvtop", t, ValType.ofText(m.group(1)));
        }
        return null;
    }

    /** {@code prefix}: "vv" for the bitwise operators on v128, "v" for those with lanes. */
    private static Operator vector(ValType lane, String name, String prefix) {
        ValType v = ValType.V128;
        if (name.equals("splat")) {
            return operator("vsplat", v, lane);
        }
        if (VTESTOP.contains(name)) {
            return operator(name.equals("bitmask") ? "vbitmask" : prefix + "testop", ValType.I32, v);
        }
        if (VSHIFTOP.contains(name)) {
            return operator("vshiftop", v, v, ValType.I32);
        }
        if (VTERNOP.contains(name)) {
            return operator(name.endsWith("_add_s") ? "vextternop" : prefix + "ternop", v, v, v, v);
        }
        if (VUNOP.contains(name)) {
            return operator(prefix + "unop", v, v);
        }
        if (startsWithAny(name, VUNOP_PREFIXES)) {
            return operator(name.startsWith("extadd_pairwise_") ? "vextunop" : "vcvtop", v, v);
        }
        if (RELOP.contains(name)) {
            return operator("vrelop", v, v, v);
        }
        if (name.endsWith("swizzle")) {
            return operator("vswizzlop", v, v, v);
        }
        if (name.startsWith("narrow_")) {
            return operator("vnarrow", v, v, v);
        }
        if (name.startsWith("extmul_") || name.contains("dot_")) {
            return operator("vextbinop", v, v, v);
        }
        if (VBINOP.contains(name)) {
            return operator(prefix + "binop", v, v, v);
        }
        return null;
    }

    /** The scalar type of a vector shape's lanes (i8x16 and i16x8 lanes are handled as i32); v128 itself. */
    static ValType laneType(String shape) {
        return switch (shape) {
            case "i8x16", "i16x8", "i32x4" -> ValType.I32;
            case "i64x2" -> ValType.I64;
            case "f32x4" -> ValType.F32;
            case "f64x2" -> ValType.F64;
            case "v128" -> ValType.V128;
            default -> null;
        };
    }

    /** The number of lanes of a vector shape: 16 for i8x16 ... 2 for f64x2. */
    static int laneCount(String shape) {
        return Integer.parseInt(shape.substring(shape.indexOf('x') + 1));
    }

    private static boolean startsWithAny(String s, String[] prefixes) {
        for (String p : prefixes) {
            if (s.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    private static Operator operator(String family, ValType result, ValType... params) {
        return new Operator(family, new FuncType(params, new ValType[] {result}));
    }
}
