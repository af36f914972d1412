package org.wasmscope.runtime.tests.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.wasmscope.runtime.MalformedException;
import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.syntax.SpecVersion;
import org.wasmscope.runtime.syntax.ValType;
import org.wasmscope.runtime.text.Action;
import org.wasmscope.runtime.text.Command;
import org.wasmscope.runtime.text.Expected;
import org.wasmscope.runtime.text.ScriptParser;
import org.wasmscope.runtime.text.TextParser;

/** The .wast script language: modules, actions, assertions, expected values, unknown commands. */
class ScriptTest {
    @Test
    void modulesInThreeForms() {
        List<Command> cs = TextParser.parseScript("""
                (module $A (func (export "f")))
                (module $B binary "\\00asm" "\\01\\00\\00\\00")
                (module quote "(func" " (export \\"g\\"))")
                (register "a" $A)
                """);
        assertEquals(4, cs.size());
        Command.Define a = assertInstanceOf(Command.Define.class, cs.get(0));
        assertEquals("A", a.module().id());
        assertNotNull(a.module().module());
        assertEquals(1, a.line());
        Command.Define b = assertInstanceOf(Command.Define.class, cs.get(1));
        assertArrayEquals(new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0}, b.module().binary());
        Command.Define q = assertInstanceOf(Command.Define.class, cs.get(2));
        assertEquals("(func (export \"g\"))", q.module().quote());
        assertEquals(3, q.line());
        Command.Register r = assertInstanceOf(Command.Register.class, cs.get(3));
        assertEquals("a", r.name());
        assertEquals("A", r.moduleId());
    }

    @Test
    void actionsAndArguments() {
        List<Command> cs = TextParser.parseScript("""
                (invoke "f" (i32.const -1) (i64.const 2) (f32.const 1.5) (f64.const -0)
                  (v128.const i32x4 1 2 3 4) (ref.null func) (ref.extern 7))
                (get $M "g")
                """);
        Action.Invoke i = assertInstanceOf(Action.Invoke.class, ((Command.Perform) cs.get(0)).action());
        assertNull(i.moduleId());
        assertEquals("f", i.name());
        assertEquals(List.of(Value.i32(-1), Value.i64(2), Value.f32(1.5f), Value.f64(-0.0), Value.v128(0x200000001L,
                0x400000003L), Value.nullRef(ValType.FUNCREF), Value.ref(ValType.EXTERNREF, 7)), i.args());
        Action.Get g = assertInstanceOf(Action.Get.class, ((Command.Perform) cs.get(1)).action());
        assertEquals("M", g.moduleId());
        assertEquals(3, g.line());
    }

    @Test
    void expectedResults() {
        Command.AssertReturn ar = (Command.AssertReturn) TextParser.parseScript("""
                (assert_return (invoke "f")
                  (i32.const 1) (f32.const nan:canonical) (f64.const nan:arithmetic) (f64.const nan:0x4)
                  (v128.const f32x4 1 nan:canonical 2 nan:arithmetic) (v128.const f64x2 1 nan)
                  (ref.null extern) (ref.func) (ref.extern) (ref.extern 3) (ref.null) (ref.null $t) (ref.struct)
                  (either (i32.const 1) (ref.null)))
                """).get(0);
        List<Expected> e = ar.results();
        assertEquals(new Expected.Exact(Value.i32(1)), e.get(0));
        assertEquals(new Expected.Nan(ValType.F32, false), e.get(1));
        assertEquals(new Expected.Nan(ValType.F64, true), e.get(2));
        assertEquals(new Expected.Exact(Value.f64Bits(0x7ff0000000000004L)), e.get(3));
        Expected.FloatLanes lanes = assertInstanceOf(Expected.FloatLanes.class, e.get(4));
        assertTrue(lanes.matches(Value.v128(0x7fc000003f800000L, 0x7fc0000140000000L)));
        assertFalse(lanes.matches(Value.v128(0x7fc000013f800000L, 0x7fc0000140000000L)));
        assertEquals(new Expected.Exact(Value.v128(0x3ff0000000000000L, 0x7ff8000000000000L)), e.get(5));
        assertEquals(new Expected.NullRef(), e.get(6));
        assertEquals(new Expected.AnyRef(Expected.RefKind.FUNC), e.get(7));
        assertEquals(new Expected.AnyRef(Expected.RefKind.EXTERN), e.get(8));
        assertEquals(new Expected.Exact(Value.ref(ValType.EXTERNREF, 3)), e.get(9));
        assertEquals(new Expected.NullRef(), e.get(10));
        assertEquals(new Expected.NullRef(), e.get(11));
        assertEquals(new Expected.AnyRef(Expected.RefKind.STRUCT), e.get(12));
        assertEquals(new Expected.Either(List.of(new Expected.Exact(Value.i32(1)), new Expected.NullRef())), e.get(13));
    }

    @Test
    void assertions() {
        List<Command> cs = TextParser.parseScript("""
                (assert_trap (invoke "f") "unreachable")
                (assert_trap (module (func $s unreachable) (start $s)) "unreachable")
                (assert_exhaustion (invoke "loop") "call stack exhausted")
                (assert_malformed (module quote "(func") "unexpected end")
                (assert_invalid (module (func (result i32))) "type mismatch")
                (assert_unlinkable (module (import "x" "y" (func))) "unknown import")
                """);
        Command.AssertTrap t = assertInstanceOf(Command.AssertTrap.class, cs.get(0));
        assertEquals("unreachable", t.message());
        assertNull(t.module());
        Command.AssertTrap tm = assertInstanceOf(Command.AssertTrap.class, cs.get(1));
        assertNull(tm.action());
        assertEquals(0, tm.module().module().start);
        assertInstanceOf(Command.AssertExhaustion.class, cs.get(2));
        Command.AssertMalformed m = assertInstanceOf(Command.AssertMalformed.class, cs.get(3));
        assertEquals("(func", m.module().quote());
        assertInstanceOf(Command.AssertInvalid.class, cs.get(4));
        assertEquals("unknown import", ((Command.AssertUnlinkable) cs.get(5)).message());
        assertEquals(6, cs.get(5).line());
    }

    @Test
    void moduleDefinitionsInstancesAndExceptions() {
        List<Command> cs = TextParser.parseScript("""
                (module definition $D (func))
                (module definition binary "\\00asm" "\\01\\00\\00\\00")
                (module instance $I $D)
                (module instance)
                (assert_exception (invoke $I "throw" (i32.const 1)))
                """);
        Command.Definition d = assertInstanceOf(Command.Definition.class, cs.get(0));
        assertEquals("D", d.module().id());
        assertEquals(1, d.module().module().funcs.size());
        assertNotNull(assertInstanceOf(Command.Definition.class, cs.get(1)).module().binary());
        assertEquals(new Command.Instantiate(3, "I", "D"), cs.get(2));
        assertEquals(new Command.Instantiate(4, null, null), cs.get(3));
        Command.AssertException x = assertInstanceOf(Command.AssertException.class, cs.get(4));
        assertEquals("I", x.action().moduleId());
    }

    @Test
    void aMalformedDefinitionIsKeptAsItsModuleText() {
        Command.Definition d = assertInstanceOf(Command.Definition.class,
                TextParser.parseScript("(module definition $D (func (frobnicate)))").get(0));
        assertEquals("(module            $D (func (frobnicate)))", d.module().quote(), "positions kept");
        MalformedException e = assertThrows(MalformedException.class, () -> TextParser.parseModule(d.module().quote()));
        assertTrue(e.getMessage().startsWith("unknown operator frobnicate"), e.getMessage());
    }

    @Test
    void unknownThingsDoNotStopTheScript() {
        List<MalformedException> problems = new ArrayList<>();
        List<Command> cs = ScriptParser.parse("""
                (assert_frobnicated (invoke "f"))
                (module (func (frobnicate)))
                (assert_return (invoke "f") (frobnicated))
                (module (func (export "ok")))
                (assert_return (invoke "ok"))
                """, problems, SpecVersion.V3);
        assertEquals(5, cs.size());
        assertEquals("assert_frobnicated", assertInstanceOf(Command.Unsupported.class, cs.get(0)).keyword());
        Command.Define bad = assertInstanceOf(Command.Define.class, cs.get(1));
        assertNull(bad.module().module(), "kept as text, to be reported as malformed when run");
        assertEquals("(module (func (frobnicate)))", bad.module().quote());
        assertEquals(2, problems.get(0).line, "the problem keeps its script position");
        assertInstanceOf(Command.Unsupported.class, cs.get(2));
        assertNotNull(assertInstanceOf(Command.Define.class, cs.get(3)).module().module());
        assertInstanceOf(Command.AssertReturn.class, cs.get(4));
        assertEquals(2, problems.size());
    }

    @Test
    void inlineModuleScript() {
        List<Command> cs = TextParser.parseScript("(func) (memory 0) (func (export \"f\"))");
        assertEquals(1, cs.size());
        assertEquals(2, ((Command.Define) cs.get(0)).module().module().funcs.size());
    }

    @Test
    void commentsAroundCommands() {
        List<Command> cs = TextParser.parseScript("( ;;comment\nmodule;;comment\n);;c\n(; (invoke \"x\") ;)");
        assertEquals(1, cs.size());
        assertInstanceOf(Command.Define.class, cs.get(0));
    }
}
