package org.wasmscope.views.common;

/** A column of a {@link RowTree}: its header, the header's tooltip (the spec's term), its initial width in characters. */
public record Column(String title, String tooltip, int chars) {
}
