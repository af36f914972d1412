package org.wasmscope.runtime.fuzz;

import java.util.List;

import org.wasmscope.runtime.ThrownException;
import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.embedding.Wasm;
import org.wasmscope.runtime.store.ExnInst;
import org.wasmscope.runtime.store.ExternVal;
import org.wasmscope.runtime.store.FuncInst;
import org.wasmscope.runtime.store.HostFunction;
import org.wasmscope.runtime.store.Imports;
import org.wasmscope.runtime.store.ModuleInst;
import org.wasmscope.runtime.store.Store;
import org.wasmscope.runtime.store.TableInst;
import org.wasmscope.runtime.store.TagInst;
import org.wasmscope.runtime.syntax.DefType;
import org.wasmscope.runtime.syntax.Export;
import org.wasmscope.runtime.syntax.ExternKind;
import org.wasmscope.runtime.syntax.FuncType;
import org.wasmscope.runtime.syntax.GlobalType;
import org.wasmscope.runtime.syntax.Import;
import org.wasmscope.runtime.syntax.Module;
import org.wasmscope.runtime.syntax.ValType;
import org.wasmscope.runtime.valid.ValidModule;

/**
 * The host a Binaryen-generated module imports ({@code fuzzing-support}: logging, throwing, calling exports
 * and function references as JavaScript would, the exported table "table", the tags "wasmtag" and
 * "jstag"), behaving as Binaryen's interpreter's host does, and the immutable externref globals it
 * synthesises for other imports. An error JavaScript would throw (a bad export index, a call JavaScript
 * cannot make) is, as in Binaryen, a WebAssembly exception of the JavaScript tag with the host reference
 * {@link #JS_ERROR}: WebAssembly code catches it with {@code catch_all} or a handler of the imported jstag.
 */
final class FuzzingSupport implements Imports {
    /** The host reference a JavaScript error carries (Binaryen's jsErrorPayload), printed "jserror". */
    static final long JS_ERROR = 0xbad;

    private final Store store;
    private final Module module;
    private final StringBuilder out;
    /** The tag of JavaScript's errors and the tag "throw" throws with (param externref), (param i32). */
    final TagInst jsTag;
    final TagInst wasmTag;
    private ModuleInst instance;

    FuzzingSupport(Store store, ValidModule vm, StringBuilder out) {
        this.store = store;
        this.module = vm.module;
        this.out = out;
        this.jsTag = store.allocTag(tagType(vm, "jstag", ValType.EXTERNREF));
        this.wasmTag = store.allocTag(tagType(vm, "wasmtag", ValType.I32));
    }

    /** The type the module imports tag {@code name} at, or the function type taking {@code param}. */
    private static DefType tagType(ValidModule vm, String name, ValType param) {
        for (Import i : vm.module.imports) {
            if (i.kind() == ExternKind.TAG && i.module().equals("fuzzing-support") && i.name().equals(name)) {
                return vm.types[i.typeIndex()];
            }
        }
        return DefType.ofFunc(new FuncType(new ValType[] {param}, new ValType[0]));
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
        ValType global = imp.kind() == ExternKind.GLOBAL ? imp.global().type() : null;
        if (global != null && global.isRef() && global.matches(ValType.EXTERNREF) && !global.matches(ValType.NULLEXTERNREF)
                && !imp.global().mutable()) { // (ref null? extern)
            int payload = 0;
            for (char c : (moduleName + name).toCharArray()) {
                payload = (payload + c) % 251;
            }
            return ExternVal.of(store.allocGlobal(new GlobalType(global, false), Value.ref(global, payload)));
        }
        if (!moduleName.equals("fuzzing-support")) {
            return null;
        }
        if (imp.kind() == ExternKind.TAG) {
            return name.equals("jstag") ? ExternVal.of(jsTag) : name.equals("wasmtag") ? ExternVal.of(wasmTag) : null;
        }
        FuncType type = imp.kind() == ExternKind.FUNC ? module.funcTypeAt(imp.typeIndex()) : null;
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
            case "throw" -> args -> {
                throw (int) args[0] == 0 ? jsError() : thrown(wasmTag, new long[] {args[0]});
            };
            case "sleep" -> args -> new long[] {args[1]};
            case "table-get" -> args -> new long[] {table((int) args[0]).get((int) args[0])};
            case "table-set" -> args -> {
                table((int) args[0]).set((int) args[0], args[1]);
                return new long[0];
            };
            case "log-branch" -> args -> {
                log("log-branch", type, args);
                return new long[] {args[0]};
            };
            default -> name.startsWith("log") ? args -> log("logging", type, args) : null;
        };
        return f == null ? null : ExternVal.of(store.allocHostFunc(type, f));
    }

    private long[] log(String what, FuncType type, long[] args) {
        out.append("[LoggingExternalInterface ").append(what);
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
        } catch (ThrownException e) {
            return 1;
        }
    }

    /** An exception of {@code tag} with {@code payload}, thrown by the host. */
    private ThrownException thrown(TagInst tag, long[] payload) {
        ExnInst exn = store.allocException(tag, payload);
        return new ThrownException(exn.ref(), tag.address, List.of(exn.payload()), -1, -1, -1);
    }

    /** The exception JavaScript's error is in WebAssembly. */
    private ThrownException jsError() {
        return thrown(jsTag, new long[] {JS_ERROR});
    }

    private void callExport(int index) {
        if (instance == null || index < 0 || index >= module.exports.size()) { // no exports yet in the start function
            throw jsError();
        }
        Export x = module.exports.get(index);
        if (x.kind() != ExternKind.FUNC) {
            throw jsError();
        }
        callAsJavaScript(instance.export(x.name()).func());
    }

    private void callRef(long ref) {
        if (ref == Value.NULL_REF) {
            throw jsError();
        }
        callAsJavaScript(store.func(ref));
    }

    /**
     * A call as JavaScript makes it: zeros for arguments; an i64 parameter (JavaScript passes 0, not a
     * BigInt), one without a default, and a v128 or exception reference either way throw before the call.
     */
    private void callAsJavaScript(FuncInst f) {
        Value[] args = new Value[f.type.params.length];
        for (int i = 0; i < args.length; i++) {
            ValType t = f.type.params[i];
            if (t == ValType.I64 || notForJavaScript(t) || t.isRef() && !t.nullable) {
                throw jsError();
            }
            args[i] = Outcome.zero(t);
        }
        for (ValType t : f.type.results) {
            if (notForJavaScript(t)) {
                throw jsError();
            }
        }
        Wasm.invoke(store, f, args);
    }

    private static boolean notForJavaScript(ValType t) {
        return t == ValType.V128 || t.isRef() && t.matches(ValType.EXNREF);
    }

    /** The table exported as "table", which must have an element {@code index}. */
    private TableInst table(int index) {
        ExternVal t = instance == null ? null : instance.export("table");
        if (t == null || t.kind() != ExternKind.TABLE || Integer.compareUnsigned(index, t.table().size()) >= 0) {
            throw jsError();
        }
        return t.table();
    }
}
