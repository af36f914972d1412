package org.wasmscope.views.common;

/**
 * How the views write integers (and the bits of floats): the toolbar's hex/decimal toggle. Floats are
 * always exact: decimal shows the shortest text that reads back to the same bits, hex shows the
 * hexadecimal float of the text format, which is exact digit for digit.
 */
public enum NumberFormat {
    DECIMAL, HEX;

    public NumberFormat toggled() {
        return this == DECIMAL ? HEX : DECIMAL;
    }
}
