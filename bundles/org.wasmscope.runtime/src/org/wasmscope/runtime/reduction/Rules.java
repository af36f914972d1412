package org.wasmscope.runtime.reduction;

import static org.wasmscope.runtime.syntax.Opcode.*;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.wasmscope.runtime.reduction.Rule.Shape;
import org.wasmscope.runtime.syntax.Opcode;
import org.wasmscope.runtime.valid.OperatorTypes;

/**
 * The reduction rule of every instruction the runtime executes, and of the administrative steps (leaving a
 * label, a handler, a frame). Numeric and vector operators share their family's rule, as the spec states
 * them ({@code t.binop}, {@code vbinop} ...); every other instruction has its own. The prose is ours.
 */
public final class Rules {
    private Rules() {
    }

    static final String PARAMETRIC = "4.6.1 Parametric Instructions";
    static final String NUMERIC = "4.6.2 Numeric Instructions";
    static final String REFERENCE = "4.6.3 Reference Instructions";
    static final String VECTOR = "4.6.4 Vector Instructions";
    static final String VARIABLE = "4.6.5 Variable Instructions";
    static final String TABLE = "4.6.6 Table Instructions";
    static final String MEMORY = "4.6.7 Memory Instructions";
    static final String CONTROL = "4.6.8 Control Instructions";
    static final String BLOCKS = "4.6.9 Blocks";
    static final String HANDLERS = "4.6.10 Exception Handling";
    static final String CALLS = "4.6.11 Function Calls";

    /** Reaching the end of a block, loop or if without a branch. */
    public static final Rule LABEL_EXIT = new Rule("label exit", BLOCKS,
            "The body of a block, loop or if has run to its end: the label is removed and the values on top of it "
                    + "stay where they are; execution continues after the end.",
            "label_n{instr*} val* end ↪ val*", Shape.LABEL_EXIT);
    /** Reaching the end of a try_table's body without a branch or an exception. */
    public static final Rule HANDLER_EXIT = new Rule("handler exit", HANDLERS,
            "The body of a try_table has run to its end: its label goes as at any block's end, and with it the "
                    + "handler, which no longer catches anything; the values stay.",
            "handler_n{catch*} (label_n{ε} val* end) end ↪ val*", Shape.HANDLER_EXIT);
    /** Reaching the end of a function body. */
    public static final Rule FRAME_EXIT = new Rule("frame exit", CALLS,
            "The function body has run to its end: its label and then its frame are removed, leaving the results "
                    + "for the caller, which continues after its call (or the invocation returns them).",
            "frame_n{F} (label_n{ε} val^n end) end ↪ val^n", Shape.FRAME_EXIT);

    private static final Map<Opcode, Rule> BY_OPCODE = new EnumMap<>(Opcode.class);
    private static final Map<String, Rule> FAMILIES = new HashMap<>();

    /** The rule that executing {@code op} follows; never null for an opcode of {@link Opcode}. */
    public static Rule of(Opcode op) {
        Rule r = BY_OPCODE.get(op);
        if (r != null) {
            return r;
        }
        OperatorTypes.Operator o = OperatorTypes.operator(op);
        return o == null ? null : FAMILIES.get(o.family());
    }

    private static void rule(String section, String name, Shape shape, String prose, String formal, Opcode... ops) {
        Rule r = new Rule(name, section, prose, formal, shape);
        for (Opcode op : ops) {
            if (BY_OPCODE.put(op, r) != null) {
                throw new IllegalStateException("two rules for " + op);
            }
        }
    }

    private static void family(String section, String family, String name, String prose, String formal) {
        FAMILIES.put(family, new Rule(name, section, prose, formal, Shape.OPERATOR));
    }

    static {
        // ---- 4.6.1 parametric
        rule(PARAMETRIC, "nop", Shape.PLAIN, "Does nothing: the instruction just disappears.", "nop ↪ ε", NOP);
        rule(PARAMETRIC, "unreachable", Shape.TRAP, "Always traps: the code was meant never to get here.",
                "unreachable ↪ trap", UNREACHABLE);
        rule(PARAMETRIC, "drop", Shape.PLAIN, "Throws the top value away.", "val drop ↪ ε", DROP);
        rule(PARAMETRIC, "select", Shape.PLAIN,
                "Pops a condition and two values; keeps the first (deeper) value if the condition is not zero, "
                        + "else the second.",
                "val₁ val₂ (i32.const c) select ↪ val₁ if c ≠ 0 | val₂ if c = 0", SELECT, SELECT_T);

        // ---- 4.6.2 numeric
        rule(NUMERIC, "t.const c", Shape.PLAIN,
                "A constant is already a value: stepping over it leaves it on the operand stack as it is.",
                "(t.const c) is a value", I32_CONST, I64_CONST, F32_CONST, F64_CONST);
        family(NUMERIC, "unop", "t.unop", "Pops one value, applies the operator to it and pushes the result.",
                "(t.const c₁) t.unop ↪ (t.const unop_t(c₁))");
        family(NUMERIC, "binop", "t.binop",
                "Pops two values, applies the operator to them (the deeper one is the first operand) and pushes "
                        + "the result; where the operator has no result for them (division by zero, a quotient "
                        + "that does not fit) the step traps.",
                "(t.const c₁) (t.const c₂) t.binop ↪ (t.const binop_t(c₁, c₂)) | trap if undefined");
        family(NUMERIC, "testop", "t.testop",
                "Pops one value, tests it and pushes the answer as an i32: 1 for true, 0 for false.",
                "(t.const c₁) t.testop ↪ (i32.const testop_t(c₁))");
        family(NUMERIC, "relop", "t.relop",
                "Pops two values, compares the deeper one with the top one and pushes 1 if the relation holds, "
                        + "else 0.",
                "(t.const c₁) (t.const c₂) t.relop ↪ (i32.const relop_t(c₁, c₂))");
        family(NUMERIC, "cvtop", "t₂.cvtop_t₁",
                "Pops a value of type t₁ and pushes it converted to type t₂; a truncation whose result does "
                        + "not fit t₂ (or of a NaN) traps, the saturating ones clamp instead.",
                "(t₁.const c) t₂.cvtop_t₁ ↪ (t₂.const cvtop_t₁,t₂(c)) | trap if undefined");

        // ---- 4.6.3 reference
        rule(REFERENCE, "ref.null t", Shape.PLAIN, "A null reference is already a value.", "(ref.null t) is a value",
                REF_NULL);
        rule(REFERENCE, "ref.func x", Shape.PLAIN,
                "Pushes a reference to function x of the current module: its address in the store.",
                "ref.func x ↪ (ref.func a)   where a = F.module.funcaddrs[x]", REF_FUNC);
        rule(REFERENCE, "ref.is_null", Shape.PLAIN, "Pops a reference and pushes 1 if it is null, else 0.",
                "ref ref.is_null ↪ (i32.const 1) if ref is null | (i32.const 0)", REF_IS_NULL);
        rule(REFERENCE, "ref.as_non_null", Shape.PLAIN,
                "Leaves a non-null reference where it is; a null one traps.",
                "ref ref.as_non_null ↪ ref if ref is not null | trap", REF_AS_NON_NULL);

        rule(REFERENCE, "ref.eq", Shape.PLAIN, "Pops two references and pushes 1 if they are the same (both null, "
                + "or the same object or the same i31 value), else 0.",
                "ref₁ ref₂ ref.eq ↪ (i32.const 1) if ref₁ = ref₂ | (i32.const 0)", REF_EQ);
        rule(REFERENCE, "ref.test rt", Shape.PLAIN, "Pops a reference and pushes 1 if its run-time type matches rt, "
                + "else 0.", "ref ref.test rt ↪ (i32.const 1) if ref matches rt | (i32.const 0)", REF_TEST, REF_TEST_NULL);
        rule(REFERENCE, "ref.cast rt", Shape.PLAIN, "Leaves a reference whose run-time type matches rt where it is; "
                + "any other traps.", "ref ref.cast rt ↪ ref if ref matches rt | trap", REF_CAST, REF_CAST_NULL);
        rule(REFERENCE, "ref.i31", Shape.PLAIN, "Pops an i32 and pushes an i31 reference to its low 31 bits.",
                "(i32.const i) ref.i31 ↪ (ref.i31 wrap_31(i))", REF_I31);
        rule(REFERENCE, "i31.get_sx", Shape.PLAIN, "Pops an i31 reference and pushes its 31 bits extended to an i32, "
                + "by sign (s) or with zero (u); a null reference traps.",
                "(ref.i31 j) i31.get_sx ↪ (i32.const extend_31,32^sx(j)) | trap if null", I31_GET_S, I31_GET_U);
        rule(REFERENCE, "struct.new x", Shape.PLAIN, "Pops a value for each field of structure type x, allocates a "
                + "structure with them in the store and pushes a reference to it.",
                "val^n struct.new x ↪ (ref.struct a)   where S.structs[a] = {type x, fields val^n}", STRUCT_NEW);
        rule(REFERENCE, "struct.new_default x", Shape.PLAIN, "Allocates a structure of type x with every field at "
                + "its default (zero, or null) and pushes a reference to it.",
                "struct.new_default x ↪ (ref.struct a)", STRUCT_NEW_DEFAULT);
        rule(REFERENCE, "struct.get_sx? x y", Shape.PLAIN, "Pops a structure reference and pushes field y (a packed "
                + "field extended by sign or with zeros); a null reference traps.",
                "(ref.struct a) struct.get_sx? x y ↪ S.structs[a].fields[y] | trap if null", STRUCT_GET, STRUCT_GET_S,
                STRUCT_GET_U);
        rule(REFERENCE, "struct.set x y", Shape.PLAIN, "Pops a value and a structure reference and stores the value in "
                + "field y (a packed field keeps its low bits); a null reference traps.",
                "(ref.struct a) val struct.set x y ↪ ε with S.structs[a].fields[y] = val | trap if null", STRUCT_SET);
        rule(REFERENCE, "array.new x", Shape.PLAIN, "Pops an initial value and a length and allocates an array of type x "
                + "with that many copies of the value.", "val (i32.const n) array.new x ↪ (ref.array a) with n elements val",
                ARRAY_NEW);
        rule(REFERENCE, "array.new_default x", Shape.PLAIN, "Pops a length and allocates an array of type x with that "
                + "many default elements.", "(i32.const n) array.new_default x ↪ (ref.array a)", ARRAY_NEW_DEFAULT);
        rule(REFERENCE, "array.new_fixed x n", Shape.PLAIN, "Pops n values and allocates an array of type x holding them "
                + "in order.", "val^n array.new_fixed x n ↪ (ref.array a) with elements val^n", ARRAY_NEW_FIXED);
        rule(REFERENCE, "array.new_data x y", Shape.PLAIN, "Pops an offset and a length and allocates an array of type x "
                + "whose elements are read from data segment y; a range past the segment traps.",
                "(i32.const s) (i32.const n) array.new_data x y ↪ (ref.array a) | trap", ARRAY_NEW_DATA);
        rule(REFERENCE, "array.new_elem x y", Shape.PLAIN, "Pops an offset and a length and allocates an array of type x "
                + "holding those references of element segment y; a range past the segment traps.",
                "(i32.const s) (i32.const n) array.new_elem x y ↪ (ref.array a) | trap", ARRAY_NEW_ELEM);
        rule(REFERENCE, "array.get_sx? x", Shape.PLAIN, "Pops an index and an array reference and pushes that element "
                + "(a packed one extended); a null reference or an index past the end traps.",
                "(ref.array a) (i32.const i) array.get_sx? x ↪ S.arrays[a].fields[i] | trap", ARRAY_GET, ARRAY_GET_S,
                ARRAY_GET_U);
        rule(REFERENCE, "array.set x", Shape.PLAIN, "Pops a value, an index and an array reference and stores the value "
                + "there; a null reference or an index past the end traps.",
                "(ref.array a) (i32.const i) val array.set x ↪ ε with S.arrays[a].fields[i] = val | trap", ARRAY_SET);
        rule(REFERENCE, "array.len", Shape.PLAIN, "Pops an array reference and pushes its number of elements; a null "
                + "reference traps.", "(ref.array a) array.len ↪ (i32.const |S.arrays[a].fields|) | trap", ARRAY_LEN);
        rule(REFERENCE, "array.fill x", Shape.PLAIN, "Pops an array reference, an offset, a value and a count and sets "
                + "that many elements to the value; a range past the end traps.",
                "(ref.array a) (i32.const d) val (i32.const n) array.fill x ↪ ε | trap", ARRAY_FILL);
        rule(REFERENCE, "array.copy x y", Shape.PLAIN, "Pops a destination array and offset, a source array and offset "
                + "and a count and copies that many elements (overlap allowed); a range past either end traps.",
                "(ref.array a₁) (i32.const d) (ref.array a₂) (i32.const s) (i32.const n) array.copy x y ↪ ε | trap",
                ARRAY_COPY);
        rule(REFERENCE, "array.init_data x y", Shape.PLAIN, "Pops an array, an offset, a source offset and a count and "
                + "overwrites that many elements with values read from data segment y; out of range traps.",
                "(ref.array a) (i32.const d) (i32.const s) (i32.const n) array.init_data x y ↪ ε | trap",
                ARRAY_INIT_DATA);
        rule(REFERENCE, "array.init_elem x y", Shape.PLAIN, "Pops an array, an offset, a source offset and a count and "
                + "overwrites that many elements with references of element segment y; out of range traps.",
                "(ref.array a) (i32.const d) (i32.const s) (i32.const n) array.init_elem x y ↪ ε | trap",
                ARRAY_INIT_ELEM);
        rule(REFERENCE, "any.convert_extern", Shape.PLAIN, "Turns an external reference into the internal reference it "
                + "stands for (a null stays null).", "ref any.convert_extern ↪ internalized ref", ANY_CONVERT_EXTERN);
        rule(REFERENCE, "extern.convert_any", Shape.PLAIN, "Turns an internal reference into an external one that "
                + "stands for it (a null stays null).", "ref extern.convert_any ↪ externalized ref", EXTERN_CONVERT_ANY);

        // ---- 4.6.4 vector
        rule(VECTOR, "v128.const c", Shape.PLAIN, "A vector constant is already a value.",
                "(v128.const c) is a value", V128_CONST);
        family(VECTOR, "vvunop", "v128.vvunop", "Pops a vector, applies the bitwise operator to its 128 bits, pushes "
                + "the result.", "(v128.const c₁) v128.vvunop ↪ (v128.const vvunop(c₁))");
        family(VECTOR, "vvbinop", "v128.vvbinop", "Pops two vectors, combines their bits with the operator, pushes "
                + "the result.", "(v128.const c₁) (v128.const c₂) v128.vvbinop ↪ (v128.const vvbinop(c₁, c₂))");
        family(VECTOR, "vvternop", "v128.vvternop", "Pops three vectors and combines their bits (bitselect: bits of "
                + "the first where the third has ones, of the second elsewhere).",
                "(v128.const c₁) (v128.const c₂) (v128.const c₃) v128.vvternop ↪ (v128.const vvternop(c₁, c₂, c₃))");
        family(VECTOR, "vvtestop", "v128.vvtestop", "Pops a vector and pushes 1 if any of its bits is set, else 0.",
                "(v128.const c₁) v128.any_true ↪ (i32.const c₁ ≠ 0)");
        family(VECTOR, "vunop", "shape.vunop", "Pops a vector and applies the operator to each lane on its own.",
                "(v128.const c₁) shape.vunop ↪ (v128.const vunop_shape(c₁))");
        family(VECTOR, "vbinop", "shape.vbinop",
                "Pops two vectors and applies the operator lane by lane, the deeper vector's lane first.",
                "(v128.const c₁) (v128.const c₂) shape.vbinop ↪ (v128.const vbinop_shape(c₁, c₂))");
        family(VECTOR, "vternop", "shape.vternop", "Pops three vectors and applies the operator lane by lane.",
                "(v128.const c₁) (v128.const c₂) (v128.const c₃) shape.vternop ↪ (v128.const vternop_shape(c₁, c₂, c₃))");
        family(VECTOR, "vtestop", "shape.vtestop", "Pops a vector and pushes 1 if the test holds for all its lanes, "
                + "else 0.", "(v128.const c₁) shape.all_true ↪ (i32.const all lanes of c₁ ≠ 0)");
        family(VECTOR, "vrelop", "shape.vrelop", "Compares two vectors lane by lane: a lane of the result is all ones "
                + "where the relation holds, zero where not.",
                "(v128.const c₁) (v128.const c₂) shape.vrelop ↪ (v128.const vrelop_shape(c₁, c₂))");
        family(VECTOR, "vshiftop", "shape.vshiftop", "Pops a shift count and a vector; shifts every lane by the count "
                + "modulo the lane width.", "(v128.const c₁) (i32.const s) shape.vshiftop ↪ (v128.const vshiftop_shape(c₁, s))");
        family(VECTOR, "vbitmask", "shape.bitmask", "Pops a vector and pushes an i32 whose bit i is the top bit of "
                + "lane i.", "(v128.const c₁) shape.bitmask ↪ (i32.const bitmask_shape(c₁))");
        family(VECTOR, "vswizzlop", "i8x16.swizzlop", "Pops a vector of bytes and a vector of indices; each result "
                + "byte is the byte the index picks (0 for an index past 15).",
                "(v128.const c₁) (v128.const c₂) i8x16.swizzle ↪ (v128.const swizzle(c₁, c₂))");
        family(VECTOR, "vsplat", "shape.splat", "Pops a scalar and pushes a vector with that value in every lane.",
                "(t.const c) shape.splat ↪ (v128.const lanes⁻¹(c^N))");
        family(VECTOR, "vcvtop", "shape.vcvtop", "Pops a vector and converts its lanes to another lane type or width "
                + "(extending half of them, converting, truncating, demoting, promoting).",
                "(v128.const c₁) shape₂.vcvtop_shape₁ ↪ (v128.const vcvtop(c₁))");
        family(VECTOR, "vnarrow", "shape.narrow", "Pops two vectors and packs the lanes of both, with saturation, "
                + "into lanes of half the width.",
                "(v128.const c₁) (v128.const c₂) shape₂.narrow_shape₁_sx ↪ (v128.const narrow(c₁, c₂))");
        family(VECTOR, "vextunop", "shape.vextunop", "Pops a vector and adds neighbouring lanes pairwise into lanes "
                + "of twice the width.", "(v128.const c₁) shape₂.extadd_pairwise_shape₁ ↪ (v128.const vextunop(c₁))");
        family(VECTOR, "vextbinop", "shape.vextbinop", "Pops two vectors and multiplies lanes widened to twice their "
                + "width (extmul), or sums such products pairwise (dot).",
                "(v128.const c₁) (v128.const c₂) shape₂.vextbinop_shape₁ ↪ (v128.const vextbinop(c₁, c₂))");
        family(VECTOR, "vextternop", "shape.vextternop", "Pops three vectors: the pairwise dot product of the first "
                + "two, widened again, plus the third.",
                "(v128.const c₁) (v128.const c₂) (v128.const c₃) i32x4.relaxed_dot_i8x16_i7x16_add_s ↪ (v128.const vextternop(c₁, c₂, c₃))");
        rule(VECTOR, "i8x16.shuffle l*", Shape.PLAIN, "Pops two vectors and builds one whose byte i is byte l_i of "
                + "the 32 bytes of both (the first vector's bytes come first).",
                "(v128.const c₁) (v128.const c₂) i8x16.shuffle l* ↪ (v128.const (bytes(c₁) bytes(c₂))[l*])", I8X16_SHUFFLE);
        rule(VECTOR, "shape.extract_lane l", Shape.PLAIN, "Pops a vector and pushes the scalar in lane l (narrow lanes "
                + "extended by sign or with zeros).", "(v128.const c) shape.extract_lane_sx l ↪ (t.const lanes(c)[l])",
                I8X16_EXTRACT_LANE_S, I8X16_EXTRACT_LANE_U, I16X8_EXTRACT_LANE_S, I16X8_EXTRACT_LANE_U,
                I32X4_EXTRACT_LANE, I64X2_EXTRACT_LANE, F32X4_EXTRACT_LANE, F64X2_EXTRACT_LANE);
        rule(VECTOR, "shape.replace_lane l", Shape.PLAIN, "Pops a scalar and a vector and pushes the vector with lane "
                + "l replaced by the scalar.", "(v128.const c) (t.const x) shape.replace_lane l ↪ (v128.const c with lane l = x)",
                I8X16_REPLACE_LANE, I16X8_REPLACE_LANE, I32X4_REPLACE_LANE, I64X2_REPLACE_LANE, F32X4_REPLACE_LANE,
                F64X2_REPLACE_LANE);

        // ---- 4.6.5 variable
        rule(VARIABLE, "local.get x", Shape.PLAIN, "Pushes the current value of local x of the current frame.",
                "local.get x ↪ val   where val = F.locals[x]", LOCAL_GET);
        rule(VARIABLE, "local.set x", Shape.PLAIN, "Pops a value and stores it in local x of the current frame.",
                "F; val local.set x ↪ F'; ε   where F' = F with locals[x] = val", LOCAL_SET);
        rule(VARIABLE, "local.tee x", Shape.PLAIN, "Stores the top value in local x and leaves it on the stack: "
                + "it duplicates the value and sets the local from one copy.",
                "val local.tee x ↪ val val local.set x", LOCAL_TEE);
        rule(VARIABLE, "global.get x", Shape.PLAIN, "Pushes the current value of global x of the current module.",
                "S; global.get x ↪ val   where val = S.globals[F.module.globaladdrs[x]].value", GLOBAL_GET);
        rule(VARIABLE, "global.set x", Shape.PLAIN, "Pops a value and stores it in global x (a mutable one).",
                "S; val global.set x ↪ S'; ε   where S' = S with globals[a].value = val", GLOBAL_SET);

        // ---- 4.6.6 table
        rule(TABLE, "table.get x", Shape.PLAIN, "Pops an index and pushes the reference the table holds there; an "
                + "index past the table's end traps.", "(i32.const i) table.get x ↪ tab.elem[i] | trap if i ≥ |tab.elem|",
                TABLE_GET);
        rule(TABLE, "table.set x", Shape.PLAIN, "Pops a reference and an index and stores the reference there; an "
                + "index past the end traps.", "(i32.const i) ref table.set x ↪ ε with tab.elem[i] = ref | trap if i ≥ |tab.elem|",
                TABLE_SET);
        rule(TABLE, "table.size x", Shape.PLAIN, "Pushes the table's current number of elements.",
                "table.size x ↪ (i32.const |tab.elem|)", TABLE_SIZE);
        rule(TABLE, "table.grow x", Shape.PLAIN, "Pops a count and an initial reference; appends that many elements "
                + "and pushes the old size, or -1 if the table cannot grow so far.",
                "ref (i32.const n) table.grow x ↪ (i32.const |tab.elem|) with n elements added | (i32.const -1)",
                TABLE_GROW);
        rule(TABLE, "table.fill x", Shape.PLAIN, "Pops an index, a reference and a count and writes the reference "
                + "into that many elements; a range past the end traps.",
                "(i32.const i) ref (i32.const n) table.fill x ↪ elements i … i+n-1 := ref | trap if out of bounds",
                TABLE_FILL);
        rule(TABLE, "table.copy x y", Shape.PLAIN, "Pops a destination, a source and a count and copies that many "
                + "elements from table y to table x (overlap allowed); a range past either end traps.",
                "(i32.const d) (i32.const s) (i32.const n) table.copy x y ↪ ε with the copy | trap", TABLE_COPY);
        rule(TABLE, "table.init x y", Shape.PLAIN, "Pops a destination, a source offset and a count and copies that "
                + "many references of element segment y into table x; a range past either end traps.",
                "(i32.const d) (i32.const s) (i32.const n) table.init x y ↪ ε with the copy | trap", TABLE_INIT);
        rule(TABLE, "elem.drop x", Shape.PLAIN, "Empties element segment x: it can no longer be used to initialise "
                + "a table.", "elem.drop x ↪ ε with S.elems[a].elem = ε", ELEM_DROP);

        // ---- 4.6.7 memory
        rule(MEMORY, "t.load memarg", Shape.PLAIN, "Pops an address, adds the static offset and pushes the value "
                + "whose bytes (little endian) start there; an access past the memory's end traps.",
                "(i32.const i) t.load memarg ↪ (t.const bytes_t⁻¹(mem[i+offset … ])) | trap if out of bounds",
                I32_LOAD, I64_LOAD, F32_LOAD, F64_LOAD, V128_LOAD);
        rule(MEMORY, "t.loadN_sx memarg", Shape.PLAIN, "Like t.load, but reads N bits and extends them to the "
                + "type's width, by sign (s) or with zeros (u).",
                "(i32.const i) t.loadN_sx memarg ↪ (t.const extend_sx(bytes_iN⁻¹(mem[i+offset …]))) | trap",
                I32_LOAD8_S, I32_LOAD8_U, I32_LOAD16_S, I32_LOAD16_U, I64_LOAD8_S, I64_LOAD8_U, I64_LOAD16_S,
                I64_LOAD16_U, I64_LOAD32_S, I64_LOAD32_U);
        rule(MEMORY, "v128.loadMxN_sx memarg", Shape.PLAIN, "Reads N lanes of M bits and extends each to twice its "
                + "width, forming a vector.", "(i32.const i) v128.loadMxN_sx memarg ↪ (v128.const c) | trap",
                V128_LOAD8X8_S, V128_LOAD8X8_U, V128_LOAD16X4_S, V128_LOAD16X4_U, V128_LOAD32X2_S, V128_LOAD32X2_U);
        rule(MEMORY, "v128.loadN_splat memarg", Shape.PLAIN, "Reads one N-bit value and puts it into every lane.",
                "(i32.const i) v128.loadN_splat memarg ↪ (v128.const lanes⁻¹(n^L)) | trap", V128_LOAD8_SPLAT,
                V128_LOAD16_SPLAT, V128_LOAD32_SPLAT, V128_LOAD64_SPLAT);
        rule(MEMORY, "v128.loadN_zero memarg", Shape.PLAIN, "Reads one N-bit value into the lowest lane; the other "
                + "lanes are zero.", "(i32.const i) v128.loadN_zero memarg ↪ (v128.const extend(n)) | trap",
                V128_LOAD32_ZERO, V128_LOAD64_ZERO);
        rule(MEMORY, "v128.loadN_lane memarg l", Shape.PLAIN, "Pops a vector and an address; pushes the vector with "
                + "lane l replaced by the N bits read from memory.",
                "(i32.const i) (v128.const c) v128.loadN_lane memarg l ↪ (v128.const c with lane l = n) | trap",
                V128_LOAD8_LANE, V128_LOAD16_LANE, V128_LOAD32_LANE, V128_LOAD64_LANE);
        rule(MEMORY, "t.store memarg", Shape.PLAIN, "Pops a value and an address and writes the value's bytes "
                + "(little endian) at the address plus the offset; an access past the end traps.",
                "(i32.const i) (t.const c) t.store memarg ↪ ε with mem[i+offset …] = bytes_t(c) | trap",
                I32_STORE, I64_STORE, F32_STORE, F64_STORE, V128_STORE);
        rule(MEMORY, "t.storeN memarg", Shape.PLAIN, "Like t.store, but writes only the low N bits of the value.",
                "(i32.const i) (t.const c) t.storeN memarg ↪ ε with mem[i+offset …] = bytes_iN(wrap(c)) | trap",
                I32_STORE8, I32_STORE16, I64_STORE8, I64_STORE16, I64_STORE32);
        rule(MEMORY, "v128.storeN_lane memarg l", Shape.PLAIN, "Pops a vector and an address and writes lane l's N "
                + "bits to memory.", "(i32.const i) (v128.const c) v128.storeN_lane memarg l ↪ ε with the write | trap",
                V128_STORE8_LANE, V128_STORE16_LANE, V128_STORE32_LANE, V128_STORE64_LANE);
        rule(MEMORY, "memory.size x", Shape.PLAIN, "Pushes the memory's size in pages of 64 KiB.",
                "memory.size x ↪ (i32.const |mem.bytes| / 64 Ki)", MEMORY_SIZE);
        rule(MEMORY, "memory.grow x", Shape.PLAIN, "Pops a number of pages, grows the memory by that many (new bytes "
                + "zero) and pushes the old size, or -1 if it cannot grow so far.",
                "(i32.const n) memory.grow x ↪ (i32.const old size) with n pages added | (i32.const -1)", MEMORY_GROW);
        rule(MEMORY, "memory.fill x", Shape.PLAIN, "Pops a destination, a byte value and a count and sets that many "
                + "bytes; a range past the end traps.", "(i32.const d) (i32.const v) (i32.const n) memory.fill x ↪ ε | trap",
                MEMORY_FILL);
        rule(MEMORY, "memory.copy x y", Shape.PLAIN, "Pops a destination, a source and a count and copies that many "
                + "bytes from memory y to memory x (overlap allowed); a range past either end traps.",
                "(i32.const d) (i32.const s) (i32.const n) memory.copy x y ↪ ε | trap", MEMORY_COPY);
        rule(MEMORY, "memory.init x y", Shape.PLAIN, "Pops a destination, a source offset and a count and copies that "
                + "many bytes of data segment y into memory x; a range past either end traps.",
                "(i32.const d) (i32.const s) (i32.const n) memory.init x y ↪ ε | trap", MEMORY_INIT);
        rule(MEMORY, "data.drop x", Shape.PLAIN, "Empties data segment x: it can no longer be copied into memory.",
                "data.drop x ↪ ε with S.datas[a].data = ε", DATA_DROP);

        // ---- 4.6.8 control
        rule(CONTROL, "block bt instr* end", Shape.ENTER, "Enters the block: its parameters move inside a new label "
                + "whose continuation is empty, so a branch to it goes on after the block's end.",
                "val^m block bt instr* end ↪ label_n{ε} val^m instr* end", BLOCK);
        rule(CONTROL, "loop bt instr* end", Shape.ENTER, "Enters the loop: its parameters move inside a new label "
                + "whose continuation is the loop itself, so a branch to it starts the loop again.",
                "val^m loop bt instr* end ↪ label_m{loop bt instr* end} val^m instr* end", LOOP);
        rule(CONTROL, "if bt instr₁* else instr₂* end", Shape.ENTER, "Pops the condition and enters the then branch "
                + "as a block if it is not zero, the else branch if it is; the other branch is dropped.",
                "val^m (i32.const c) if bt instr₁* else instr₂* end ↪ val^m block bt instr₁* end if c ≠ 0 "
                        + "| val^m block bt instr₂* end if c = 0", IF);
        rule(CONTROL, "else", Shape.ELSE, "The then branch has run to its end. The spec's configuration holds no else "
                + "branch any more (it was dropped on entering the if); the machine, which keeps the flat code, "
                + "moves to the if's end.", "label_n{ε} val* end  (unchanged)", ELSE);
        rule(CONTROL, "end", Shape.LABEL_EXIT, "Reaches the end of a block, loop, if or try_table, or of the function "
                + "body: see label exit, handler exit and frame exit.", "label_n{instr*} val* end ↪ val*", END);
        rule(CONTROL, "br l", Shape.BRANCH, "Leaves every label up to and including label l: the label's arity of "
                + "values on top is kept, everything else inside it is discarded, and execution continues with the "
                + "label's continuation (after a block's end, at the start of a loop).",
                "label_n{instr*} B^l[val^n br l] end ↪ val^n instr*", BR);
        rule(CONTROL, "br_if l", Shape.BRANCH, "Pops a condition: not zero, branch to label l; zero, nothing more "
                + "happens.", "(i32.const c) br_if l ↪ br l if c ≠ 0 | ε if c = 0", BR_IF);
        rule(CONTROL, "br_table l* l_N", Shape.BRANCH, "Pops an index i and branches to the i-th label of the list, "
                + "or to the last one (the default) if i is past the list.",
                "(i32.const i) br_table l* l_N ↪ br l_i if i < |l*| | br l_N", BR_TABLE);
        rule(CONTROL, "br_on_null l", Shape.BRANCH, "Pops a reference: a null one is dropped and the branch to l taken; "
                + "another stays on the stack and execution goes on.",
                "(ref.null t) br_on_null l ↪ br l | ref br_on_null l ↪ ref", BR_ON_NULL);
        rule(CONTROL, "br_on_non_null l", Shape.BRANCH, "Pops a reference: a non-null one stays on the stack and the "
                + "branch to l carries it; a null one is dropped and execution goes on.",
                "ref br_on_non_null l ↪ ref br l | (ref.null t) br_on_non_null l ↪ ε", BR_ON_NON_NULL);
        rule(CONTROL, "br_on_cast l rt₁ rt₂", Shape.BRANCH, "Looks at the reference on top: if its run-time type "
                + "matches rt₂, the branch to l carries it; if not, it stays on the stack and execution goes on.",
                "ref br_on_cast l rt₁ rt₂ ↪ ref br l if ref matches rt₂ | ref", BR_ON_CAST);
        rule(CONTROL, "br_on_cast_fail l rt₁ rt₂", Shape.BRANCH, "The opposite of br_on_cast: the branch to l is "
                + "taken with the reference when its type does not match rt₂; otherwise it stays and execution goes on.",
                "ref br_on_cast_fail l rt₁ rt₂ ↪ ref if ref matches rt₂ | ref br l", BR_ON_CAST_FAIL);
        rule(CONTROL, "return", Shape.BRANCH, "Leaves the function: its result values are kept, everything else in the "
                + "frame is discarded, and the caller continues after its call.",
                "frame_n{F} B^k[val^n return] end ↪ val^n", RETURN);
        rule(CONTROL, "call x", Shape.CALL, "Invokes function x of the current module: its arguments are popped and "
                + "become the first locals of a new frame, the other locals start at zero (or null), and its body "
                + "runs inside a label with the function's results as arity.",
                "val^n call x ↪ val^n (invoke a) ↪ frame_m{F'} label_m{ε} instr* end end   where F'.locals = val^n default*",
                CALL);
        rule(CONTROL, "call_indirect x y", Shape.CALL, "Pops an index into table y and invokes the function stored "
                + "there; traps if the index is past the table, the element is null, or the function's type does "
                + "not match type x.",
                "val^n (i32.const i) call_indirect x y ↪ val^n (table.get y) (ref.cast (ref null x)) (call_ref x) "
                        + "↪ frame_m{F'} label_m{ε} instr* end end | trap", CALL_INDIRECT);
        rule(CONTROL, "call_ref x", Shape.CALL, "Pops a function reference and invokes that function; a null "
                + "reference traps.", "val^n (ref.func a) call_ref x ↪ val^n (invoke a) | (ref.null t) call_ref x ↪ trap",
                CALL_REF);
        rule(CONTROL, "return_call x", Shape.TAIL_CALL, "A tail call: the current frame is left as return leaves it, "
                + "keeping only the arguments, and function x is invoked in its place.",
                "frame_k{F} B^l[val^n return_call x] end ↪ val^n (call x)", RETURN_CALL);
        rule(CONTROL, "return_call_indirect x y", Shape.TAIL_CALL, "A tail call through table y: the element is "
                + "looked up and checked as call_indirect does, then the frame is replaced by the callee's.",
                "frame_k{F} B^l[val^n (i32.const i) return_call_indirect x y] end ↪ val^n (i32.const i) (call_indirect x y)",
                RETURN_CALL_INDIRECT);
        rule(CONTROL, "return_call_ref x", Shape.TAIL_CALL, "A tail call of a function reference; a null reference "
                + "traps.", "frame_k{F} B^l[val^n ref return_call_ref x] end ↪ val^n ref (call_ref x)",
                RETURN_CALL_REF);
        rule(CONTROL, "throw x", Shape.THROW, "Pops the tag's parameters, makes an exception of tag x with them as "
                + "payload in the store, and throws it: the innermost handler with a matching clause catches it; "
                + "frames and labels in between are discarded.",
                "val^n throw x ↪ (ref.exn a) throw_ref   where S.exns[a] = {tag x, fields val^n}", THROW);
        rule(CONTROL, "throw_ref", Shape.THROW, "Pops an exception reference and throws it again; a null reference "
                + "traps. The handler's clause branches to its label with the payload (and for the _ref clauses the "
                + "reference).", "handler_n{catch*} T[(ref.exn a) throw_ref] end ↪ val* (ref.exn a)? br l | trap if null",
                THROW_REF);
        rule(CONTROL, "try_table bt catch* instr* end", Shape.ENTER, "Enters the body as a block does, and installs "
                + "a handler around its label that catches exceptions thrown inside by its clauses.",
                "val^m try_table bt catch* instr* end ↪ handler_n{catch*} (label_n{ε} val^m instr* end) end", TRY_TABLE);
    }
}
