package org.wasmscope.runtime.syntax;

/**
 * Which edition of the specification a module is read and validated by. The runtime implements
 * WebAssembly 3.0; a few rules of 2.0 were relaxed or renamed in 3.0 (one memory only, constant expressions
 * over imported globals only, 32-bit limits and offsets, some error messages), and the official 2.0
 * testsuite still asserts them. {@link #V2} keeps those rules, so both suites can be checked.
 */
public enum SpecVersion {
    /** WebAssembly 2.0: its restrictions and messages where 3.0 differs. */
    V2,
    /** WebAssembly 3.0, the default. */
    V3
}
