package org.wasmscope.runtime.exec;

import org.wasmscope.runtime.Trap;

/** The traps of execution, with the specification's (and the testsuite's) message texts. */
final class Traps {
    private Traps() {
    }

    static Trap unreachable() {
        return new Trap("unreachable");
    }

    static Trap divideByZero() {
        return new Trap("integer divide by zero");
    }

    static Trap integerOverflow() {
        return new Trap("integer overflow");
    }

    static Trap invalidConversion() {
        return new Trap("invalid conversion to integer");
    }

    static Trap memoryOutOfBounds() {
        return new Trap("out of bounds memory access");
    }

    static Trap tableOutOfBounds() {
        return new Trap("out of bounds table access");
    }

    /** As the reference interpreter words it: the table index follows, e.g. "undefined element 7". */
    /** @param i the unsigned table index */
    static Trap undefinedElement(long i) {
        return new Trap("undefined element " + Long.toUnsignedString(i));
    }

    /** @param i the unsigned table index */
    static Trap uninitializedElement(long i) {
        return new Trap("uninitialized element " + Long.toUnsignedString(i));
    }

    static Trap indirectCallTypeMismatch() {
        return new Trap("indirect call type mismatch");
    }

    static Trap nullExceptionReference() {
        return new Trap("null exception reference");
    }

    static Trap nullFunctionReference() {
        return new Trap("null function reference");
    }

    static Trap nullReference() {
        return new Trap("null reference");
    }

    static Trap nullStructureReference() {
        return new Trap("null structure reference");
    }

    static Trap nullArrayReference() {
        return new Trap("null array reference");
    }

    static Trap nullI31Reference() {
        return new Trap("null i31 reference");
    }

    static Trap arrayOutOfBounds() {
        return new Trap("out of bounds array access");
    }

    static Trap castFailure() {
        return new Trap("cast failure");
    }
}
