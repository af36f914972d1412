package org.wasmscope.runtime.exec;

/**
 * The integer operators that can trap (spec 4.3.2: idiv_s, idiv_u, irem_s, irem_u); the others are one
 * Java operator each and live in the interpreter's loop.
 */
final class IntOps {
    private IntOps() {
    }

    /** idiv_s: undefined (trap) for a zero divisor and for the one quotient that does not fit, -2^31 / -1. */
    static int i32DivS(int a, int b) {
        if (b == 0) {
            throw Traps.divideByZero();
        }
        if (a == Integer.MIN_VALUE && b == -1) {
            throw Traps.integerOverflow();
        }
        return a / b;
    }

    static int i32DivU(int a, int b) {
        if (b == 0) {
            throw Traps.divideByZero();
        }
        return Integer.divideUnsigned(a, b);
    }

    /** irem_s: the sign of the dividend; -2^31 rem -1 is 0 (no overflow for the remainder). */
    static int i32RemS(int a, int b) {
        if (b == 0) {
            throw Traps.divideByZero();
        }
        return b == -1 ? 0 : a % b;
    }

    static int i32RemU(int a, int b) {
        if (b == 0) {
            throw Traps.divideByZero();
        }
        return Integer.remainderUnsigned(a, b);
    }

    static long i64DivS(long a, long b) {
        if (b == 0) {
            throw Traps.divideByZero();
        }
        if (a == Long.MIN_VALUE && b == -1) {
            throw Traps.integerOverflow();
        }
        return a / b;
    }

    static long i64DivU(long a, long b) {
        if (b == 0) {
            throw Traps.divideByZero();
        }
        return Long.divideUnsigned(a, b);
    }

    static long i64RemS(long a, long b) {
        if (b == 0) {
            throw Traps.divideByZero();
        }
        return b == -1 ? 0 : a % b;
    }

    static long i64RemU(long a, long b) {
        if (b == 0) {
            throw Traps.divideByZero();
        }
        return Long.remainderUnsigned(a, b);
    }
}
