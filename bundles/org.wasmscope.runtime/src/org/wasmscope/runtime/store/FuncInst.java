package org.wasmscope.runtime.store;

import org.wasmscope.runtime.syntax.DefType;
import org.wasmscope.runtime.syntax.Func;
import org.wasmscope.runtime.syntax.FuncType;
import org.wasmscope.runtime.syntax.ValType;
import org.wasmscope.runtime.valid.FunctionCode;

/**
 * A function instance (spec 4.2.6): a module's function closed over its module instance, or a host
 * function. {@link #address} is its index in {@link Store#funcs()}; a funcref value is that address.
 */
public final class FuncInst {
    public final int address;
    /** The function's canonical type; {@link #type} is its function type. */
    public final DefType defType;
    public final FuncType type;
    /** The defining module instance; null for a host function. */
    public final ModuleInst module;
    /** The function's index in its module's function index space; -1 for a host function and instantiation's code. */
    public final int index;
    /** The function's definition; null for a host function. */
    public final Func func;
    /** What validation computed for {@link #func}: block structure, stack heights, local slots. */
    public final FunctionCode code;
    /** The host implementation; null for a module function. */
    public final HostFunction host;
    /**
     * The pre-decoded form the interpreter runs, made once on first use by the execution package
     * (spec: none; an implementation detail kept here so that it lives as long as the function).
     */
    public Object compiled;

    FuncInst(int address, DefType defType, ModuleInst module, int index, Func func, FunctionCode code,
            HostFunction host) {
        this.address = address;
        this.defType = defType;
        this.type = defType.func();
        this.module = module;
        this.index = index;
        this.func = func;
        this.code = code;
        this.host = host;
    }

    public boolean isHost() {
        return host != null;
    }

    /**
     * The code that instantiating {@code module} executes (spec 4.5.4: segment initialization, then the start
     * function) as a function of type [] -> []: of the module instance, but in neither the store (address
     * -1) nor the module's function index space (index -1).
     */
    public static FuncInst instantiation(ModuleInst module, Func func, FunctionCode code) {
        return new FuncInst(-1, DefType.ofFunc(new FuncType(new ValType[0], new ValType[0])), module, -1, func, code,
                null);
    }

    /** Whether this is the code of a module's instantiation ({@link #instantiation}). */
    public boolean isInstantiation() {
        return host == null && index < 0;
    }
}
