package org.wasmscope.runtime.text;

import java.util.List;

import org.wasmscope.runtime.RefBits;
import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.syntax.AbsHeap;
import org.wasmscope.runtime.syntax.ValType;

/**
 * An expected result of {@code assert_return}: an exact value, {@code nan:canonical},
 * {@code nan:arithmetic}, a v128 given lane by lane (whose float lanes may be NaN patterns), any null
 * reference, any non-null reference of a kind, or {@code (either r*)}.
 */
public sealed interface Expected {
    boolean matches(Value actual);

    /** Exactly this value; floats compare by bits, references by address/number, null by type. */
    record Exact(Value value) implements Expected {
        @Override
        public boolean matches(Value actual) {
            return value.equals(actual);
        }

        @Override
        public String toString() {
            return value.toString();
        }
    }

    /** {@code nan:canonical} (arithmetic = false) or {@code nan:arithmetic} of f32 or f64. */
    record Nan(ValType type, boolean arithmetic) implements Expected {
        @Override
        public boolean matches(Value actual) {
            if (actual.type() != type) {
                return false;
            }
            return type == ValType.F32 ? Nans.matches32((int) actual.bits(), arithmetic)
                    : Nans.matches64(actual.bits(), arithmetic);
        }

        @Override
        public String toString() {
            return type + ":nan:" + (arithmetic ? "arithmetic" : "canonical");
        }
    }

    /**
     * A v128 written as {@code (v128.const f32x4 ...)} or {@code f64x2} whose lanes may be NaN patterns:
     * {@code lanes} holds, per lane, an Exact f32/f64 value or a Nan.
     */
    record FloatLanes(ValType laneType, Expected[] lanes) implements Expected {
        @Override
        public boolean matches(Value actual) {
            if (actual.type() != ValType.V128) {
                return false;
            }
            for (int i = 0; i < lanes.length; i++) {
                Value lane;
                if (laneType == ValType.F32) {
                    long half = i < 2 ? actual.bits() : actual.high();
                    lane = Value.f32Bits((int) (half >>> (32 * (i % 2))));
                } else {
                    lane = Value.f64Bits(i == 0 ? actual.bits() : actual.high());
                }
                if (!lanes[i].matches(lane)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public String toString() {
            StringBuilder b = new StringBuilder("v128:").append(laneType == ValType.F32 ? "f32x4" : "f64x2");
            for (Expected e : lanes) {
                b.append(' ').append(e);
            }
            return b.toString();
        }
    }

    /**
     * {@code (ref.null ht?)}: a null reference of any type. The reference interpreter ignores the heap
     * type here (a null of a subtype is the same null).
     */
    record NullRef() implements Expected {
        @Override
        public boolean matches(Value actual) {
            return actual.type().isRef() && actual.isNull();
        }

        @Override
        public String toString() {
            return "ref.null";
        }
    }

    /** The kinds of reference {@link AnyRef} names, by the keyword of the pattern. */
    enum RefKind {
        FUNC("ref.func"), EXTERN("ref.extern"), EXN("ref.exn"), ANY("ref.any"), EQ("ref.eq"), I31("ref.i31"),
        STRUCT("ref.struct"), ARRAY("ref.array");

        final String keyword;

        RefKind(String keyword) {
            this.keyword = keyword;
        }

        /** The kind a pattern keyword names, or null. */
        static RefKind ofKeyword(String keyword) {
            for (RefKind k : values()) {
                if (k.keyword.equals(keyword)) {
                    return k;
                }
            }
            return null;
        }
    }

    /**
     * A non-null reference of a kind, written without a value: {@code (ref.func)}, {@code (ref.extern)},
     * {@code (ref.exn)}, and GC's {@code (ref.any)} (a host reference made internal included), {@code (ref.eq)}
     * (an i31, struct or array), {@code (ref.i31)}, {@code (ref.struct)}, {@code (ref.array)}. Whatever static
     * type the value was read at: its hierarchy and its bits ({@link RefBits}) tell the kind.
     */
    record AnyRef(RefKind kind) implements Expected {
        @Override
        public boolean matches(Value actual) {
            if (!actual.type().isRef() || actual.isNull()) {
                return false;
            }
            AbsHeap top = actual.type().heap.top();
            int bits = RefBits.kind(actual.bits());
            return switch (kind) {
                case FUNC -> top == AbsHeap.FUNC;
                case EXTERN -> top == AbsHeap.EXTERN;
                case EXN -> top == AbsHeap.EXN;
                case ANY -> top == AbsHeap.ANY;
                case EQ -> top == AbsHeap.ANY && (bits == RefBits.I31 || bits == RefBits.STRUCT || bits == RefBits.ARRAY);
                case I31 -> top == AbsHeap.ANY && bits == RefBits.I31;
                case STRUCT -> top == AbsHeap.ANY && bits == RefBits.STRUCT;
                case ARRAY -> top == AbsHeap.ANY && bits == RefBits.ARRAY;
            };
        }

        @Override
        public String toString() {
            return "(" + kind.keyword + ")";
        }
    }

    /** {@code (either r*)}: any one of the alternatives (results the spec leaves to the implementation). */
    record Either(List<Expected> alternatives) implements Expected {
        @Override
        public boolean matches(Value actual) {
            return alternatives.stream().anyMatch(e -> e.matches(actual));
        }

        @Override
        public String toString() {
            return "either" + alternatives;
        }
    }

    /** NaN classification of the spec (4.3.2): canonical NaNs have only the top payload bit set. */
    final class Nans {
        private Nans() {
        }

        static boolean matches32(int bits, boolean arithmetic) {
            int payload = bits & 0x7FFFFF;
            boolean nan = (bits & 0x7F800000) == 0x7F800000 && payload != 0;
            return nan && (arithmetic ? (payload & 0x400000) != 0 : payload == 0x400000);
        }

        static boolean matches64(long bits, boolean arithmetic) {
            long payload = bits & 0xFFFFFFFFFFFFFL;
            boolean nan = (bits & 0x7FF0000000000000L) == 0x7FF0000000000000L && payload != 0;
            return nan && (arithmetic ? (payload & 0x8000000000000L) != 0 : payload == 0x8000000000000L);
        }
    }
}
