package org.wasmscope.runtime.tests.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wasmscope.runtime.cli.Main;

/** {@code wasmscope trace}: one line per executed instruction with the operand stack after it. */
class TraceCommandTest {
    @TempDir
    Path dir;

    private String out;
    private String err;

    private int trace(String wat, String... args) throws Exception {
        Path file = dir.resolve("t.wat");
        Files.writeString(file, wat);
        String[] all = new String[args.length + 1];
        all[0] = "trace";
        all[1] = file.toString();
        System.arraycopy(args, 0, all, 2, args.length - 1);
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = Main.run(all, new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return code;
    }

    @Test
    void recursiveFactorialLineByLine() throws Exception {
        assertEquals(0, trace(FactorialSteppingTest.WAT, "fac", "1", ""));
        List<String> lines = out.lines().toList();
        assertEquals(List.of(
                "1 func 0 $fac 3:32 local.get 0 [i32:1]",
                "1 func 0 $fac 3:23 i32.eqz [i32:0]",
                "1 func 0 $fac 3:6 if (result i32) []",
                "1 func 0 $fac 6:19 local.get 0 [i32:1]",
                "1 func 0 $fac 7:39 local.get 0 [i32:1 i32:1]",
                "1 func 0 $fac 7:54 i32.const 1 [i32:1 i32:1 i32:1]",
                "1 func 0 $fac 7:30 i32.sub [i32:1 i32:0]",
                "1 func 0 $fac 7:19 call 0 []",
                "2 func 0 $fac 3:32 local.get 0 [i32:0]",
                "2 func 0 $fac 3:23 i32.eqz [i32:1]",
                "2 func 0 $fac 3:6 if (result i32) []",
                "2 func 0 $fac 4:14 i32.const 1 [i32:1]"), lines.subList(0, 12));
        assertEquals("i32:1", lines.get(lines.size() - 1));
        assertTrue(lines.get(lines.size() - 2).endsWith(" end [i32:1]"), lines.get(lines.size() - 2));
        assertEquals("", err);
    }

    @Test
    void labelsAndLimit() throws Exception {
        assertEquals(0, trace(FactorialSteppingTest.WAT, "fac_iter", "3", "--labels", "--limit", "5", ""));
        assertEquals(List.of(
                "1 func 1 $fac_iter 10:22 i32.const 1 [i32:1] labels{function(1)}",
                "1 func 1 $fac_iter 10:6 local.set 1 [] labels{function(1)}",
                "1 func 1 $fac_iter 11:6 block [] labels{function(1) block$done(0)^0}",
                "1 func 1 $fac_iter 12:8 loop [] labels{function(1) block$done(0)^0 loop$again(0)^0}",
                "1 func 1 $fac_iter 13:32 local.get 0 [i32:3] labels{function(1) block$done(0)^0 loop$again(0)^0}",
                "stopped after 5 steps"), out.lines().toList());
    }

    @Test
    void aTrapEndsTheTraceWithItsMessage() throws Exception {
        assertEquals(Main.TRAPPED, trace(CallIndirectAndTrapTest.WAT, "outer", "0", ""));
        List<String> lines = out.lines().toList();
        assertEquals("2 func 5 $div 12:6 i32.div_s trap: integer divide by zero", lines.get(lines.size() - 1));
        assertEquals("trap: integer divide by zero", err.strip());
    }

    @Test
    void badUsage() throws Exception {
        assertEquals(Main.ERROR, trace(FactorialSteppingTest.WAT, "fac", ""));
        assertTrue(err.startsWith("error:"), err);
        assertEquals(Main.ERROR, trace(FactorialSteppingTest.WAT, "nope", ""));
    }
}
