/**
 * A WASI preview1 host ({@code wasi_snapshot_preview1}): the functions a program compiled for
 * {@code wasm32-wasi} imports, implemented as host functions over Java I/O. Files are reachable only
 * beneath preopened directories: a descriptor holds the directory or file it was opened on, and paths are
 * resolved beneath it one component at a time through {@link java.nio.file.SecureDirectoryStream}s, never
 * following a link out (see {@code PathResolver} and {@code OpenDir}); without that class (Java on
 * Windows) preopening is refused. Entry point: {@link org.wasmscope.runtime.wasi.Wasi}.
 */
package org.wasmscope.runtime.wasi;
