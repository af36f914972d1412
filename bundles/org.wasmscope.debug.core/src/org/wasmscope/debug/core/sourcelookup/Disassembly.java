package org.wasmscope.debug.core.sourcelookup;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
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

    private Disassembly(String text) {
        this.text = text;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = INSTRUCTION.matcher(lines[i]);
            if (m.find()) {
                lineByOffset.putIfAbsent(Integer.parseInt(m.group(1), 16), i + 1);
            }
        }
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
}
