package org.wasmscope.runtime.tests.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.wasmscope.runtime.InternalException;
import org.wasmscope.runtime.InvalidException;
import org.wasmscope.runtime.embedding.Wasm;
import org.wasmscope.runtime.store.ExternVal;
import org.wasmscope.runtime.store.ModuleInst;
import org.wasmscope.runtime.store.Store;
import org.wasmscope.runtime.syntax.Export;
import org.wasmscope.runtime.syntax.ExternKind;
import org.wasmscope.runtime.syntax.FuncType;
import org.wasmscope.runtime.syntax.Module;
import org.wasmscope.runtime.syntax.ValType;

/**
 * No Java exception escapes the runtime's API (issue 17): a failure of the runtime itself becomes an
 * {@link InternalException} with its cause, while what a host function throws is the host's and goes on.
 */
class InternalErrorTest {
    @Test
    void aFailureInsideTheRuntimeIsAnInternalError() {
        Module broken = new Module();
        broken.exports.add(null); // no parser makes this: validation fails on it with a NullPointerException
        InternalException e = assertThrows(InternalException.class, () -> Wasm.validate(broken));
        assertTrue(e.getCause() instanceof NullPointerException, String.valueOf(e.getCause()));
        assertEquals(InternalException.ERROR_CLASS, e.errorClass());
    }

    @Test
    void aHostFunctionsExceptionGoesOnUnchanged() {
        Store store = new Store();
        IllegalStateException thrown = new IllegalStateException("the host's own");
        ExternVal host = ExternVal.of(store.allocHostFunc(new FuncType(new ValType[0], new ValType[0]), args -> {
            throw thrown;
        }));
        String wat = "(module (import \"h\" \"f\" (func $f)) (func (export \"run\") (call $f)))";
        ModuleInst inst = Wasm.instantiate(store, Wasm.load(wat.getBytes(StandardCharsets.UTF_8)),
                (m, n) -> host, "m");
        assertSame(thrown, assertThrows(IllegalStateException.class, () -> Wasm.invoke(store, inst, "run")));
    }

    @Test
    void anExportOfAMissingFunctionIsInvalidNotACrash() {
        Module m = new Module();
        m.exports.add(new Export("f", ExternKind.FUNC, Integer.MAX_VALUE));
        assertTrue(assertThrows(InvalidException.class, () -> Wasm.validate(m)).getMessage().startsWith("unknown function"));
    }
}
