/**
 * Binary format (spec chapter 5): decoding .wasm bytes into the abstract syntax.
 */
package org.wasmscope.runtime.binary;
