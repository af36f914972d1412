package org.wasmscope.runtime.reduction;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.wasmscope.runtime.RefBits;
import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.syntax.AbsHeap;
import org.wasmscope.runtime.syntax.InstrText;
import org.wasmscope.runtime.syntax.Opcode;
import org.wasmscope.runtime.syntax.ValType;

/**
 * How the reduction texts write what the spec writes: values as value instructions, {@code ↪} for a step,
 * {@code ε} for the empty sequence, {@code ⋯} for what is left out; and the same texts in LaTeX math mode.
 */
public final class Notation {
    private Notation() {
    }

    public static final String STEP = "↪";
    public static final String EMPTY = "ε";
    public static final String ELIDED = "⋯";

    /**
     * A value as the value instruction that is it: {@code (i32.const 3)}, {@code (f64.const -0.5)},
     * {@code (v128.const i32x4 0x00000001 …)}, {@code (ref.null func)}, {@code (ref.func 2)} (a store address),
     * {@code (ref.i31 5)}, {@code (ref.struct 4)} (a heap index), {@code (ref.extern (ref.array 1))}.
     */
    public static String value(Value v) {
        ValType t = v.type();
        return switch (t.kind) {
            case I32, I64 -> "(" + t + ".const " + v.valueText() + ")";
            case F32 -> "(f32.const " + InstrText.floatText(v.asFloat()) + ")";
            case F64 -> "(f64.const " + InstrText.doubleText(v.asDouble()) + ")";
            case V128 -> "(v128.const i32x4 " + v.valueText() + ")";
            case REF -> v.isNull() ? "(ref.null " + (t.heap instanceof AbsHeap a ? a : t.heap.top()) + ")"
                    : reference(t.heap.top(), v.bits());
        };
    }

    /** A non-null reference of hierarchy {@code top} by what it refers to ({@link RefBits}). */
    private static String reference(AbsHeap top, long bits) {
        String object = switch (RefBits.kind(bits)) {
            case RefBits.I31 -> "(ref.i31 " + RefBits.i31Unsigned(bits) + ")";
            case RefBits.STRUCT -> "(ref.struct " + RefBits.index(bits) + ")";
            case RefBits.ARRAY -> "(ref.array " + RefBits.index(bits) + ")";
            case RefBits.EXCEPTION -> "(ref.exn " + RefBits.index(bits) + ")";
            default -> null;
        };
        if (top == AbsHeap.EXTERN) {
            return "(ref.extern " + (object != null ? object : bits) + ")";
        }
        if (object != null) {
            return object;
        }
        return switch (top) {
            case FUNC -> "(ref.func " + bits + ")";
            default -> "(ref.host " + bits + ")";
        };
    }

    /**
     * Whether instructions of {@code op} are values as they stand (spec: t.const c, v128.const c, ref.null t):
     * stepping over one is no reduction.
     */
    public static boolean isValue(Opcode op) {
        return switch (op) {
            case I32_CONST, I64_CONST, F32_CONST, F64_CONST, V128_CONST, REF_NULL -> true;
            default -> false;
        };
    }

    /** Values in sequence, or {@code ε} for none. */
    public static String values(List<Value> vs) {
        if (vs.isEmpty()) {
            return EMPTY;
        }
        StringBuilder b = new StringBuilder();
        for (Value v : vs) {
            b.append(b.length() > 0 ? " " : "").append(value(v));
        }
        return b.toString();
    }

    private static final Pattern TOKEN = Pattern.compile(
            "(label|frame|handler)_(\\w+)|(\\$\\S+?)(?=[\\s(){};,]|$)|([A-Za-z][\\w.]*)|(\\s+)|(.)");

    /**
     * {@code text} in LaTeX math mode: keywords and instruction names upright ({@code \mathsf}), administrative
     * instructions with their arity as a subscript, {@code ↪} as {@code \hookrightarrow}, {@code ε} as
     * {@code \epsilon}, {@code ⋯} as {@code \cdots}; spaces are kept as {@code ~}.
     */
    public static String latex(String text) {
        StringBuilder b = new StringBuilder();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            if (m.group(1) != null) {
                b.append("\\mathsf{").append(m.group(1)).append("}_{").append(escape(m.group(2))).append('}');
            } else if (m.group(3) != null) {
                b.append("\\mathit{").append(escape(m.group(3))).append('}');
            } else if (m.group(4) != null) {
                b.append("\\mathsf{").append(escape(m.group(4))).append('}');
            } else if (m.group(5) != null) {
                b.append('~');
            } else {
                b.append(symbol(m.group(6).charAt(0)));
            }
        }
        return b.toString();
    }

    private static String symbol(char c) {
        return switch (c) {
            case '↪' -> "\\hookrightarrow ";
            case 'ε' -> "\\epsilon ";
            case '⋯' -> "\\cdots ";
            case '≠' -> "\\neq ";
            case '≥' -> "\\geq ";
            case '{' -> "\\{";
            case '}' -> "\\}";
            case '|' -> "\\mid ";
            case '#', '%', '&', '_', '$' -> "\\" + c;
            case '\\' -> "\\backslash ";
            case '~' -> "\\sim ";
            case '⁻' -> "^{-1}";
            case '¹' -> "";
            default -> c >= '₀' && c <= '₉' ? "_{" + (char) ('0' + c - '₀') + "}" : String.valueOf(c);
        };
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(switch (c) {
                case '_', '$', '#', '%', '&' -> "\\" + c;
                default -> String.valueOf(c);
            });
        }
        return b.toString();
    }
}
