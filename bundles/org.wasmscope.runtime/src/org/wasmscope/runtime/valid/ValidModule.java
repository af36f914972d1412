package org.wasmscope.runtime.valid;

import org.wasmscope.runtime.syntax.Module;

/**
 * A module that passed validation, with what validation computed for each function it defines
 * ({@code code[i]} belongs to {@code module.funcs.get(i)}). Only a ValidModule can be instantiated.
 */
public final class ValidModule {
    public final Module module;
    public final FunctionCode[] code;

    public ValidModule(Module module, FunctionCode[] code) {
        this.module = module;
        this.code = code;
    }
}
