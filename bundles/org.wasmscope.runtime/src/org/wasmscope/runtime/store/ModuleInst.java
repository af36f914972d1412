package org.wasmscope.runtime.store;

import java.util.LinkedHashMap;
import java.util.Map;

import org.wasmscope.runtime.syntax.DefType;
import org.wasmscope.runtime.syntax.Module;
import org.wasmscope.runtime.valid.ValidModule;

/**
 * A module instance (spec 4.2.5): the module's types and, for each index space, the instances its
 * indices stand for (imports first), plus its exports. Filled by instantiation.
 */
public final class ModuleInst {
    public final Module module;
    /** The validated module this instance was made from. */
    public final ValidModule valid;
    /** A name for people (the script's {@code $id}, the file name, or the name section's module name). */
    public String name;
    /** The canonical types of the module's type index space. */
    public DefType[] types;
    public FuncInst[] funcs;
    public TableInst[] tables;
    public MemInst[] memories;
    public GlobalInst[] globals;
    public TagInst[] tags;
    public ElemInst[] elems;
    public DataInst[] datas;
    public final Map<String, ExternVal> exports = new LinkedHashMap<>();

    public ModuleInst(ValidModule valid) {
        this.valid = valid;
        this.module = valid.module;
    }

    public ExternVal export(String name) {
        return exports.get(name);
    }
}
