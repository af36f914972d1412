package org.wasmscope.runtime.valid;

import org.wasmscope.runtime.syntax.DefType;
import org.wasmscope.runtime.syntax.GlobalType;
import org.wasmscope.runtime.syntax.Module;
import org.wasmscope.runtime.syntax.TableType;
import org.wasmscope.runtime.syntax.ValType;

/**
 * A module that passed validation, with what validation computed for each function it defines
 * ({@code code[i]} belongs to {@code module.funcs.get(i)}) and the module's types resolved: its type index
 * space canonical, and the types of its index spaces (imports first) in terms of those. Only a ValidModule
 * can be instantiated.
 */
public final class ValidModule {
    public final Module module;
    public final FunctionCode[] code;
    public final DefType[] types;
    public final DefType[] funcs;
    public final TableType[] tables;
    public final GlobalType[] globals;
    /** The tags' function types (the exceptions' payloads). */
    public final DefType[] tags;
    /** The element segments' reference types. */
    public final ValType[] elems;
    final ModuleContext context;

    ValidModule(ModuleContext c, FunctionCode[] code) {
        this.module = c.module;
        this.code = code;
        this.types = c.types;
        this.funcs = c.funcs;
        this.tables = c.tables;
        this.globals = c.globals;
        this.tags = c.tags;
        this.elems = c.elems;
        this.context = c;
    }
}
