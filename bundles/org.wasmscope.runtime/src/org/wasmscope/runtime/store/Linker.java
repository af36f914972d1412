package org.wasmscope.runtime.store;

import java.util.HashMap;
import java.util.Map;

/**
 * Imports by registered name: each registered module name stands for a set of exports (a module
 * instance's, or a host module's such as the testsuite's {@code spectest}).
 */
public final class Linker implements Imports {
    private final Map<String, Map<String, ExternVal>> modules = new HashMap<>();

    /** Makes {@code exports} importable under the module name {@code name}, replacing an earlier one. */
    public void register(String name, Map<String, ExternVal> exports) {
        modules.put(name, exports);
    }

    public void register(String name, ModuleInst instance) {
        register(name, instance.exports);
    }

    public boolean isRegistered(String name) {
        return modules.containsKey(name);
    }

    @Override
    public ExternVal resolve(String module, String name) {
        Map<String, ExternVal> exports = modules.get(module);
        return exports == null ? null : exports.get(name);
    }
}
