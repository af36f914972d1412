package org.wasmscope.runtime.tests.debug;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.debug.Action;
import org.wasmscope.runtime.debug.FieldView;
import org.wasmscope.runtime.debug.ObjectView;
import org.wasmscope.runtime.debug.Snapshot;
import org.wasmscope.runtime.debug.StackEntry;
import org.wasmscope.runtime.debug.StoreView;
import org.wasmscope.runtime.embedding.Wasm;
import org.wasmscope.runtime.store.Imports;
import org.wasmscope.runtime.store.ModuleInst;
import org.wasmscope.runtime.store.Store;
import org.wasmscope.tests.support.Debuggee;

/**
 * A hand-written GC program: a linked list built, traversed and reversed in place through struct references;
 * shapes of a supertype and two subtypes in an array of references, their areas found by casts. Its results,
 * and what snapshots show of its objects at chosen steps: identity, type, fields, objects reachable from the
 * roots, the same identity for the same object from step to step.
 */
class GcSteppingTest {
    static final String WAT = """
            (module
              (rec
                (type $shape (sub (struct (field $id i32))))
                (type $circle (sub final $shape (struct (field $id i32) (field $r i32))))
                (type $rect (sub final $shape (struct (field $id i32) (field $w i32) (field $h i32)))))
              (type $node (struct (field $val (mut i32)) (field $next (mut (ref null $node)))))
              (type $shapes (array (mut (ref null $shape))))

              ;; the list 1, 2, ..., n
              (func $build (export "build") (param $n i32) (result (ref null $node))
                (local $list (ref null $node))
                (block $done
                  (loop $more
                    (br_if $done (i32.eqz (local.get $n)))
                    (local.set $list (struct.new $node (local.get $n) (local.get $list)))
                    (local.set $n (i32.sub (local.get $n) (i32.const 1)))
                    (br $more)))
                (local.get $list))

              ;; the sum of position * value (positions from 1): tells the order
              (func $weighted (param $list (ref null $node)) (result i32)
                (local $i i32) (local $sum i32)
                (block $done
                  (loop $more
                    (br_if $done (ref.is_null (local.get $list)))
                    (local.set $i (i32.add (local.get $i) (i32.const 1)))
                    (local.set $sum (i32.add (local.get $sum)
                      (i32.mul (local.get $i) (struct.get $node $val (local.get $list)))))
                    (local.set $list (struct.get $node $next (local.get $list)))
                    (br $more)))
                (local.get $sum))

              ;; reverses the list in place: each node's next becomes its predecessor
              (func $reverse (param $list (ref null $node)) (result (ref null $node))
                (local $prev (ref null $node)) (local $next (ref null $node))
                (block $done
                  (loop $more
                    (br_if $done (ref.is_null (local.get $list)))
                    (local.set $next (struct.get $node $next (local.get $list)))
                    (struct.set $node $next (local.get $list) (local.get $prev))
                    (local.set $prev (local.get $list))
                    (local.set $list (local.get $next))
                    (br $more)))
                (local.get $prev))

              ;; the first value and the weighted sum of the reversed list 1..n
              (func (export "reversed") (param $n i32) (result i32 i32)
                (local $l (ref null $node))
                (local.set $l (call $reverse (call $build (local.get $n))))
                (struct.get $node $val (local.get $l))
                (call $weighted (local.get $l)))

              ;; a circle's area (3 r^2), a rectangle's, -1 for a plain shape: casts from the supertype
              (func $area (param $s (ref $shape)) (result i32)
                (local $c (ref $circle))
                (if (ref.test (ref $rect) (local.get $s))
                  (then (return (i32.mul (struct.get $rect $w (ref.cast (ref $rect) (local.get $s)))
                                         (struct.get $rect $h (ref.cast (ref $rect) (local.get $s)))))))
                (block $isCircle (result (ref $circle))
                  (br_on_cast $isCircle (ref $shape) (ref $circle) (local.get $s))
                  (return (i32.const -1)))
                (local.set $c)
                (i32.mul (i32.const 3) (i32.mul (struct.get $circle $r (local.get $c))
                                                (struct.get $circle $r (local.get $c)))))

              ;; an array of references to shapes of the three types, and a null
              (func $shapes (export "shapes") (result (ref $shapes))
                (array.new_fixed $shapes 4
                  (struct.new $circle (i32.const 1) (i32.const 2))
                  (struct.new $rect (i32.const 2) (i32.const 3) (i32.const 4))
                  (struct.new $shape (i32.const 3))
                  (ref.null $shape)))

              (func (export "total_area") (result i32)
                (local $a (ref $shapes)) (local $i i32) (local $sum i32) (local $s (ref null $shape))
                (local.set $a (call $shapes))
                (loop $more
                  (local.set $s (array.get $shapes (local.get $a) (local.get $i)))
                  (if (i32.eqz (ref.is_null (local.get $s)))
                    (then (local.set $sum (i32.add (local.get $sum) (call $area (ref.as_non_null (local.get $s)))))))
                  (local.set $i (i32.add (local.get $i) (i32.const 1)))
                  (br_if $more (i32.lt_u (local.get $i) (array.len (local.get $a)))))
                (local.get $sum))
            )
            """;

    @Test
    void theProgramsResults() throws Exception {
        Store store = new Store();
        ModuleInst inst = Wasm.instantiate(store, Wasm.load(WAT.getBytes(StandardCharsets.UTF_8)), Imports.NONE, null);
        // reversed 1..5: 5, 4, 3, 2, 1, weighted 1*5 + 2*4 + 3*3 + 4*2 + 5*1
        assertArrayEquals(new Value[] {Value.i32(5), Value.i32(35)},
                Wasm.invoke(store, Wasm.exportedFunc(inst, "reversed"), Value.i32(5)));
        // a circle of radius 2 (12), a 3 x 4 rectangle (12), a plain shape (-1), a null (skipped)
        assertArrayEquals(new Value[] {Value.i32(23)}, Wasm.invoke(store, Wasm.exportedFunc(inst, "total_area")));
    }

    @Test
    void snapshotsShowTheListsObjectsWithStableIdentities() throws Exception {
        try (Debuggee d = new Debuggee(WAT)) {
            StoreView store = d.session.store();
            d.start("reversed", Value.i32(3));
            // $build allocated 3 (struct#1), 2 (struct#2), 1 (struct#3): the list is struct#3 -> #2 -> #1
            Snapshot s = d.stepTo("struct.set 3 1");
            assertEquals("$list=(ref $node) struct#3 $prev=(ref null $node):null $next=(ref $node) struct#2",
                    locals(store, s));
            List<StackEntry> operands = s.stackOf(s.top().index());
            ObjectView head = store.object(operands.get(0).value());
            assertEquals("struct#3", head.identity());
            assertEquals(3, head.serial());
            assertEquals("$node", head.typeName());
            assertFalse(head.isArray());
            assertEquals("(ref $node) struct#3 {val: i32 1, next: (ref $node) struct#2}", head.toString());
            FieldView next = head.fields().get(1);
            assertEquals("next", next.name());
            assertTrue(next.type().mutable());
            assertEquals("struct#2", store.object(next.value()).identity());
            assertNull(store.object(operands.get(1).value()), "the null $prev");

            assertEquals(3, store.objectCount(), "reachable from the locals");
            assertEquals(List.of("struct#1", "struct#2"), identities(store.objects(0, 2)));
            assertEquals(List.of("struct#3"), identities(store.objects(2, 10)));
            assertEquals(2, store.positionOf(head), "where the heap lists struct#3");

            // one step: struct#3's next is now null; the local still refers to the same object
            s = d.step();
            ObjectView again = store.object(s.top().locals().get(0).value());
            assertEquals("(ref $node) struct#3 {val: i32 1, next: null}", again.toString());
            assertEquals(head.serial(), again.serial());
            assertEquals(head.ref(), again.ref());

            // the second node reversed: struct#2 -> struct#3
            s = d.stepTo("struct.set 3 1");
            s = d.step();
            assertEquals("(ref $node) struct#2 {val: i32 2, next: (ref $node) struct#3}",
                    store.object(s.top().locals().get(0).value()).toString());
            assertEquals(List.of("struct#1", "struct#2", "struct#3"), identities(store.objects(0, 10)));

            d.act(Action.RESUME);
            assertEquals(List.of(Value.i32(3), Value.i32(1 * 3 + 2 * 2 + 3 * 1)), d.session.results());
        }
    }

    @Test
    void anObjectNothingReachesHasNoPositionInTheHeap() throws Exception {
        try (Debuggee d = new Debuggee("(module (type $box (struct (field i32)))"
                + " (func (export \"f\") (local $b (ref null $box))"
                + " (local.set $b (struct.new $box (i32.const 1))) (local.set $b (struct.new $box (i32.const 2))) nop))")) {
            StoreView store = d.session.store();
            d.start("f");
            Snapshot s = d.stepTo("local.set 0");
            ObjectView first = store.object(s.stackOf(s.top().index()).get(0).value());
            s = d.stepTo("nop"); // the local now holds struct#2: struct#1 is unreachable, not yet reclaimed
            ObjectView second = store.object(s.top().locals().get(0).value());
            assertEquals(List.of("struct#2"), identities(store.objects(0, 10)));
            assertEquals(0, store.positionOf(second));
            assertEquals(-1, store.positionOf(first));
        }
    }

    @Test
    void snapshotsShowTheArrayOfShapesAndTheCastsTypes() throws Exception {
        try (Debuggee d = new Debuggee(WAT)) {
            StoreView store = d.session.store();
            d.start("total_area");
            Snapshot s = d.stepTo("array.get 4");
            ObjectView array = store.object(s.top().locals().get(0).value());
            assertEquals("(ref $shapes) array#4 length 4 [(ref $circle) struct#1, (ref $rect) struct#2, "
                    + "(ref $shape) struct#3, null]", array.toString());
            assertTrue(array.isArray());
            assertEquals(4, array.length());
            List<FieldView> elements = array.fields(1, 2);
            assertEquals(List.of(1, 2), elements.stream().map(FieldView::index).toList());
            assertEquals("$rect", store.object(elements.get(0).value()).typeName());
            assertEquals("(ref $rect) struct#2 {id: i32 2, w: i32 3, h: i32 4}",
                    store.object(elements.get(0).value()).toString());

            // in $area with the rectangle, after its cast: the operand is the same object, now typed (ref $rect)
            d.stepTo("ref.test (ref 2)"); // the circle's $area
            d.stepTo("ref.test (ref 2)"); // the rectangle's
            s = d.stepTo("struct.get 2 1");
            StackEntry cast = s.stackOf(s.top().index()).get(0);
            assertEquals("(ref $rect)", store.format().typeText(cast.value().type()), "the cast's type");
            assertEquals("struct#2", store.object(cast.value()).identity());
        }
    }

    /** The top frame's locals as {@code $name=value}, values as {@link StoreView#format()} writes them briefly. */
    private static String locals(StoreView store, Snapshot s) {
        return String.join(" ", s.top().locals().stream()
                .map(l -> l.displayName() + "=" + store.format().brief(l.value())).toList());
    }

    private static List<String> identities(List<ObjectView> objects) {
        return objects.stream().map(ObjectView::identity).toList();
    }
}
