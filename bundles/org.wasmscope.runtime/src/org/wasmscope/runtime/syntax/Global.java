package org.wasmscope.runtime.syntax;

/** A global defined by the module: its type and its constant initializer expression (spec 2.5.6). */
public record Global(GlobalType type, Instr[] init) {
}
