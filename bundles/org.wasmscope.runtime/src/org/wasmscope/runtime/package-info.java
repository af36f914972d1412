/**
 * WasmScope runtime: the WebAssembly abstract machine. Public entry points: load, validate, instantiate, invoke.
 */
package org.wasmscope.runtime;
