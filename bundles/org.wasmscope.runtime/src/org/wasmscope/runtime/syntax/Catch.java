package org.wasmscope.runtime.syntax;

/**
 * One catch clause of {@code try_table} (spec 2.4.8): which exceptions it catches ({@code catch} and
 * {@code catch_ref} those of tag {@link #tag}, {@code catch_all} and {@code catch_all_ref} any) and the label
 * it branches to, with the payload and, for the {@code _ref} kinds, the exception reference. The label is
 * counted from outside the try_table: label 0 is the block around it.
 *
 * @param tag   the tag index, or -1 for the catch_all kinds
 */
public record Catch(Kind kind, int tag, int label) {
    public enum Kind {
        CATCH("catch", 0x00), CATCH_REF("catch_ref", 0x01), CATCH_ALL("catch_all", 0x02),
        CATCH_ALL_REF("catch_all_ref", 0x03);

        public final String text;
        /** The clause's byte in the binary format. */
        public final int code;

        Kind(String text, int code) {
            this.text = text;
            this.code = code;
        }

        /** Whether the clause catches only exceptions of one tag. */
        public boolean hasTag() {
            return this == CATCH || this == CATCH_REF;
        }

        /** Whether the clause passes the exception reference after the payload. */
        public boolean passesRef() {
            return this == CATCH_REF || this == CATCH_ALL_REF;
        }

        /** The kind whose binary code is {@code b}, or null. */
        public static Kind ofCode(int b) {
            for (Kind k : values()) {
                if (k.code == b) {
                    return k;
                }
            }
            return null;
        }

        /** The kind named {@code s} in the text format, or null. */
        public static Kind ofText(String s) {
            for (Kind k : values()) {
                if (k.text.equals(s)) {
                    return k;
                }
            }
            return null;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    @Override
    public String toString() {
        return "(" + kind + (kind.hasTag() ? " " + tag : "") + " " + label + ")";
    }
}
