/**
 * A WASI preview1 host ({@code wasi_snapshot_preview1}): the functions a program compiled for
 * {@code wasm32-wasi} imports, implemented as host functions over Java I/O. Files are reachable only
 * beneath preopened directories. Entry point: {@link org.wasmscope.runtime.wasi.Wasi}.
 */
package org.wasmscope.runtime.wasi;
