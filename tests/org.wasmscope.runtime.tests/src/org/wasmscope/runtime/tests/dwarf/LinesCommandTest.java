package org.wasmscope.runtime.tests.dwarf;

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

/** {@code wasmscope dump --lines} and {@code wasmscope trace --lines} on a C program built with {@code -g}. */
class LinesCommandTest {
    @TempDir
    Path dir;

    private String out;
    private String err;

    private int run(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return code;
    }

    private Path wasm(byte[] module) throws Exception {
        Path file = dir.resolve("steps.wasm");
        Files.write(file, module);
        return file;
    }

    @Test
    void dumpLinesPrintsTheLineTable() throws Exception {
        Path file = wasm(CDebuggee.build("steps", "-O0", "-gdwarf-5"));
        assertEquals(0, run("dump", "--lines", file.toString()));
        assertEquals("", err);
        List<String> fib = out.lines().filter(l -> l.contains("/c/dwarf/steps.c:")).toList();
        // fib's rows: its opening line, then its first statement after the prologue
        String first = fib.stream().filter(l -> l.contains("steps.c:15:")).findFirst().orElseThrow();
        assertTrue(first.matches("0x[0-9a-f]{8} /.*/c/dwarf/steps\\.c:15:0 stmt"), first);
        assertTrue(fib.stream().anyMatch(l -> l.matches("0x[0-9a-f]{8} /.*steps\\.c:16:9 stmt prologue_end")), out);
        assertTrue(out.lines().anyMatch(l -> l.matches("0x[0-9a-f]{8} end")));
    }

    @Test
    void dumpLinesWithoutDwarfSaysSo() throws Exception {
        Path file = wasm(CDebuggee.build("steps", "-O0", "-Wl,--strip-debug"));
        assertEquals(0, run("dump", "--lines", file.toString()));
        assertEquals("no DWARF line table\n", out);
    }

    @Test
    void dumpLinesWarnsOfDamage() throws Exception {
        byte[] module = CDebuggee.build("steps", "-O0", "-gdwarf-4");
        byte[] line = DamagedDwarfTest.section(module, ".debug_line");
        Path file = wasm(DamagedDwarfTest.withSection(module, ".debug_line", java.util.Arrays.copyOf(line, 40)));
        assertEquals(0, run("dump", "--lines", file.toString()));
        assertTrue(err.startsWith("warning: .debug_line: "), err);
    }

    @Test
    void traceLinesAddsTheCPosition() throws Exception {
        Path file = wasm(CDebuggee.build("steps", "-O0", "-gdwarf-4"));
        assertEquals(0, run("trace", file.toString(), "_start", "--lines"));
        List<String> lines = out.lines().toList();
        assertTrue(lines.stream().anyMatch(l -> l.matches("\\d+ func \\d+ \\$fib @0x[0-9a-f]+ steps\\.c:18:17 local\\.get \\d+ .*")),
                String.join("\n", lines.subList(0, 40)));
        assertTrue(lines.contains("2 4 hello 3 4.000000 7 5"), "the program's output among the lines");
    }

    @Test
    void traceRulesLinesBeginsEachStepWithTheCPosition() throws Exception {
        Path file = wasm(CDebuggee.build("steps", "-O0", "-gdwarf-4"));
        assertEquals(0, run("trace", "--rules", file.toString(), "_start", "--lines"));
        List<String> lines = out.lines().toList();
        assertTrue(lines.stream().anyMatch(
                l -> l.matches("steps\\.c:18:17 local\\.get x: local\\.get \\d+ ↪ \\(i32\\.const \\d+\\)")),
                String.join("\n", lines.subList(0, 40)));
        assertTrue(lines.getFirst().startsWith("- call x: call "), lines.getFirst()); // crt1's entry has no line
        assertTrue(lines.contains("2 4 hello 3 4.000000 7 5"), "the program's output among the lines");
    }
}
