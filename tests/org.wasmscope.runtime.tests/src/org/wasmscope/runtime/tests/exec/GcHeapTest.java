package org.wasmscope.runtime.tests.exec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.wasmscope.runtime.Exhaustion;
import org.wasmscope.runtime.RefBits;
import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.embedding.Wasm;
import org.wasmscope.runtime.store.GcObject;
import org.wasmscope.runtime.store.Heap;
import org.wasmscope.runtime.store.Imports;
import org.wasmscope.runtime.store.ModuleInst;
import org.wasmscope.runtime.store.ResourceLimits;
import org.wasmscope.runtime.store.Store;
import org.wasmscope.runtime.store.StructInst;

/**
 * The store's heap of struct, array and exception instances and its collector: what a root reaches (a
 * global, a table element, a field of a reachable object, an exception's payload, a machine's operand stack
 * and locals while it runs) survives a collection, the rest is reclaimed; identities (serial numbers) are
 * never reused, and a reference to a reclaimed object never finds the object that took its place.
 */
class GcHeapTest {
    private static final String WAT = """
            (module
              (type $box (struct (field $v i32) (field $next (mut (ref null $box)))))
              (global $g (mut (ref null $box)) (ref.null $box))
              (table $t 2 (ref null $box))
              (func $new (param i32) (result (ref $box)) (struct.new $box (local.get 0) (ref.null $box)))
              (func (export "make") (param i32) (result (ref $box)) (call $new (local.get 0)))
              (func (export "keepInGlobal") (param i32) (global.set $g (call $new (local.get 0))))
              (func (export "keepInTable") (param i32) (table.set $t (i32.const 0) (call $new (local.get 0))))
              (func (export "keepInField") (param i32)
                (struct.set $box $next (ref.as_non_null (global.get $g)) (call $new (local.get 0))))
              (func (export "garbage") (param $n i32)
                (loop $l
                  (drop (call $new (local.get $n)))
                  (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1))))))
              ;; a list of n boxes in a local, 50 garbage boxes allocated after each: many collections on the way
              (func (export "listAmidGarbage") (param $n i32) (result i32)
                (local $list (ref null $box)) (local $i i32) (local $sum i32)
                (loop $build
                  (local.set $list (struct.new $box (local.get $n) (local.get $list)))
                  (local.set $i (i32.const 50))
                  (loop $waste
                    (drop (call $new (local.get $i)))
                    (br_if $waste (local.tee $i (i32.sub (local.get $i) (i32.const 1)))))
                  (br_if $build (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))
                (block $done
                  (loop $sum
                    (br_if $done (ref.is_null (local.get $list)))
                    (local.set $sum (i32.add (local.get $sum) (struct.get $box $v (local.get $list))))
                    (local.set $list (struct.get $box $next (local.get $list)))
                    (br $sum)))
                (local.get $sum))
              (func (export "value") (param (ref $box)) (result i32) (struct.get $box $v (local.get 0)))
            )
            """;

    private final Store store = new Store();
    private final ModuleInst inst;

    GcHeapTest() throws Exception {
        inst = Wasm.instantiate(store, Wasm.load(WAT.getBytes(StandardCharsets.UTF_8)), Imports.NONE, null);
    }

    private Value[] invoke(String export, Value... args) {
        return Wasm.invoke(store, Wasm.exportedFunc(inst, export), args);
    }

    private StructInst box(long ref) {
        return (StructInst) store.heap().find(ref);
    }

    @Test
    void whatAGlobalATableOrAFieldReachesSurvivesTheRestIsReclaimed() {
        Heap heap = store.heap();
        invoke("keepInGlobal", Value.i32(1));
        invoke("keepInTable", Value.i32(2));
        invoke("keepInField", Value.i32(3));
        Value dropped = invoke("make", Value.i32(4))[0];
        invoke("garbage", Value.i32(10));
        assertEquals(14, heap.size());
        assertNotNull(heap.find(dropped.bits()));

        heap.collect();

        assertEquals(3, heap.size());
        assertNull(heap.find(dropped.bits()), "reachable from nothing once the host's result is not a root");
        StructInst inGlobal = box(inst.globals[0].value);
        assertArrayEquals(new long[] {1, inGlobal.fields[1]}, inGlobal.fields);
        assertEquals(3, box(inGlobal.fields[1]).fields[0], "the field's object");
        assertEquals(2, box(inst.tables[0].get(0)).fields[0], "the table's object");
        assertEquals(List.of(1L, 2L, 3L), heap.reachable().stream().map(o -> o.serial).toList(),
                "the global's, the table's and the field's objects, by serial");
    }

    @Test
    void identitiesAreNeverReusedAndAStaleReferenceFindsNothing() {
        Heap heap = store.heap();
        Value first = invoke("make", Value.i32(1))[0];
        long firstSerial = heap.find(first.bits()).serial;
        heap.collect();
        assertNull(heap.find(first.bits()));

        Value second = invoke("make", Value.i32(2))[0];
        GcObject o = heap.find(second.bits());
        assertEquals(firstSerial + 1, o.serial);
        assertEquals(RefBits.index(first.bits()), RefBits.index(second.bits()), "the freed index is taken again");
        assertNotEquals(first.bits(), second.bits(), "the check bits tell the two apart");
        assertNull(heap.find(first.bits()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> invoke("value", first));
        assertTrue(e.getMessage().contains("reclaimed"), e.getMessage());
        assertEquals(Value.i32(2), invoke("value", second)[0]);
    }

    @Test
    void anArrayLargerThanTheHostCanHoldIsAnExhaustion() throws Exception {
        String wat = """
                (module
                  (type $a (array (mut i64)))
                  (global (ref $a) (array.new_default $a (i32.const -1))))
                """;
        Exhaustion e = assertThrows(Exhaustion.class,
                () -> Wasm.instantiate(new Store(), Wasm.load(wat.getBytes(StandardCharsets.UTF_8)), Imports.NONE, null));
        assertEquals("out of memory: an array of 4294967295 elements", e.getMessage());
    }

    @Test
    void anArgumentOfTheAnyHierarchyIsCheckedByWhatItRefersTo() {
        Value i31AsBox = Value.ref(inst.types[0].ref, RefBits.i31(5));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> invoke("value", i31AsBox));
        assertTrue(e.getMessage().startsWith("argument 0 is not a"), e.getMessage());
    }

    @Test
    void aMachinesLocalsAndOperandsAreRootsWhileItRuns() {
        // 200 list boxes and 10000 garbage boxes: the table of 1024 fills many times
        assertEquals(Value.i32(200 * 201 / 2), invoke("listAmidGarbage", Value.i32(200))[0]);
        assertTrue(store.heap().collections() >= 5, "collections: " + store.heap().collections());
        assertEquals(List.of(), store.heap().reachable(), "nothing reachable after the run");
    }

    @Test
    void theTableGrowsOnlyWhenACollectionFreesTooLittle() {
        int initial = store.heap().capacity();
        invoke("garbage", Value.i32(100_000));
        assertEquals(initial, store.heap().capacity(), "garbage only: every collection frees the whole table");
        assertTrue(store.heap().size() <= initial, "objects not yet reclaimed: " + store.heap().size());
        // 3000 list boxes live at once: collections free too little, so the table grows
        assertEquals(Value.i32(3000 * 3001 / 2), invoke("listAmidGarbage", Value.i32(3000))[0]);
        assertTrue(store.heap().capacity() >= 4 * initial, "capacity " + store.heap().capacity());
    }

    private static final String EXCEPTIONS = """
            (module
              (type $box (struct (field i32)))
              (tag $e (param i32 (ref null $box)))
              (global $kept (mut exnref) (ref.null exn))
              ;; throws and catches n exceptions, each carrying a new box
              (func (export "throwMany") (param $n i32) (result i32) (local $sum i32)
                (loop $l
                  (block $h (result i32 (ref null $box))
                    (try_table (catch $e $h) (throw $e (local.get $n) (struct.new $box (local.get $n))))
                    (unreachable))
                  (ref.as_non_null) (struct.get $box 0) (local.get $sum) (i32.add) (local.set $sum)
                  (drop)
                  (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))
                (local.get $sum))
              (func (export "keep") (param i32)
                (block $h (result exnref)
                  (try_table (catch_all_ref $h) (throw $e (local.get 0) (struct.new $box (local.get 0))))
                  (unreachable))
                (global.set $kept))
              (func (export "rethrowKept") (result i32)
                (block $h (result i32 (ref null $box))
                  (try_table (catch $e $h) (throw_ref (global.get $kept)))
                  (unreachable))
                (struct.get $box 0 (ref.as_non_null))
                (i32.add))
            )
            """;

    @Test
    void exceptionInstancesAreReclaimedAndKeptWhileAnExnrefReachesThem() {
        Store s = new Store(ResourceLimits.DEFAULT.withMaxHeapBytes(1 << 20));
        ModuleInst m = Wasm.instantiate(s, Wasm.load(EXCEPTIONS.getBytes(StandardCharsets.UTF_8)), Imports.NONE, null);
        Wasm.invoke(s, m, "keep", Value.i32(21));
        // 200,000 exceptions and boxes, about 25 MB, under a limit of 1 MiB
        assertEquals(Value.i32((int) (200_000L * 200_001 / 2)), Wasm.invoke(s, m, "throwMany", Value.i32(200_000))[0]);
        assertTrue(s.heap().collections() >= 10, "collections: " + s.heap().collections());
        s.heap().collect();
        assertEquals(1, s.exceptions().size(), "only the kept exception: " + s.exceptions().size());
        assertEquals(Value.i32(42), Wasm.invoke(s, m, "rethrowKept")[0]); // its payload's box kept too
    }
}
