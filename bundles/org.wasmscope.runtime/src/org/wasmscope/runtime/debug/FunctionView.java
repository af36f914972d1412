package org.wasmscope.runtime.debug;

import org.wasmscope.runtime.store.FuncInst;
import org.wasmscope.runtime.store.ModuleInst;
import org.wasmscope.runtime.syntax.FuncType;

/** A function instance of the store (spec 4.2.6). */
public record FunctionView(FuncInst function) {
    public int address() {
        return function.address;
    }

    public FuncType type() {
        return function.type;
    }

    /** The defining module instance, or null for a host function. */
    public ModuleInst module() {
        return function.module;
    }

    /** Index in its module's function index space, or -1 for a host function. */
    public int index() {
        return function.index;
    }

    public boolean isHost() {
        return function.isHost();
    }

    /** The function's name as every view gives it ({@link Snapshot#functionName}). */
    public String displayName() {
        return Snapshot.functionName(function);
    }
}
