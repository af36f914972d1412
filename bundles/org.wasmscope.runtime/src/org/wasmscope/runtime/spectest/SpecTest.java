package org.wasmscope.runtime.spectest;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;

import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.store.ExternVal;
import org.wasmscope.runtime.store.Store;
import org.wasmscope.runtime.syntax.FuncType;
import org.wasmscope.runtime.syntax.GlobalType;
import org.wasmscope.runtime.syntax.AddrType;
import org.wasmscope.runtime.syntax.Limits;
import org.wasmscope.runtime.syntax.Module;
import org.wasmscope.runtime.syntax.MemType;
import org.wasmscope.runtime.syntax.TableType;
import org.wasmscope.runtime.syntax.ValType;

/**
 * The {@code spectest} host module the testsuite's scripts import from: print functions that write their
 * arguments, four immutable globals holding 666 (or 666.6), a table of 10..20 funcrefs ({@code table}, and
 * {@code table64} with 64-bit indices) and a memory of 1..2 pages.
 */
public final class SpecTest {
    /** The module name scripts import it by. */
    public static final String NAME = "spectest";

    private SpecTest() {
    }

    /** Whether {@code module} imports from this host module: only then need it be instantiated. */
    public static boolean isImportedBy(Module module) {
        return module.imports.stream().anyMatch(i -> i.module().equals(NAME));
    }

    /** Allocates the module's instances in {@code store}; the print functions write to {@code out}. */
    public static Map<String, ExternVal> exports(Store store, PrintStream out) {
        Map<String, ExternVal> exports = new LinkedHashMap<>();
        exports.put("print", print(store, out));
        exports.put("print_i32", print(store, out, ValType.I32));
        exports.put("print_i64", print(store, out, ValType.I64));
        exports.put("print_f32", print(store, out, ValType.F32));
        exports.put("print_f64", print(store, out, ValType.F64));
        exports.put("print_i32_f32", print(store, out, ValType.I32, ValType.F32));
        exports.put("print_f64_f64", print(store, out, ValType.F64, ValType.F64));
        exports.put("global_i32", global(store, Value.i32(666)));
        exports.put("global_i64", global(store, Value.i64(666)));
        exports.put("global_f32", global(store, Value.f32(666.6f)));
        exports.put("global_f64", global(store, Value.f64(666.6)));
        exports.put("table", ExternVal.of(
                store.allocTable(new TableType(new Limits(10, 20), ValType.FUNCREF), Value.NULL_REF)));
        exports.put("table64", ExternVal.of(
                store.allocTable(new TableType(AddrType.I64, new Limits(10, 20), ValType.FUNCREF), Value.NULL_REF)));
        exports.put("memory", ExternVal.of(store.allocMemory(new MemType(new Limits(1, 2)))));
        return exports;
    }

    /** A function of the given parameters and no results that prints each argument on its own line. */
    private static ExternVal print(Store store, PrintStream out, ValType... params) {
        FuncType type = new FuncType(params, new ValType[0]);
        return ExternVal.of(store.allocHostFunc(type, args -> {
            for (int i = 0; i < params.length; i++) {
                out.println(new Value(params[i], args[i], 0));
            }
            out.flush();
            return new long[0];
        }));
    }

    private static ExternVal global(Store store, Value value) {
        return ExternVal.of(store.allocGlobal(new GlobalType(value.type(), false), value));
    }
}
