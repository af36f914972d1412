package org.wasmscope.debug.ui.editor;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.wasmscope.runtime.MalformedException;
import org.wasmscope.runtime.Wasm;
import org.wasmscope.runtime.cli.Dump;

/** The read-only text a binary module is shown as: the command line's {@code dump} listing. */
public final class Disassembly {
    private Disassembly() {
    }

    /** The listing of {@code bytes}, or why they are not a module. */
    public static String of(String name, byte[] bytes) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8)) {
                print.println(";; " + name + " (" + bytes.length + " bytes), disassembled by WasmScope");
                Dump.print(Wasm.parse(bytes), print);
            }
            return out.toString(StandardCharsets.UTF_8);
        } catch (MalformedException e) {
            return ";; " + name + " is not a WebAssembly module: malformed module: " + e.describe() + "\n";
        }
    }
}
