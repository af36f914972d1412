package org.wasmscope.debug.core.launching;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.wasmscope.debug.core.WasmDebugCore;
import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.syntax.Export;
import org.wasmscope.runtime.syntax.ExternKind;
import org.wasmscope.runtime.syntax.FuncType;
import org.wasmscope.runtime.syntax.Module;
import org.wasmscope.runtime.text.ValueParser;

/** An exported function a launch can invoke: its export name and type. */
public record EntryPoint(String name, FuncType type) {
    /** The names tried, in this order, when nobody chose an export: a conventional entry point. */
    public static final List<String> DEFAULT_NAMES = List.of("main", "_start");

    /** The module's exported functions, in export order. */
    public static List<EntryPoint> exportedFunctions(Module module) {
        List<EntryPoint> entries = new ArrayList<>();
        for (Export e : module.exports) {
            if (e.kind() == ExternKind.FUNC) {
                entries.add(new EntryPoint(e.name(), module.funcType(e.index())));
            }
        }
        return entries;
    }

    /** The exported function {@code name} of {@code module}. */
    public static EntryPoint find(Module module, String name) throws CoreException {
        if (name == null || name.isBlank()) {
            throw WasmDebugCore.error("No exported function is selected.");
        }
        List<EntryPoint> entries = exportedFunctions(module);
        for (EntryPoint entry : entries) {
            if (entry.name.equals(name)) {
                return entry;
            }
        }
        List<String> names = entries.stream().map(EntryPoint::name).toList();
        throw WasmDebugCore.error("The module has no exported function \"" + name + "\""
                + (names.isEmpty() ? " (it exports no functions)." : "; its exported functions: "
                        + String.join(", ", names) + "."));
    }

    /** The conventional entry point ({@link #DEFAULT_NAMES}) if the module exports one, else null. */
    public static EntryPoint conventional(Module module) {
        List<EntryPoint> entries = exportedFunctions(module);
        for (String name : DEFAULT_NAMES) {
            for (EntryPoint entry : entries) {
                if (entry.name.equals(name)) {
                    return entry;
                }
            }
        }
        return null;
    }

    /**
     * The arguments text (white space separated, quotes allowed) as values of this function's parameter
     * types, read as the command line reads them.
     */
    public Value[] arguments(String text) throws CoreException {
        String[] words = text == null || text.isBlank() ? new String[0] : DebugPlugin.parseArguments(text.trim());
        if (words.length != type.params.length) {
            throw WasmDebugCore.error("\"" + name + "\" " + type + " takes " + type.params.length
                    + " argument(s), got " + words.length + ".");
        }
        Value[] values = new Value[words.length];
        for (int i = 0; i < words.length; i++) {
            try {
                values[i] = ValueParser.parse(type.params[i], words[i]);
            } catch (IllegalArgumentException e) {
                throw WasmDebugCore.error("Argument " + (i + 1) + " of \"" + name + "\": \"" + words[i]
                        + "\" is not a " + type.params[i] + " value.");
            }
        }
        return values;
    }

    /** As the export chooser lists it: {@code fac (func (param i64) (result i64))}. */
    @Override
    public String toString() {
        return name + " " + type;
    }
}
