package org.wasmscope.runtime.syntax;

/**
 * A tag's type (spec 2.3.12): the index of a function type whose parameters are the exception's payload;
 * it must have no results.
 */
public record TagType(int typeIndex) {
}
