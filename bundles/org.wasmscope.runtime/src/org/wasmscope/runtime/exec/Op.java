package org.wasmscope.runtime.exec;

/**
 * The operation codes of the pre-decoded form ({@link Code}). Every non-vector instruction keeps its
 * {@link org.wasmscope.runtime.syntax.Opcode} ordinal (so {@code Op.I32_ADD == Opcode.I32_ADD.ordinal()});
 * after them come the forms the pre-decoder chooses for a known operand shape (a v128 local, a branch that
 * moves no values) and the machine's own codes. Plain int constants so that the interpreter's switch is a
 * table switch.
 */
final class Op {
    private Op() {
    }

    static final int UNREACHABLE = 0;
    static final int NOP = 1;
    static final int BLOCK = 2;
    static final int LOOP = 3;
    static final int IF = 4;
    static final int ELSE = 5;
    static final int END = 6;
    static final int BR = 7;
    static final int BR_IF = 8;
    static final int BR_TABLE = 9;
    static final int RETURN = 10;
    static final int CALL = 11;
    static final int CALL_INDIRECT = 12;
    static final int DROP = 13;
    static final int SELECT = 14;
    static final int SELECT_T = 15;
    static final int LOCAL_GET = 16;
    static final int LOCAL_SET = 17;
    static final int LOCAL_TEE = 18;
    static final int GLOBAL_GET = 19;
    static final int GLOBAL_SET = 20;
    static final int TABLE_GET = 21;
    static final int TABLE_SET = 22;
    static final int I32_LOAD = 23;
    static final int I64_LOAD = 24;
    static final int F32_LOAD = 25;
    static final int F64_LOAD = 26;
    static final int I32_LOAD8_S = 27;
    static final int I32_LOAD8_U = 28;
    static final int I32_LOAD16_S = 29;
    static final int I32_LOAD16_U = 30;
    static final int I64_LOAD8_S = 31;
    static final int I64_LOAD8_U = 32;
    static final int I64_LOAD16_S = 33;
    static final int I64_LOAD16_U = 34;
    static final int I64_LOAD32_S = 35;
    static final int I64_LOAD32_U = 36;
    static final int I32_STORE = 37;
    static final int I64_STORE = 38;
    static final int F32_STORE = 39;
    static final int F64_STORE = 40;
    static final int I32_STORE8 = 41;
    static final int I32_STORE16 = 42;
    static final int I64_STORE8 = 43;
    static final int I64_STORE16 = 44;
    static final int I64_STORE32 = 45;
    static final int MEMORY_SIZE = 46;
    static final int MEMORY_GROW = 47;
    static final int I32_CONST = 48;
    static final int I64_CONST = 49;
    static final int F32_CONST = 50;
    static final int F64_CONST = 51;
    static final int I32_EQZ = 52;
    static final int I32_EQ = 53;
    static final int I32_NE = 54;
    static final int I32_LT_S = 55;
    static final int I32_LT_U = 56;
    static final int I32_GT_S = 57;
    static final int I32_GT_U = 58;
    static final int I32_LE_S = 59;
    static final int I32_LE_U = 60;
    static final int I32_GE_S = 61;
    static final int I32_GE_U = 62;
    static final int I64_EQZ = 63;
    static final int I64_EQ = 64;
    static final int I64_NE = 65;
    static final int I64_LT_S = 66;
    static final int I64_LT_U = 67;
    static final int I64_GT_S = 68;
    static final int I64_GT_U = 69;
    static final int I64_LE_S = 70;
    static final int I64_LE_U = 71;
    static final int I64_GE_S = 72;
    static final int I64_GE_U = 73;
    static final int F32_EQ = 74;
    static final int F32_NE = 75;
    static final int F32_LT = 76;
    static final int F32_GT = 77;
    static final int F32_LE = 78;
    static final int F32_GE = 79;
    static final int F64_EQ = 80;
    static final int F64_NE = 81;
    static final int F64_LT = 82;
    static final int F64_GT = 83;
    static final int F64_LE = 84;
    static final int F64_GE = 85;
    static final int I32_CLZ = 86;
    static final int I32_CTZ = 87;
    static final int I32_POPCNT = 88;
    static final int I32_ADD = 89;
    static final int I32_SUB = 90;
    static final int I32_MUL = 91;
    static final int I32_DIV_S = 92;
    static final int I32_DIV_U = 93;
    static final int I32_REM_S = 94;
    static final int I32_REM_U = 95;
    static final int I32_AND = 96;
    static final int I32_OR = 97;
    static final int I32_XOR = 98;
    static final int I32_SHL = 99;
    static final int I32_SHR_S = 100;
    static final int I32_SHR_U = 101;
    static final int I32_ROTL = 102;
    static final int I32_ROTR = 103;
    static final int I64_CLZ = 104;
    static final int I64_CTZ = 105;
    static final int I64_POPCNT = 106;
    static final int I64_ADD = 107;
    static final int I64_SUB = 108;
    static final int I64_MUL = 109;
    static final int I64_DIV_S = 110;
    static final int I64_DIV_U = 111;
    static final int I64_REM_S = 112;
    static final int I64_REM_U = 113;
    static final int I64_AND = 114;
    static final int I64_OR = 115;
    static final int I64_XOR = 116;
    static final int I64_SHL = 117;
    static final int I64_SHR_S = 118;
    static final int I64_SHR_U = 119;
    static final int I64_ROTL = 120;
    static final int I64_ROTR = 121;
    static final int F32_ABS = 122;
    static final int F32_NEG = 123;
    static final int F32_CEIL = 124;
    static final int F32_FLOOR = 125;
    static final int F32_TRUNC = 126;
    static final int F32_NEAREST = 127;
    static final int F32_SQRT = 128;
    static final int F32_ADD = 129;
    static final int F32_SUB = 130;
    static final int F32_MUL = 131;
    static final int F32_DIV = 132;
    static final int F32_MIN = 133;
    static final int F32_MAX = 134;
    static final int F32_COPYSIGN = 135;
    static final int F64_ABS = 136;
    static final int F64_NEG = 137;
    static final int F64_CEIL = 138;
    static final int F64_FLOOR = 139;
    static final int F64_TRUNC = 140;
    static final int F64_NEAREST = 141;
    static final int F64_SQRT = 142;
    static final int F64_ADD = 143;
    static final int F64_SUB = 144;
    static final int F64_MUL = 145;
    static final int F64_DIV = 146;
    static final int F64_MIN = 147;
    static final int F64_MAX = 148;
    static final int F64_COPYSIGN = 149;
    static final int I32_WRAP_I64 = 150;
    static final int I32_TRUNC_F32_S = 151;
    static final int I32_TRUNC_F32_U = 152;
    static final int I32_TRUNC_F64_S = 153;
    static final int I32_TRUNC_F64_U = 154;
    static final int I64_EXTEND_I32_S = 155;
    static final int I64_EXTEND_I32_U = 156;
    static final int I64_TRUNC_F32_S = 157;
    static final int I64_TRUNC_F32_U = 158;
    static final int I64_TRUNC_F64_S = 159;
    static final int I64_TRUNC_F64_U = 160;
    static final int F32_CONVERT_I32_S = 161;
    static final int F32_CONVERT_I32_U = 162;
    static final int F32_CONVERT_I64_S = 163;
    static final int F32_CONVERT_I64_U = 164;
    static final int F32_DEMOTE_F64 = 165;
    static final int F64_CONVERT_I32_S = 166;
    static final int F64_CONVERT_I32_U = 167;
    static final int F64_CONVERT_I64_S = 168;
    static final int F64_CONVERT_I64_U = 169;
    static final int F64_PROMOTE_F32 = 170;
    static final int I32_REINTERPRET_F32 = 171;
    static final int I64_REINTERPRET_F64 = 172;
    static final int F32_REINTERPRET_I32 = 173;
    static final int F64_REINTERPRET_I64 = 174;
    static final int I32_EXTEND8_S = 175;
    static final int I32_EXTEND16_S = 176;
    static final int I64_EXTEND8_S = 177;
    static final int I64_EXTEND16_S = 178;
    static final int I64_EXTEND32_S = 179;
    static final int REF_NULL = 180;
    static final int REF_IS_NULL = 181;
    static final int REF_FUNC = 182;
    static final int I32_TRUNC_SAT_F32_S = 183;
    static final int I32_TRUNC_SAT_F32_U = 184;
    static final int I32_TRUNC_SAT_F64_S = 185;
    static final int I32_TRUNC_SAT_F64_U = 186;
    static final int I64_TRUNC_SAT_F32_S = 187;
    static final int I64_TRUNC_SAT_F32_U = 188;
    static final int I64_TRUNC_SAT_F64_S = 189;
    static final int I64_TRUNC_SAT_F64_U = 190;
    static final int MEMORY_INIT = 191;
    static final int DATA_DROP = 192;
    static final int MEMORY_COPY = 193;
    static final int MEMORY_FILL = 194;
    static final int TABLE_INIT = 195;
    static final int ELEM_DROP = 196;
    static final int TABLE_COPY = 197;
    static final int TABLE_GROW = 198;
    static final int TABLE_SIZE = 199;
    static final int TABLE_FILL = 200;

    // ---- pre-decoded forms ----
    /** {@code local.get} of a v128 local (two slots), likewise the next four for local.set, local.tee and globals. */
    static final int LOCAL_GET_V128 = 201;
    static final int LOCAL_SET_V128 = 202;
    static final int LOCAL_TEE_V128 = 203;
    static final int GLOBAL_GET_V128 = 204;
    static final int GLOBAL_SET_V128 = 205;
    /** {@code drop} of a v128 operand. */
    static final int DROP_V128 = 206;
    /** {@code select} of v128 operands. */
    static final int SELECT_V128 = 207;
    /** {@code br} whose values are already where the label wants them: only pc changes. */
    static final int BR_JUMP = 208;
    /** {@code br_if} whose values are already in place when taken. */
    static final int BR_IF_JUMP = 209;
    /** {@code else} reached from the then branch: continue at the end of the if. */
    static final int JUMP = 210;
    /** The {@code end} of the function body: return. */
    static final int RETURN_END = 211;
    /** A vector instruction, executed by Simd.execute on the Instr. */
    static final int SIMD = 212;

    // ---- fused operations (Fusion), up to the machine codes; FusionDifferentialTest needs a run for each ----
    /** local.get a; local.get b. */
    static final int LOCAL_GET_LOCAL_GET = 213;
    /** local.get a; i32.const c. */
    static final int LOCAL_GET_I32_CONST = 214;
    /** i32.const c; i32.add. */
    static final int I32_CONST_I32_ADD = 215;
    /** local.set a; local.get b. */
    static final int LOCAL_SET_LOCAL_GET = 216;
    /** local.tee a; local.get b. */
    static final int LOCAL_TEE_LOCAL_GET = 217;
    /** local.get a; i32.const c; i32.add: an address or a counter, one push. */
    static final int LOCAL_GET_I32_CONST_I32_ADD = 218;
    /** i32.add; local.set a. */
    static final int I32_ADD_LOCAL_SET = 219;
    /** i32.add; local.tee a. */
    static final int I32_ADD_LOCAL_TEE = 220;
    /** local.get a; then a binary operation with that local as its second operand. */
    static final int LOCAL_GET_I32_ADD = 221;
    static final int LOCAL_GET_I32_SUB = 222;
    static final int LOCAL_GET_I32_AND = 223;
    static final int LOCAL_GET_I32_XOR = 224;
    static final int LOCAL_GET_I32_LT_S = 225;
    static final int LOCAL_GET_I32_GT_S = 226;
    static final int LOCAL_GET_F64_ADD = 227;
    static final int LOCAL_GET_F64_MUL = 228;
    /** i32.const c; then a binary operation with c as its second operand. */
    static final int I32_CONST_I32_AND = 229;
    static final int I32_CONST_I32_SHL = 230;
    static final int I32_CONST_I32_SHR_U = 231;
    static final int I32_CONST_I32_ROTL = 232;
    static final int I32_CONST_I32_NE = 233;
    /** A comparison, then a br_if that moves no values ({@link #BR_IF_JUMP}): branch on the comparison. */
    static final int I32_EQZ_BR_IF = 234;
    static final int I32_EQ_BR_IF = 235;
    static final int I32_NE_BR_IF = 236;
    static final int I32_LT_S_BR_IF = 237;
    static final int I32_GT_S_BR_IF = 238;
    static final int I32_LE_S_BR_IF = 239;
    static final int I32_GE_S_BR_IF = 240;
    static final int I32_LT_U_BR_IF = 241;
    static final int I32_GT_U_BR_IF = 242;
    /** local.get a; i32.const c; then a binary operation of the local and c. */
    static final int LOCAL_GET_I32_CONST_I32_AND = 243;
    static final int LOCAL_GET_I32_CONST_I32_SHR_U = 244;
    static final int LOCAL_GET_I32_CONST_I32_ROTL = 245;
    /** local.get a; a 32-bit load (i32, f32) from the local's address. */
    static final int LOCAL_GET_LOAD32 = 246;
    /** local.get a; a 64-bit load (i64, f64) from the local's address. */
    static final int LOCAL_GET_LOAD64 = 247;
    /** local.get a; local.set b: a copy between locals. */
    static final int LOCAL_GET_LOCAL_SET = 248;
    /** i32.rotl; i32.xor. */
    static final int I32_ROTL_I32_XOR = 249;
    /** local.get a; local.get b; then a binary operation of the two locals. */
    static final int LOCAL_GET_LOCAL_GET_I32_ADD = 250;
    static final int LOCAL_GET_LOCAL_GET_I32_LT_S = 251;
    static final int LOCAL_GET_LOCAL_GET_I32_GT_S = 252;
    static final int LOCAL_GET_LOCAL_GET_I64_ADD = 253;
    static final int LOCAL_GET_LOCAL_GET_F64_MUL = 254;
    static final int LOCAL_GET_LOCAL_GET_F64_SUB = 255;
    /** i32.const c; i32.add; a 64-bit load (i64, f64) from that address. */
    static final int I32_CONST_I32_ADD_LOAD64 = 256;
    /** i32.const c; i32.add; a 32-bit load (i32, f32) from that address. */
    static final int I32_CONST_I32_ADD_LOAD32 = 257;
    /** f64.add (or f64.sub); f64.store of the result. */
    static final int F64_ADD_F64_STORE = 258;
    static final int F64_SUB_F64_STORE = 259;
    /** local.get a; f64.load; then f64.add (or f64.mul) of the loaded value. */
    static final int LOCAL_GET_F64_LOAD_F64_ADD = 260;
    static final int LOCAL_GET_F64_LOAD_F64_MUL = 261;
    /** f64.load; then f64.sub (or f64.add) with the loaded value as second operand. */
    static final int F64_LOAD_F64_SUB = 262;
    static final int F64_LOAD_F64_ADD = 263;
    /** i32.const c; i32.ne; br_if that moves no values: a loop's exit test. */
    static final int I32_CONST_I32_NE_BR_IF = 264;
    /** local.get a; i32.const c; i32.add; local.set d: d = a + c, as in i++. */
    static final int LOCAL_GET_I32_CONST_I32_ADD_LOCAL_SET = 265;
    /** local.get a; local.get b; i32.add; local.set d: d = a + b. */
    static final int LOCAL_GET_LOCAL_GET_I32_ADD_LOCAL_SET = 266;
    /** An i64 comparison, then a br_if that moves no values. */
    static final int I64_EQ_BR_IF = 267;
    static final int I64_NE_BR_IF = 268;
    static final int I64_LT_S_BR_IF = 269;
    static final int I64_GT_S_BR_IF = 270;
    static final int I64_LE_S_BR_IF = 271;
    static final int I64_GE_S_BR_IF = 272;
    /** local.get a; i32.const c; i32.rotl; i32.xor: xor with a rotated local (SHA-2's sigma functions). */
    static final int LOCAL_GET_I32_CONST_I32_ROTL_I32_XOR = 273;
    /** local.get a; local.get b; i32.xor (or i32.and). */
    static final int LOCAL_GET_LOCAL_GET_I32_XOR = 274;
    static final int LOCAL_GET_LOCAL_GET_I32_AND = 275;
    /** local.get a; i32.const c; i32.add; a 64-bit load (i64, f64): a field of a struct. */
    static final int LOCAL_GET_I32_CONST_I32_ADD_LOAD64 = 276;
    /** local.tee a; local.get b; f64.mul. */
    static final int LOCAL_TEE_LOCAL_GET_F64_MUL = 277;
    /** f64.mul; f64.sub: x - y * z, rounded twice (no fused multiply-add). */
    static final int F64_MUL_F64_SUB = 278;

    // ---- machine codes ----
    /** The machine stops before this instruction (single stepping): replaces an instruction start. */
    static final int STOP = 279;
    /** A breakpoint: replaces an instruction start in a function's breakpoint code. */
    static final int BREAK = 280;

    // ---- out of the loop ----
    /**
     * A WebAssembly 3.0 instruction run by {@link Ext} outside the interpreter loop, which is near the JIT's
     * method-size limit: {@code EXT, sub-operation, instruction index}.
     */
    static final int EXT = 281;

    /** How many operation codes there are. */
    static final int COUNT = 282;
}
