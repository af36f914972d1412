package org.wasmscope.runtime.tests.script;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.wasmscope.runtime.LinkException;
import org.wasmscope.runtime.Trap;
import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.embedding.Wasm;
import org.wasmscope.runtime.store.Imports;
import org.wasmscope.runtime.store.FuncInst;
import org.wasmscope.runtime.store.Linker;
import org.wasmscope.runtime.store.ModuleInst;
import org.wasmscope.runtime.store.Store;
import org.wasmscope.runtime.syntax.ExternKind;
import org.wasmscope.runtime.valid.ValidModule;

/** Instantiation through the Wasm facade: index spaces, exports, and what a failure leaves behind. */
class InstantiatorTest {
    private static ValidModule load(String wat) {
        return Wasm.load(wat.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void importsComeFirstInEachIndexSpace() {
        Store store = new Store();
        ModuleInst a = Wasm.instantiate(store, load("""
                (module (func (export "f") (result i32) (i32.const 1))
                  (global (export "g") (mut i64) (i64.const 5)) (memory (export "m") 1))
                """), Imports.NONE, "a");
        Linker linker = new Linker();
        linker.register("a", a);
        ModuleInst b = Wasm.instantiate(store, load("""
                (module (import "a" "f" (func $f (result i32))) (import "a" "g" (global (mut i64)))
                  (import "a" "m" (memory 1))
                  (func (export "h") (result i32) (i32.add (call $f) (i32.const 1)))
                  (global (export "g2") i32 (i32.const 3)))
                """), linker, "b");
        assertSame(a.funcs[0], b.funcs[0]);
        assertSame(a.globals[0], b.globals[0]);
        assertSame(a.memories[0], b.memories[0]);
        assertEquals(2, b.funcs.length);
        assertEquals(1, b.funcs[1].index);
        assertSame(b, b.funcs[1].module);
        assertEquals(ExternKind.GLOBAL, b.export("g2").kind());
        assertEquals("b", b.name);
        assertArrayEquals(new Value[] {Value.i32(2)}, Wasm.invoke(store, b, "h"));
    }

    @Test
    void aLinkErrorAllocatesNothing() {
        Store store = new Store();
        int funcs = store.funcs().size();
        LinkException e = assertThrows(LinkException.class, () -> Wasm.instantiate(store,
                load("(module (import \"x\" \"y\" (func)) (func) (memory 1))"), Imports.NONE, null));
        assertTrue(e.getMessage().startsWith("unknown import"), e.getMessage());
        assertEquals(funcs, store.funcs().size());
        assertEquals(0, store.memories().size());
    }

    @Test
    void aTrappingSegmentKeepsTheModulesInstancesAllocated() {
        Store store = new Store();
        Trap t = assertThrows(Trap.class, () -> Wasm.instantiate(store,
                load("(module (memory 1) (data (i32.const 65536) \"x\"))"), Imports.NONE, null));
        assertEquals("out of bounds memory access", t.getMessage());
        assertEquals(1, store.memories().size());
    }

    @Test
    void theCodeInstantiationExecutesCanBeLeftToTheCaller() {
        String wat = """
                (module (global $g (export "g") (mut i32) (i32.const 0))
                  (table 2 funcref) (elem (i32.const 1) $init) (elem declare func $init)
                  (memory 1) (data (i32.const 3) "ab")
                  (func $init (global.set $g (i32.const 7))) (start $init))
                """;
        Store store = new Store();
        ModuleInst m = Wasm.allocate(store, load(wat), Imports.NONE, "m");
        assertEquals(0, m.globals[0].get().asInt());
        assertEquals(Value.NULL_REF, m.tables[0].get(1));
        assertEquals(0, m.memories[0].bytes()[3]);
        FuncInst init = Wasm.initialization(m);
        assertTrue(init.isInstantiation());
        assertEquals("[i32.const 1, i32.const 0, i32.const 1, table.init 0 0, elem.drop 0, elem.drop 1, i32.const 3, "
                + "i32.const 0, i32.const 2, memory.init 0, data.drop 0, call 0, end]", Arrays.toString(init.func.body));
        Wasm.invoke(store, init);
        assertEquals(7, m.globals[0].get().asInt());
        assertEquals(m.funcs[0].address, m.tables[0].get(1));
        assertEquals('a', m.memories[0].bytes()[3]);
        assertTrue(m.elems[0].dropped() && m.elems[1].dropped() && m.datas[0].dropped());

        assertEquals(7, Wasm.instantiate(store, load(wat), Imports.NONE, "n").globals[0].get().asInt());
        assertNull(Wasm.initialization(Wasm.allocate(store, load("(module (func))"), Imports.NONE, null)));
    }

    @Test
    void invokeChecksTheArguments() {
        Store store = new Store();
        ModuleInst m = Wasm.instantiate(store, load("(module (func (export \"f\") (param i32)))"), Imports.NONE, "m");
        assertThrows(IllegalArgumentException.class, () -> Wasm.invoke(store, m, "f"));
        assertThrows(IllegalArgumentException.class, () -> Wasm.invoke(store, m, "f", Value.i64(1)));
        assertThrows(IllegalArgumentException.class, () -> Wasm.invoke(store, m, "g", Value.i32(1)));
        assertEquals(0, Wasm.invoke(store, m, "f", Value.i32(1)).length);
    }
}
