/**
 * The vector (v128) instructions of WebAssembly 2.0 and the relaxed ones of 3.0:
 * {@link org.wasmscope.runtime.exec.simd.Simd#execute} runs one 0xFD instruction on the interpreter's operand
 * stack.
 */
package org.wasmscope.runtime.exec.simd;
