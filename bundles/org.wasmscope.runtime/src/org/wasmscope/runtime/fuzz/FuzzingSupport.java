package org.wasmscope.runtime.fuzz;

import org.wasmscope.runtime.ThrownException;
import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.embedding.Wasm;
import org.wasmscope.runtime.store.ExternVal;
import org.wasmscope.runtime.store.FuncInst;
import org.wasmscope.runtime.store.HostFunction;
import org.wasmscope.runtime.store.Imports;
import org.wasmscope.runtime.store.ModuleInst;
import org.wasmscope.runtime.store.Store;
import org.wasmscope.runtime.store.TableInst;
import org.wasmscope.runtime.syntax.Export;
import org.wasmscope.runtime.syntax.ExternKind;
import org.wasmscope.runtime.syntax.FuncType;
import org.wasmscope.runtime.syntax.GlobalType;
import org.wasmscope.runtime.syntax.Import;
import org.wasmscope.runtime.syntax.Module;
import org.wasmscope.runtime.syntax.ValType;

/**
 * The host a Binaryen-generated module imports ({@code fuzzing-support}: logging, calling exports and
 * function references as JavaScript would, the exported table "table"), behaving as Binaryen's
 * interpreter's host does, and the immutable externref globals it synthesises for other imports.
 */
final class FuzzingSupport implements Imports {
    /** A JavaScript exception the host throws (a bad export index, a call JavaScript cannot make). */
    static final class JsError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        JsError() {
            super("jserror", null, false, false);
        }
    }


    private final Store store;
    private final Module module;
    private final StringBuilder out;
    private ModuleInst instance;

    FuzzingSupport(Store store, Module module, StringBuilder out) {
        this.store = store;
        this.module = module;
        this.out = out;
    }

    /** The instance whose exports call-export reaches, once instantiated. */
    void bind(ModuleInst inst) {
        instance = inst;
    }

    @Override
    public ExternVal resolve(String moduleName, String name) {
        Import imp = module.imports.stream().filter(i -> i.module().equals(moduleName) && i.name().equals(name))
                .findFirst().orElse(null);
        if (imp == null) {
            return null;
        }
        if (imp.kind() == ExternKind.GLOBAL && imp.global().type().equals(ValType.EXTERNREF) && !imp.global().mutable()) {
            int payload = 0;
            for (char c : (moduleName + name).toCharArray()) {
                payload = (payload + c) % 251;
            }
            return ExternVal.of(store.allocGlobal(new GlobalType(ValType.EXTERNREF, false), Value.ref(ValType.EXTERNREF, payload)));
        }
        if (imp.kind() != ExternKind.FUNC || !moduleName.equals("fuzzing-support")) {
            return null;
        }
        FuncType type = module.funcTypeAt(imp.typeIndex());
        if (type == null) {
            return null;
        }
        HostFunction f = switch (name) {
            case "call-export" -> args -> {
                callExport((int) args[0]);
                return new long[0];
            };
            case "call-export-catch" -> args -> new long[] {caught(() -> callExport((int) args[0]))};
            case "call-ref" -> args -> {
                callRef(args[0]);
                return new long[0];
            };
            case "call-ref-catch" -> args -> new long[] {caught(() -> callRef(args[0]))};
            case "sleep" -> args -> new long[] {args[1]};
            case "table-get" -> args -> new long[] {table((int) args[0]).get((int) args[0])};
            case "table-set" -> args -> {
                table((int) args[0]).set((int) args[0], args[1]);
                return new long[0];
            };
            default -> name.startsWith("log") ? args -> log(type, args) : null;
        };
        return f == null ? null : ExternVal.of(store.allocHostFunc(type, f));
    }

    private long[] log(FuncType type, long[] args) {
        out.append("[LoggingExternalInterface logging");
        int slot = 0;
        for (ValType t : type.params) {
            if (t == ValType.I64) { // as Binaryen does: two i32s, as JavaScript legalization would pass them
                out.append(' ').append((int) args[slot]).append(' ').append((int) (args[slot] >> 32));
            } else {
                out.append(' ').append(Differential.print(Value.ofSlots(t, args[slot], t == ValType.V128 ? args[slot + 1] : 0)));
            }
            slot += t == ValType.V128 ? 2 : 1;
        }
        out.append("]\n");
        return new long[0];
    }

    /** 0 if {@code call} returned, 1 if it threw an exception (a trap goes on up). */
    private static long caught(Runnable call) {
        try {
            call.run();
            return 0;
        } catch (JsError | ThrownException e) {
            return 1;
        }
    }

    private void callExport(int index) {
        if (instance == null || index < 0 || index >= module.exports.size()) { // no exports yet in the start function
            throw new JsError();
        }
        Export x = module.exports.get(index);
        if (x.kind() != ExternKind.FUNC) {
            throw new JsError();
        }
        callAsJavaScript(instance.export(x.name()).func());
    }

    private void callRef(long ref) {
        if (ref == Value.NULL_REF) {
            throw new JsError();
        }
        callAsJavaScript(store.func(ref));
    }

    /** A call as JavaScript makes it: zeros for arguments; parameters and results it cannot pass throw. */
    private void callAsJavaScript(FuncInst f) {
        Value[] args = new Value[f.type.params.length];
        for (int i = 0; i < args.length; i++) {
            ValType t = f.type.params[i];
            if (t == ValType.I64 || t == ValType.V128 || t.isRef() && !t.nullable) {
                throw new JsError();
            }
            args[i] = Outcome.zero(t);
        }
        for (ValType t : f.type.results) {
            if (t == ValType.V128) {
                throw new JsError();
            }
        }
        Wasm.invoke(store, f, args);
    }

    /** The table exported as "table", which must have an element {@code index}. */
    private TableInst table(int index) {
        ExternVal t = instance == null ? null : instance.export("table");
        if (t == null || t.kind() != ExternKind.TABLE || Integer.compareUnsigned(index, t.table().size()) >= 0) {
            throw new JsError();
        }
        return t.table();
    }
}
