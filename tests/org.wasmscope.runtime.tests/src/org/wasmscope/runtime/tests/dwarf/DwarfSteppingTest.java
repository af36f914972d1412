package org.wasmscope.runtime.tests.dwarf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wasmscope.runtime.debug.Action;
import org.wasmscope.runtime.debug.Breakpoint;
import org.wasmscope.runtime.debug.SourceFrame;
import org.wasmscope.runtime.debug.SuspendReason;
import org.wasmscope.runtime.dwarf.CValue;

/**
 * Debugs the C programs of {@code c/dwarf} at source level, built with DWARF 4 and DWARF 5: breakpoints on
 * C lines, stepping by line (over a loop and calls, into a call and out of it), C variables by name read
 * through their locations, inlined calls as frames at -O2. The line numbers are those of the sources.
 */
class DwarfSteppingTest {
    private static final String STEPS = "steps.c";

    @ParameterizedTest
    @ValueSource(strings = {"-gdwarf-4", "-gdwarf-5"})
    void aBreakpointOnACLineIsHit(String dwarf) throws Exception {
        try (CDebuggee d = new CDebuggee(CDebuggee.build("steps", "-O0", dwarf))) {
            Breakpoint b = d.session.breakAtSourceLine(d.inst, STEPS, 33);
            d.run();
            SuspendReason.BreakpointHit hit = assertInstanceOf(SuspendReason.BreakpointHit.class, d.session.reason());
            assertEquals(b, hit.breakpoint());
            assertEquals("main:33", d.where());
            assertTrue(d.top().file().endsWith("/c/dwarf/steps.c"), d.top().file());
        }
    }

    /** As GDB installs it for CDT: a line without code inside a function stops at the function's next line with code. */
    @Test
    void aLineWithoutCodeInsideAFunctionGoesToItsNextLineWithCode() throws Exception {
        try (CDebuggee d = new CDebuggee(CDebuggee.build("steps", "-O0", "-gdwarf-4"))) {
            Breakpoint b = d.session.breakAtSourceLine(d.inst, STEPS, 21); // the loop's closing brace
            assertEquals(22, b.line());
            assertEquals(21, b.requestedLine());
            d.run();
            assertEquals("fib:22", d.where());
        }
    }

    /** Outside every function no code runs for a line: the breakpoint stays unresolved rather than moving into a function. */
    @Test
    void aLineOutsideEveryFunctionIsUnresolved() throws Exception {
        try (CDebuggee d = new CDebuggee(CDebuggee.build("steps", "-O0", "-gdwarf-4"))) {
            for (int line : new int[] {4, 14, 37}) { // a struct's member, between two functions, after main's last line
                assertEquals("no code at line " + line + " of steps.c", assertThrows(IllegalArgumentException.class,
                        () -> d.session.breakAtSourceLine(d.inst, STEPS, line)).getMessage());
            }
            assertEquals(-1, d.info().resolveLine(STEPS, 4));
            assertTrue(d.info().hasFile(STEPS));
        }
    }

    /** Step over from the loop's first line: each line of each iteration, the loop header between them, then back in main. */
    @ParameterizedTest
    @ValueSource(strings = {"-gdwarf-4", "-gdwarf-5"})
    void stepOverVisitsTheLoopsLinesInOrder(String dwarf) throws Exception {
        try (CDebuggee d = CDebuggee.stoppedAt("steps", "-O0", dwarf, STEPS, 16)) {
            List<String> visited = new ArrayList<>(List.of(d.where()));
            for (int i = 0; i < 15; i++) {
                d.act(Action.STEP_OVER);
                visited.add(d.where());
            }
            assertEquals(List.of("fib:16", "fib:17", "fib:18", "fib:19", "fib:20", "fib:17", "fib:18", "fib:19",
                    "fib:20", "fib:17", "fib:18", "fib:19", "fib:20", "fib:17", "fib:22", "main:34"), visited);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"-gdwarf-4", "-gdwarf-5"})
    void stepOverRunsCallsThrough(String dwarf) throws Exception {
        try (CDebuggee d = CDebuggee.stoppedAt("steps", "-O0", dwarf, STEPS, 32)) {
            List<String> visited = new ArrayList<>(List.of(d.where()));
            for (int i = 0; i < 4; i++) {
                d.act(Action.STEP_OVER);
                visited.add(d.where());
            }
            assertEquals(List.of("main:32", "main:33", "main:34", "main:35", "main:36"), visited);
            assertEquals("2 4 hello 3 4.000000 7 5\n", d.output()); // the printf of line 35 ran
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"-gdwarf-4", "-gdwarf-5"})
    void stepIntoACallAndReturnToTheCallersLine(String dwarf) throws Exception {
        try (CDebuggee d = CDebuggee.stoppedAt("steps", "-O0", dwarf, STEPS, 34)) {
            d.act(Action.STEP_INTO); // past square's prologue, to its first line
            assertEquals("square:12", d.where());
            assertEquals("square(v=2) at steps.c:12", d.top().label());
            assertEquals("main:34", d.sourceFrames().get(1).function() + ":" + d.sourceFrames().get(1).line());
            d.act(Action.STEP_OUT);
            assertEquals("main:34", d.where()); // back in the caller, on the line of the call
            d.act(Action.STEP_OVER);
            assertEquals("main:35", d.where());
            assertEquals(4, d.top().variable("s").asLong());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"-gdwarf-4", "-gdwarf-5"})
    void stepIntoAFunctionWithoutSourceRunsIt(String dwarf) throws Exception {
        try (CDebuggee d = CDebuggee.stoppedAt("steps", "-O0", dwarf, STEPS, 35)) {
            d.act(Action.STEP_INTO); // printf: wasi-libc has line tables, so this enters it
            assertFalse(d.top().function().equals("main"));
            d.act(Action.STEP_OUT);
            assertEquals("main:35", d.where());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"-gdwarf-4", "-gdwarf-5"})
    void variablesByNameWithTheirCTypesAndValues(String dwarf) throws Exception {
        try (CDebuggee d = CDebuggee.stoppedAt("steps", "-O0", dwarf, STEPS, 35)) {
            SourceFrame main = d.top();
            assertEquals(List.of("n", "ratio", "numbers", "ptr", "p", "greeting", "c", "r", "s"),
                    main.variables().stream().map(CValue::name).toList());
            assertVariable(main, "n", "int", "3");
            assertVariable(main, "ratio", "double", "1.5");
            assertEquals(1.5, main.variable("ratio").asDouble());
            assertVariable(main, "numbers", "int[4]", "[1, 2, 3, 4]");
            assertEquals(List.of("[0] = 1", "[1] = 2", "[2] = 3", "[3] = 4"),
                    main.variable("numbers").children().stream().map(CValue::toString).toList());
            CValue ptr = main.variable("ptr");
            assertEquals("int *", ptr.type().displayName());
            assertEquals(main.variable("numbers").address() + 8, ptr.asLong()); // &numbers[2]
            assertEquals("*ptr = 3", ptr.children().get(0).toString());
            assertVariable(main, "p", "struct point", "{x = 7, y = 2.5}");
            assertEquals("const char *", main.variable("greeting").type().displayName());
            assertTrue(main.variable("greeting").text().endsWith(" \"hello\""), main.variable("greeting").text());
            assertEquals("*greeting = 104 'h'", main.variable("greeting").children().get(0).toString());
            assertVariable(main, "c", "enum color", "GREEN");
            assertVariable(main, "r", "int", "2");
            assertVariable(main, "s", "int", "4");
        }
    }

    /** At -O0 every variable lives in memory (the shadow stack, addressed from the frame base): each kind set there. */
    @ParameterizedTest
    @ValueSource(strings = {"-gdwarf-4", "-gdwarf-5"})
    void cValuesAreSetInTheirPlaces(String dwarf) throws Exception {
        try (CDebuggee d = CDebuggee.stoppedAt("steps", "-O0", dwarf, STEPS, 35)) {
            SourceFrame main = d.top();
            main.variable("r").set("10"); // int
            main.variable("s").set("-7");
            main.variable("ratio").set("0.25"); // double
            main.variable("c").set("BLUE"); // enum, by its enumerator
            main.variable("numbers").children().get(0).set("0x10"); // an array's element
            main.variable("ptr").set(Long.toString(main.variable("numbers").address())); // pointer: &numbers[0]
            main.variable("p").children().get(0).set("9"); // a struct's member
            main.variable("greeting").children().get(0).set("'J'"); // char, where the pointer points
            assertEquals("a int[4] is set part by part", main.variable("numbers").readOnlyReason());

            SourceFrame reread = d.top();
            assertEquals(List.of("n = 3", "ratio = 0.25", "numbers = [16, 2, 3, 4]", "c = BLUE", "r = 10", "s = -7"),
                    List.of("n", "ratio", "numbers", "c", "r", "s").stream().map(n -> reread.variable(n).toString()).toList());
            assertTrue(reread.variable("greeting").text().endsWith(" \"Jello\""), reread.variable("greeting").text());
            d.act(Action.STEP_OVER); // the printf sees the new values
            assertEquals("10 -7 Jello 16 2.750000 9 6\n", d.output());
        }
    }

    /**
     * At -O2 values live in WebAssembly locals and operands, which are set there; a value computed from one (k,
     * argc + 4) cannot be set, and follows what it is computed from.
     */
    @ParameterizedTest
    @ValueSource(strings = {"-gdwarf-4", "-gdwarf-5"})
    void cValuesInLocalsAndOperandsAreSetThere(String dwarf) throws Exception {
        try (CDebuggee d = CDebuggee.stoppedAt("inline", "-O2", dwarf, "inline.c", 5)) {
            SourceFrame main = d.sourceFrames().get(1);
            assertEquals("it is a computed value (DW_OP_stack_value)", main.variable("k").readOnlyReason());
            main.variable("argc").set("2"); // a local
            assertEquals("6", d.sourceFrames().get(1).variable("k").text());

            d.act(Action.STEP_OVER);
            d.act(Action.STEP_OVER);
            assertEquals("main:12", d.where());
            d.top().variable("r").set("20"); // scale's result, on the operand stack
            d.act(Action.STEP_OVER);
            assertEquals("20 prog\n", d.output());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"-gdwarf-4", "-gdwarf-5"})
    void framesAreLabelledWithTheCFunctionItsArgumentsAndLine(String dwarf) throws Exception {
        try (CDebuggee d = CDebuggee.stoppedAt("steps", "-O0", dwarf, STEPS, 19)) {
            assertEquals("fib(n=3) at steps.c:19", d.top().label());
            assertEquals("main() at steps.c:33", d.sourceFrames().get(1).label());
            assertEquals("int t = 1", d.top().variable("t").type() + " " + d.top().variable("t"));
        }
    }

    /** At -O2 scale is inlined into main: a frame of its own, inside main's, with variables from the operand stack and locals. */
    @ParameterizedTest
    @ValueSource(strings = {"-gdwarf-4", "-gdwarf-5"})
    void anInlinedFunctionIsAFrame(String dwarf) throws Exception {
        try (CDebuggee d = CDebuggee.stoppedAt("inline", "-O2", dwarf, "inline.c", 5)) {
            List<SourceFrame> frames = d.sourceFrames();
            assertEquals("scale(v=5) at inline.c:5", frames.get(0).label());
            assertTrue(frames.get(0).isInlined());
            assertEquals("main(argc=1, argv=0x", frames.get(1).label().substring(0, 20));
            assertTrue(frames.get(1).label().endsWith(" at inline.c:11"), frames.get(1).label());
            assertEquals(frames.get(0).frame(), frames.get(1).frame()); // one WebAssembly frame for both
            assertEquals("*argv", frames.get(1).variable("argv").children().get(0).name());
            assertTrue(frames.get(1).variable("argv").children().get(0).text().endsWith(" \"prog\""));

            d.act(Action.STEP_OVER);
            assertEquals("scale:6", d.where());
            assertEquals("15", d.top().variable("w").text()); // on the operand stack
            d.act(Action.STEP_OVER); // out of the inlined call, back in main
            assertEquals("main:12", d.where());
            assertFalse(d.top().isInlined());
            assertEquals("16", d.top().variable("r").text());
        }
    }

    private static void assertVariable(SourceFrame f, String name, String type, String text) {
        CValue v = f.variable(name);
        assertEquals(type + " " + name + " = " + text, v.type().displayName() + " " + v);
    }
}
