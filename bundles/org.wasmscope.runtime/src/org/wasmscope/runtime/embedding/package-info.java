/**
 * The embedding interface (spec appendix A.1, "Embedding"): what a host program calls to decode or parse
 * a module, validate it, instantiate it and invoke its exports, all in {@link org.wasmscope.runtime.embedding.Wasm}.
 */
package org.wasmscope.runtime.embedding;
