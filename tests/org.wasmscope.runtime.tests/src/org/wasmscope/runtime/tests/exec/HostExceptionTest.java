package org.wasmscope.runtime.tests.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.wasmscope.runtime.ThrownException;
import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.embedding.Wasm;
import org.wasmscope.runtime.store.ExnInst;
import org.wasmscope.runtime.store.ExternVal;
import org.wasmscope.runtime.store.ModuleInst;
import org.wasmscope.runtime.store.Store;
import org.wasmscope.runtime.store.TagInst;
import org.wasmscope.runtime.syntax.DefType;
import org.wasmscope.runtime.syntax.FuncType;
import org.wasmscope.runtime.syntax.ValType;

/**
 * A host function may end in a WebAssembly exception (3.0): thrown at the call, the calling frames' handlers
 * catch it, as they catch one thrown by a WebAssembly callee; one that left a function the host invoked goes
 * on the same way. A host function reached by {@code return_call} is called by the frame below: the
 * tail-calling frame's handlers are gone. (Found by the differential tester: Binaryen's host throws.)
 */
class HostExceptionTest {
    static final String WAT = """
            (module
              (import "env" "e" (tag $e (param i32)))
              (import "env" "throw" (func $throw (param i32)))
              (import "env" "call-export" (func $call-export))
              (func (export "caught") (result i32)
                (block $h (result i32)
                  (try_table (catch $e $h) (call $throw (i32.const 7)))
                  (i32.const -1)))
              (func (export "escapes") (call $throw (i32.const 8)))
              (func $tail (param i32)
                (block $own (result i32)
                  (try_table (catch $e $own) (return_call $throw (local.get 0)))
                  (return))
                (unreachable)) ;; never: the tail call left this frame and its handler
              (func (export "tail-caught-below") (result i32)
                (block $h (result i32)
                  (try_table (catch $e $h) (call $tail (i32.const 9)))
                  (i32.const -1)))
              (func (export "thrower") (throw $e (i32.const 10)))
              (func (export "through-the-host") (result i32)
                (block $h (result i32)
                  (try_table (catch $e $h) (call $call-export))
                  (i32.const -1)))
            )
            """;

    private final Store store = new Store();
    private final TagInst tag = store.allocTag(DefType.ofFunc(new FuncType(new ValType[] {ValType.I32}, new ValType[0])));
    private ModuleInst instance;

    HostExceptionTest() throws Exception {
        var host = store.allocHostFunc(new FuncType(new ValType[] {ValType.I32}, new ValType[0]), args -> {
            ExnInst exn = store.allocException(tag, new long[] {args[0]});
            throw new ThrownException(exn.ref(), tag.address, List.of(exn.payload()), -1, -1, -1);
        });
        var callExport = store.allocHostFunc(new FuncType(new ValType[0], new ValType[0]), args -> {
            Wasm.invoke(store, instance.export("thrower").func());
            return new long[0];
        });
        instance = Wasm.instantiate(store, Wasm.load(WAT.getBytes(StandardCharsets.UTF_8)),
                (module, name) -> switch (name) {
                    case "e" -> ExternVal.of(tag);
                    case "throw" -> ExternVal.of(host);
                    default -> ExternVal.of(callExport);
                }, "m");
    }

    private Value call(String name) {
        Value[] results = Wasm.invoke(store, instance.export(name).func());
        return results.length == 0 ? null : results[0];
    }

    @Test
    void anExceptionTheHostThrowsIsCaughtByTheCallersHandler() {
        assertEquals(Value.i32(7), call("caught"));
    }

    @Test
    void uncaughtItLeavesTheInvocationWithItsTagAndPayload() {
        ThrownException e = assertThrows(ThrownException.class, () -> call("escapes"));
        assertEquals(tag.address, e.tag);
        assertEquals(List.of(Value.i32(8)), e.payload());
    }

    @Test
    void aHostFunctionTailCalledIsCalledByTheFrameBelow() {
        assertEquals(Value.i32(9), call("tail-caught-below"));
    }

    @Test
    void anExceptionLeavingAFunctionTheHostInvokedGoesOnToTheCaller() {
        assertEquals(Value.i32(10), call("through-the-host"));
    }
}
