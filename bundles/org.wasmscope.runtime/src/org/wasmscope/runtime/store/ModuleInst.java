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
    /** The layouts of the struct and array types, by type index, made on first use. */
    private Layout[] layouts;

    public ModuleInst(ValidModule valid) {
        this.valid = valid;
        this.module = valid.module;
    }

    public ExternVal export(String name) {
        return exports.get(name);
    }

    /** The layout of struct or array type {@code typeIndex} (its instances' slots). */
    public Layout layout(int typeIndex) {
        Layout[] ls = layouts;
        if (ls == null) {
            ls = layouts = new Layout[types.length];
        }
        Layout l = ls[typeIndex];
        return l != null ? l : (ls[typeIndex] = Layout.of(types[typeIndex]));
    }
}
