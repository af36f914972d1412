package org.wasmscope.runtime.tests.exec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.wasmscope.runtime.ThrownException;
import org.wasmscope.runtime.Trap;
import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.embedding.Wasm;
import org.wasmscope.runtime.exec.Machine;
import org.wasmscope.runtime.store.Linker;
import org.wasmscope.runtime.store.ModuleInst;
import org.wasmscope.runtime.store.Store;

/**
 * Exception handling (3.0, spec 4.4.8): throw, throw_ref and try_table across frames, the payload landing
 * at the catching label's height, and an exception that escapes to the host.
 */
class ExceptionsTest {
    static final String WAT = """
            (module
              (tag $a (export "a") (param i32 i64))
              (tag $b (param i32))
              (tag $v (param v128 i32))
              ;; three frames below $outer: $middle (catches only $b), $inner, $thrower
              (func $thrower (param i32) (throw $a (local.get 0) (i64.const -5)))
              (func $inner (param i32) (result i32)
                (i32.const 1000) ;; left behind by the unwinding
                (call $thrower (local.get 0))
                (unreachable))
              (func $middle (export "middle") (param i32) (result i32)
                (block $hb (result i32)
                  (try_table (result i32) (catch $b $hb)
                    (i32.const 2000)
                    (call $inner (local.get 0))
                    (i32.add)))
                (i32.const 1)
                (i32.add))
              (func (export "outer") (param i32) (result i32 i32 i64)
                (block $done (result i32 i32 i64)
                  (i32.const 7) ;; below $ha's label: kept
                  (block $ha (result i32 i64)
                    (block $hb (result i32)
                      (try_table (catch $b $hb) (catch $a $ha)
                        (drop (call $middle (local.get 0))))
                      (return (i32.const 0) (i32.const 0) (i64.const 0)))
                    (return (i32.const -2) (i32.const -2) (i64.const -2)))
                  (br $done)))
              (func (export "escape") (param i32) (result i32)
                (call $inner (local.get 0)))
              (func (export "rethrow") (result exnref)
                (block $h (result exnref)
                  (try_table (catch_all_ref $h) (call $thrower (i32.const 9)))
                  (unreachable)))
              (func (export "rethrow-again") (param exnref) (throw_ref (local.get 0)))
              (func (export "null") (throw_ref (ref.null exn)))
              (func (export "vector") (result v128 i32)
                (block $h (result v128 i32)
                  (try_table (catch $v $h)
                    (throw $v (v128.const i32x4 1 2 3 4) (i32.const 5)))
                  (unreachable)))
            )
            """;

    private final Store store = new Store();

    private ModuleInst instantiate(String wat) throws Exception {
        return Wasm.instantiate(store, Wasm.load(wat.getBytes(StandardCharsets.UTF_8)), new Linker(), "m");
    }

    @Test
    void threeFramesDeepTheOuterHandlerWithTheTagCatchesAndKeepsWhatLiesBelowItsLabel() throws Exception {
        ModuleInst m = instantiate(WAT);
        // $middle's catch $b does not match $a, nor does $outer's first clause; its second does
        assertArrayEquals(new Value[] {Value.i32(7), Value.i32(42), Value.i64(-5)},
                Wasm.invoke(store, m, "outer", Value.i32(42)));
    }

    @Test
    void theFirstMatchingClauseOfTheInnermostHandlerWins() throws Exception {
        ModuleInst m = instantiate(WAT.replace("(throw $a (local.get 0) (i64.const -5))", "(throw $b (local.get 0))"));
        // now $middle catches: 2000 and $inner's 1000 are dropped, the payload + 1 returned to $outer
        assertArrayEquals(new Value[] {Value.i32(0), Value.i32(0), Value.i64(0)},
                Wasm.invoke(store, m, "outer", Value.i32(42)));
        assertEquals(Value.i32(43), Wasm.invoke(store, m, "middle", Value.i32(42))[0]);
    }

    @Test
    void anExceptionNoHandlerCatchesReachesTheHostWithItsTagAndPayload() throws Exception {
        ModuleInst m = instantiate(WAT);
        ThrownException e = assertThrows(ThrownException.class, () -> Wasm.invoke(store, m, "escape", Value.i32(4)));
        assertEquals(m.tags[0].address, e.tag);
        assertEquals(List.of(Value.i32(4), Value.i64(-5)), e.payload());
        assertEquals("exception", e.errorClass());
        assertEquals(6, e.line); // the throw in $thrower
        assertEquals(List.of(Value.i32(4), Value.i64(-5)), List.of(store.exception(e.exception).payload()));
    }

    @Test
    void throwRefRethrowsTheSameInstanceAndNullTraps() throws Exception {
        ModuleInst m = instantiate(WAT);
        Value exn = Wasm.invoke(store, m, "rethrow")[0];
        assertEquals(List.of(Value.i32(9), Value.i64(-5)), List.of(store.exception(exn.bits()).payload()));
        ThrownException e = assertThrows(ThrownException.class, () -> Wasm.invoke(store, m, "rethrow-again", exn));
        assertEquals(exn.bits(), e.exception);
        Trap t = assertThrows(Trap.class, () -> Wasm.invoke(store, m, "null"));
        assertEquals("null exception reference", t.getMessage());
    }

    @Test
    void aVectorPayloadTakesTwoSlots() throws Exception {
        ModuleInst m = instantiate(WAT);
        assertArrayEquals(new Value[] {Value.v128(0x0000_0002_0000_0001L, 0x0000_0004_0000_0003L), Value.i32(5)},
                Wasm.invoke(store, m, "vector"));
    }

    @Test
    void theMachineStaysAtTheThrowOfAnUncaughtException() throws Exception {
        ModuleInst m = instantiate(WAT);
        Machine machine = new Machine(store);
        machine.start(Wasm.exportedFunc(m, "escape"), Value.i32(1));
        ThrownException e = assertThrows(ThrownException.class, machine::run);
        assertEquals(e, machine.uncaught());
        assertEquals(3, machine.depth()); // escape, $inner, $thrower: nothing unwound
        assertArrayEquals(new long[] {1, 1, -5}, machine.frameSlots(2)); // the local, then the payload
        assertThrows(IllegalStateException.class, machine::run);
    }
}
