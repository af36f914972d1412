/**
 * WasmScope runtime: the WebAssembly abstract machine. This package holds what every phase shares: the
 * {@link org.wasmscope.runtime.Value} passed in and out of invocations and the errors the specification
 * distinguishes (malformed, invalid, unlinkable, trap, exhaustion) and an uncaught exception. The entry points (load, validate,
 * instantiate, invoke) are in {@link org.wasmscope.runtime.embedding}.
 */
package org.wasmscope.runtime;
