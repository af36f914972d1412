package org.wasmscope.runtime.binary;

/**
 * Strict UTF-8 decoding of names (spec 5.2.4, Unicode 3.9): no overlong forms, no surrogates, nothing
 * above U+10FFFF, no stray or missing continuation bytes.
 */
final class Utf8 {
    private Utf8() {
    }

    /** The decoded string, or null if {@code b} is not well-formed UTF-8. */
    static String decode(byte[] b) {
        StringBuilder out = new StringBuilder(b.length);
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            int n; // continuation bytes
            int min; // smallest code point of this length (shorter forms are overlong)
            if (c < 0x80) {
                out.append((char) c);
                i++;
                continue;
            } else if (c >= 0xC0 && c < 0xE0) {
                n = 1;
                min = 0x80;
                c &= 0x1F;
            } else if (c >= 0xE0 && c < 0xF0) {
                n = 2;
                min = 0x800;
                c &= 0x0F;
            } else if (c >= 0xF0 && c < 0xF8) {
                n = 3;
                min = 0x10000;
                c &= 0x07;
            } else {
                return null; // continuation byte without a lead, or 0xF8..0xFF
            }
            if (i + n >= b.length) {
                return null; // truncated sequence
            }
            for (int k = 1; k <= n; k++) {
                int cont = b[i + k] & 0xFF;
                if ((cont & 0xC0) != 0x80) {
                    return null;
                }
                c = (c << 6) | (cont & 0x3F);
            }
            if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) {
                return null;
            }
            out.appendCodePoint(c);
            i += n + 1;
        }
        return out.toString();
    }
}
