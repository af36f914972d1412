package org.wasmscope.runtime.exec;

/**
 * Runs of adjacent instructions that the machine executes as one dispatch (superinstructions), chosen
 * from the runs of two to four instructions that are most frequent in compiled C (see benchmarks/). Only in the code a
 * function runs freely: the fused operation replaces the first instruction's operation and reads every
 * instruction's immediates where they are; each later instruction keeps its own start (and its own,
 * possibly fused, operation), so a branch to it, a breakpoint on it ({@link Code#setBreakpoint} then
 * unfuses the run) or a single step still sees each instruction. A fused run contains at most one
 * instruction that may trap (a load or store), and the machine is at that instruction's start, with the
 * stack as it would be there, before it executes it: a trap keeps its exact position and state.
 */
final class Fusion {
    private Fusion() {
    }

    /** The most instructions one fused operation covers. */
    static final int MAX_LENGTH = 4;

    /**
     * The fused operation for the instructions whose plain operations start at {@code ops[i]}, or -1;
     * {@code n} is the number of instructions.
     */
    static int of(int[] ops, int i, int n) {
        int first = ops[i];
        int second = i + 1 < n ? ops[i + 1] : -1;
        int third = i + 2 < n ? ops[i + 2] : -1;
        int fourth = i + 3 < n ? ops[i + 3] : -1;
        return switch (first) {
            case Op.LOCAL_GET -> switch (second) {
                case Op.LOCAL_GET -> switch (third) {
                    case Op.I32_ADD -> fourth == Op.LOCAL_SET ? Op.LOCAL_GET_LOCAL_GET_I32_ADD_LOCAL_SET
                            : Op.LOCAL_GET_LOCAL_GET_I32_ADD;
                    case Op.I32_LT_S -> Op.LOCAL_GET_LOCAL_GET_I32_LT_S;
                    case Op.I32_GT_S -> Op.LOCAL_GET_LOCAL_GET_I32_GT_S;
                    case Op.I64_ADD -> Op.LOCAL_GET_LOCAL_GET_I64_ADD;
                    case Op.I32_XOR -> Op.LOCAL_GET_LOCAL_GET_I32_XOR;
                    case Op.I32_AND -> Op.LOCAL_GET_LOCAL_GET_I32_AND;
                    case Op.F64_MUL -> Op.LOCAL_GET_LOCAL_GET_F64_MUL;
                    case Op.F64_SUB -> Op.LOCAL_GET_LOCAL_GET_F64_SUB;
                    default -> Op.LOCAL_GET_LOCAL_GET;
                };
                case Op.I32_CONST -> switch (third) {
                    case Op.I32_ADD -> switch (fourth) {
                        case Op.LOCAL_SET -> Op.LOCAL_GET_I32_CONST_I32_ADD_LOCAL_SET;
                        case Op.I64_LOAD, Op.F64_LOAD -> Op.LOCAL_GET_I32_CONST_I32_ADD_LOAD64;
                        default -> Op.LOCAL_GET_I32_CONST_I32_ADD;
                    };
                    case Op.I32_AND -> Op.LOCAL_GET_I32_CONST_I32_AND;
                    case Op.I32_SHR_U -> Op.LOCAL_GET_I32_CONST_I32_SHR_U;
                    case Op.I32_ROTL -> fourth == Op.I32_XOR ? Op.LOCAL_GET_I32_CONST_I32_ROTL_I32_XOR
                            : Op.LOCAL_GET_I32_CONST_I32_ROTL;
                    default -> Op.LOCAL_GET_I32_CONST;
                };
                case Op.LOCAL_SET -> Op.LOCAL_GET_LOCAL_SET;
                case Op.I32_LOAD, Op.F32_LOAD -> Op.LOCAL_GET_LOAD32;
                case Op.I64_LOAD -> Op.LOCAL_GET_LOAD64;
                case Op.F64_LOAD -> switch (third) {
                    case Op.F64_ADD -> Op.LOCAL_GET_F64_LOAD_F64_ADD;
                    case Op.F64_MUL -> Op.LOCAL_GET_F64_LOAD_F64_MUL;
                    default -> Op.LOCAL_GET_LOAD64;
                };
                case Op.I32_ADD -> Op.LOCAL_GET_I32_ADD;
                case Op.I32_SUB -> Op.LOCAL_GET_I32_SUB;
                case Op.I32_AND -> Op.LOCAL_GET_I32_AND;
                case Op.I32_XOR -> Op.LOCAL_GET_I32_XOR;
                case Op.I32_LT_S -> Op.LOCAL_GET_I32_LT_S;
                case Op.I32_GT_S -> Op.LOCAL_GET_I32_GT_S;
                case Op.F64_ADD -> Op.LOCAL_GET_F64_ADD;
                case Op.F64_MUL -> Op.LOCAL_GET_F64_MUL;
                default -> -1;
            };
            case Op.I32_CONST -> switch (second) {
                case Op.I32_ADD -> switch (third) {
                    case Op.I64_LOAD, Op.F64_LOAD -> Op.I32_CONST_I32_ADD_LOAD64;
                    case Op.I32_LOAD, Op.F32_LOAD -> Op.I32_CONST_I32_ADD_LOAD32;
                    default -> Op.I32_CONST_I32_ADD;
                };
                case Op.I32_AND -> Op.I32_CONST_I32_AND;
                case Op.I32_SHL -> Op.I32_CONST_I32_SHL;
                case Op.I32_SHR_U -> Op.I32_CONST_I32_SHR_U;
                case Op.I32_ROTL -> Op.I32_CONST_I32_ROTL;
                case Op.I32_NE -> third == Op.BR_IF_JUMP ? Op.I32_CONST_I32_NE_BR_IF : Op.I32_CONST_I32_NE;
                default -> -1;
            };
            case Op.LOCAL_SET -> second == Op.LOCAL_GET ? Op.LOCAL_SET_LOCAL_GET : -1;
            case Op.LOCAL_TEE -> second != Op.LOCAL_GET ? -1
                    : third == Op.F64_MUL ? Op.LOCAL_TEE_LOCAL_GET_F64_MUL : Op.LOCAL_TEE_LOCAL_GET;
            case Op.F64_MUL -> second == Op.F64_SUB ? Op.F64_MUL_F64_SUB : -1;
            case Op.I32_ROTL -> second == Op.I32_XOR ? Op.I32_ROTL_I32_XOR : -1;
            case Op.F64_ADD -> second == Op.F64_STORE ? Op.F64_ADD_F64_STORE : -1;
            case Op.F64_SUB -> second == Op.F64_STORE ? Op.F64_SUB_F64_STORE : -1;
            case Op.F64_LOAD -> switch (second) {
                case Op.F64_SUB -> Op.F64_LOAD_F64_SUB;
                case Op.F64_ADD -> Op.F64_LOAD_F64_ADD;
                default -> -1;
            };
            case Op.I32_ADD -> switch (second) {
                case Op.LOCAL_SET -> Op.I32_ADD_LOCAL_SET;
                case Op.LOCAL_TEE -> Op.I32_ADD_LOCAL_TEE;
                default -> -1;
            };
            default -> second == Op.BR_IF_JUMP ? branchOn(first) : -1;
        };
    }

    /** The fused comparison-and-branch for a comparison followed by a br_if that moves no values, or -1. */
    private static int branchOn(int compare) {
        return switch (compare) {
            case Op.I32_EQZ -> Op.I32_EQZ_BR_IF;
            case Op.I32_EQ -> Op.I32_EQ_BR_IF;
            case Op.I32_NE -> Op.I32_NE_BR_IF;
            case Op.I32_LT_S -> Op.I32_LT_S_BR_IF;
            case Op.I32_GT_S -> Op.I32_GT_S_BR_IF;
            case Op.I32_LE_S -> Op.I32_LE_S_BR_IF;
            case Op.I32_GE_S -> Op.I32_GE_S_BR_IF;
            case Op.I32_LT_U -> Op.I32_LT_U_BR_IF;
            case Op.I32_GT_U -> Op.I32_GT_U_BR_IF;
            case Op.I64_EQ -> Op.I64_EQ_BR_IF;
            case Op.I64_NE -> Op.I64_NE_BR_IF;
            case Op.I64_LT_S -> Op.I64_LT_S_BR_IF;
            case Op.I64_GT_S -> Op.I64_GT_S_BR_IF;
            case Op.I64_LE_S -> Op.I64_LE_S_BR_IF;
            case Op.I64_GE_S -> Op.I64_GE_S_BR_IF;
            default -> -1;
        };
    }

    /**
     * Fuses every run of adjacent instructions that has a fused form: rewrites the first one's operation
     * in {@code code}; {@code plainOps} holds each instruction's own operation.
     */
    static void fuse(int[] code, int[] instrToPc, int[] plainOps) {
        for (int i = 0; i < plainOps.length; i++) {
            int fused = of(plainOps, i, plainOps.length);
            if (fused >= 0) {
                code[instrToPc[i]] = fused;
            }
        }
    }
}
