/**
 * Validation (spec chapter 3): the type system, and the static block structure used by execution and debugging.
 */
package org.wasmscope.runtime.valid;
