package org.wasmscope.runtime.text;

import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.syntax.ValType;

/**
 * An expected result of {@code assert_return}: an exact value, {@code nan:canonical},
 * {@code nan:arithmetic}, a v128 given lane by lane (whose float lanes may be NaN patterns), any
 * non-null {@code ref.func}, or any {@code ref.extern}.
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

    /** Any non-null reference of the type: {@code (ref.func)} or {@code (ref.extern)} without a number. */
    record AnyRef(ValType type) implements Expected {
        @Override
        public boolean matches(Value actual) {
            return actual.type() == type && !actual.isNull();
        }

        @Override
        public String toString() {
            return type + ":any";
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
