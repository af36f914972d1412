package org.wasmscope.runtime.tests.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.wasmscope.runtime.InternalException;
import org.wasmscope.runtime.InvalidException;
import org.wasmscope.runtime.RefBits;
import org.wasmscope.runtime.debug.Session;
import org.wasmscope.runtime.embedding.Wasm;
import org.wasmscope.runtime.store.ExternVal;
import org.wasmscope.runtime.store.ModuleInst;
import org.wasmscope.runtime.store.Store;
import org.wasmscope.runtime.syntax.AbsHeap;
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

    /**
     * A fault injected into the interpreter: host function "h" "bad" returns reference bits that refer to
     * nothing, which the runtime trusts (a host's bug, or the runtime's own), so the instruction that uses
     * them fails with a Java exception.
     */
    private static InternalException injectedFault(String wat, long badRef) {
        Store store = new Store();
        ModuleInst inst = withBadHost(store, wat, badRef);
        return assertThrows(InternalException.class, () -> Wasm.invoke(store, inst, "run"));
    }

    private static ModuleInst withBadHost(Store store, String wat, long badRef) {
        ValType ref = wat.contains("funcref") ? ValType.FUNCREF : ValType.ref(true, AbsHeap.STRUCT);
        ExternVal bad = ExternVal.of(store.allocHostFunc(new FuncType(new ValType[0], new ValType[] {ref}),
                args -> new long[] {badRef}));
        return Wasm.instantiate(store, Wasm.load(wat.getBytes(StandardCharsets.UTF_8)), (m, n) -> bad, "m");
    }

    /** Calls through a function reference from host function "h" "bad". */
    private static final String FORGED_FUNCREF = """
            (module
              (import "h" "bad" (func $bad (result funcref)))
              (type $v (func))
              (table 1 funcref)
              (func (export "run")
                (table.set (i32.const 0) (call $bad))
                (nop)
                (call_indirect (type $v) (i32.const 0))))
            """;

    @Test
    void aFailureInsideTheLoopIsReportedAtTheFailingInstruction() {
        InternalException e = injectedFault(FORGED_FUNCREF, 99_999); // no function has that address
        assertEquals(8, e.line, e.describe()); // the call_indirect, not where the run started
        assertEquals(1, e.function); // "run", after the import
        assertTrue(e.describe().endsWith(" at 8:6 in func 1"), e.describe());
    }

    @Test
    void theDebuggerReportsAFailureInsideTheLoopAtTheFailingInstructionToo() throws Exception {
        Store store = new Store();
        ModuleInst inst = withBadHost(store, FORGED_FUNCREF, 99_999);
        Session session = new Session(store);
        session.start(inst, "run", false);
        assertTrue(session.awaitTerminated(Duration.ofSeconds(10)));
        InternalException e = assertInstanceOf(InternalException.class, session.failure());
        assertEquals(8, e.line, e.describe());
    }

    @Test
    void aFailureInsideAnExtendedInstructionsRuleIsReportedAtIt() {
        String wat = """
                (module
                  (import "h" "bad" (func $bad (result (ref null struct))))
                  (type $s (struct (field i32)))
                  (func (export "run") (result i32)
                    (local (ref null struct))
                    (local.set 0 (call $bad))
                    (struct.get $s 0
                      (ref.cast (ref $s) (local.get 0)))))
                """;
        InternalException e = injectedFault(wat, RefBits.object(RefBits.STRUCT, 5, 7)); // no object there
        assertEquals(8, e.line, e.describe()); // ref.cast looks the object up
    }

    @Test
    void anExportOfAMissingFunctionIsInvalidNotACrash() {
        Module m = new Module();
        m.exports.add(new Export("f", ExternKind.FUNC, Integer.MAX_VALUE));
        assertTrue(assertThrows(InvalidException.class, () -> Wasm.validate(m)).getMessage().startsWith("unknown function"));
    }
}
