package org.wasmscope.debug.core.sourcelookup;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.wasmscope.runtime.MalformedException;
import org.wasmscope.runtime.embedding.Wasm;
import org.wasmscope.runtime.syntax.ModuleListing;

/**
 * The read-only text a binary module is shown as (the command line's {@code dump} listing under a
 * one-line header), and which line of it each instruction is on: the debugger's source for a
 * {@code .wasm} without a text form, so stepping always has a line to show.
 */
public final class Disassembly {
    /** An instruction line of the listing: indentation, then its byte offset as six hex digits. */
    private static final Pattern INSTRUCTION = Pattern.compile("^\\s+([0-9a-f]{6})  ");

    private final String text;
    private final Map<Integer, Integer> lineByOffset = new HashMap<>();
    private final NavigableMap<Integer, Integer> offsetByLine = new TreeMap<>();

    private Disassembly(String text) {
        this.text = text;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = INSTRUCTION.matcher(lines[i]);
            if (m.find()) {
                int offset = Integer.parseInt(m.group(1), 16);
                lineByOffset.putIfAbsent(offset, i + 1);
                offsetByLine.put(i + 1, offset);
            }
        }
    }

    /** The disassembly whose listing is {@code text} (what a disassembly editor shows). */
    public static Disassembly ofText(String text) {
        return new Disassembly(text);
    }

    /** The listing of {@code bytes} (a module called {@code name}), or a text saying why they are not a module. */
    public static Disassembly of(String name, byte[] bytes) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8)) {
                print.println(";; " + name + " (" + bytes.length + " bytes), disassembled by WasmScope");
                ModuleListing.print(Wasm.parse(bytes), print);
            }
            return new Disassembly(out.toString(StandardCharsets.UTF_8));
        } catch (MalformedException e) {
            return new Disassembly(";; " + name + " is not a WebAssembly module: malformed module: " + e.describe() + "\n");
        }
    }

    public String text() {
        return text;
    }

    /** The 1-based line of the instruction at byte {@code offset} of the module, or -1. */
    public int lineOf(int offset) {
        return lineByOffset.getOrDefault(offset, -1);
    }

    /**
     * The first instruction line at or after line {@code line} (a breakpoint on a function's header stops at
     * its first instruction), or -1 if no instruction follows.
     */
    public int instructionLineFrom(int line) {
        Integer at = offsetByLine.ceilingKey(line);
        return at == null ? -1 : at;
    }

    /** The byte offset of the instruction on line {@code line}, or -1 if that line has none. */
    public int offsetOn(int line) {
        return offsetByLine.getOrDefault(line, -1);
    }

    /** The instruction on line {@code line} as listed ({@code i32.const 42}), or "" if that line has none. */
    public String instructionOn(int line) {
        if (!offsetByLine.containsKey(line)) {
            return "";
        }
        String lineText = text.split("\n", -1)[line - 1];
        Matcher m = INSTRUCTION.matcher(lineText);
        return m.find() ? lineText.substring(m.end()).trim() : "";
    }
}
