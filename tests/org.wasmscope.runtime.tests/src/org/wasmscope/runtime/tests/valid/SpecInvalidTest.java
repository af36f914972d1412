package org.wasmscope.runtime.tests.valid;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.wasmscope.runtime.InvalidException;
import org.wasmscope.runtime.MalformedException;
import org.wasmscope.runtime.WasmException;
import org.wasmscope.runtime.binary.Decoder;
import org.wasmscope.runtime.syntax.Module;
import org.wasmscope.runtime.syntax.SpecVersion;
import org.wasmscope.runtime.text.Command;
import org.wasmscope.runtime.text.ScriptModule;
import org.wasmscope.runtime.text.ScriptParser;
import org.wasmscope.runtime.text.TextParser;
import org.wasmscope.runtime.valid.Validator;

/**
 * Runs the front end alone (parsing, decoding, validation) over official testsuite scripts: every
 * {@code assert_invalid} module must be rejected with the expected message (by prefix), every
 * {@code assert_malformed} one with a malformed error of the expected message, and every module that is
 * defined, or expected to fail only at link or instantiation time, must validate.
 */
class SpecInvalidTest {
    private int invalidPassed;
    private int malformedPassed;
    private int validPassed;
    private final List<String> failures = new ArrayList<>();
    private SpecVersion version;

    /** The whole wasm-2.0 suite by the 2.0 rules (its malformed modules are the parser's tests' business). */
    @Test
    void wasm20() throws Exception {
        Path suite = suite("wasm-2.0");
        Assumptions.assumeTrue(suite != null, "spec testsuite not found (system property wasm.testsuite)");
        check(SpecVersion.V2, wastFiles(suite), false);
    }

    /**
     * The scripts of 3.0's garbage collection (gc/*, type-rec) by the 3.0 rules, their malformed modules too:
     * the front end of GC is complete without its execution.
     */
    @Test
    void wasm30Gc() throws Exception {
        Path suite = suite("wasm-3.0");
        Assumptions.assumeTrue(suite != null, "spec testsuite not found (system property wasm.testsuite)");
        List<Path> files = new ArrayList<>(wastFiles(suite.resolve("gc")));
        files.add(suite.resolve("type-rec.wast"));
        check(SpecVersion.V3, files, true);
        assertTrue(malformedPassed > 0, "no assert_malformed found");
    }

    private void check(SpecVersion v, List<Path> files, boolean malformed) throws Exception {
        version = v;
        for (Path f : files) {
            run(f, malformed);
        }
        System.out.printf("front end over %d files: assert_invalid %d passed, assert_malformed %d passed, valid modules"
                + " %d passed, %d failures%n", files.size(), invalidPassed, malformedPassed, validPassed, failures.size());
        failures.stream().limit(40).forEach(System.out::println);
        assertTrue(invalidPassed > 0, "no assert_invalid found");
        assertTrue(failures.isEmpty(), () -> failures.size() + " failures, first: " + failures.get(0));
    }

    /**
     * The suite's directory {@code edition} (wasm-2.0, wasm-3.0): from property wasm.testsuite (the suite, or
     * the edition's directory), else /work/shared.
     */
    private static Path suite(String edition) {
        String p = System.getProperty("wasm.testsuite");
        List<Path> candidates = new ArrayList<>();
        if (p != null && !p.isBlank() && !p.contains("${")) {
            candidates.add(Path.of(p).resolve(edition));
            candidates.add(Path.of(p));
        }
        candidates.add(Path.of("../shared/spec-testsuite/" + edition));
        candidates.add(Path.of("/work/shared/spec-testsuite/" + edition));
        for (Path c : candidates) {
            if (Files.isRegularFile(c.resolve("i32.wast")) && c.getFileName().toString().equals(edition)) {
                return c;
            }
        }
        return null;
    }

    private static List<Path> wastFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(f -> f.toString().endsWith(".wast")).sorted().toList();
        }
    }

    private void run(Path file, boolean malformed) throws Exception {
        String name = file.getFileName().toString();
        List<Command> commands;
        try {
            commands = ScriptParser.parse(Files.readString(file, StandardCharsets.UTF_8), null, version);
        } catch (WasmException e) {
            failures.add(name + ": script does not parse: " + e.describe());
            return;
        }
        for (Command c : commands) {
            switch (c) {
                case Command.AssertInvalid a -> expectInvalid(name, a);
                case Command.AssertMalformed a when malformed -> expectMalformed(name, a);
                case Command.Define d -> expectValid(name, d.line(), d.module());
                case Command.Definition d -> expectValid(name, d.line(), d.module());
                case Command.AssertUnlinkable u -> expectValid(name, u.line(), u.module());
                case Command.AssertTrap t when t.module() != null -> expectValid(name, t.line(), t.module());
                default -> {
                }
            }
        }
    }

    private void expectInvalid(String file, Command.AssertInvalid a) throws Exception {
        String where = file + ":" + a.line() + ": expected invalid \"" + a.message() + "\" but ";
        Module m;
        try {
            m = syntax(a.module());
        } catch (WasmException e) {
            failures.add(where + "not well-formed: " + e.describe());
            return;
        }
        try {
            Validator.validate(m);
            failures.add(where + "it validated");
        } catch (InvalidException e) {
            if (e.getMessage().startsWith(a.message())) {
                invalidPassed++;
            } else {
                failures.add(where + "got \"" + e.describe() + "\"");
            }
        } catch (RuntimeException e) {
            failures.add(where + "crashed: " + e);
        }
    }

    private void expectMalformed(String file, Command.AssertMalformed a) throws Exception {
        String where = file + ":" + a.line() + ": expected malformed \"" + a.message() + "\" but ";
        try {
            syntax(a.module());
            failures.add(where + "it was read");
        } catch (MalformedException e) {
            if (e.getMessage().startsWith(a.message())) {
                malformedPassed++;
            } else {
                failures.add(where + "got \"" + e.describe() + "\"");
            }
        } catch (RuntimeException e) {
            failures.add(where + "crashed: " + e);
        }
    }

    private void expectValid(String file, int line, ScriptModule sm) throws Exception {
        Module m;
        try {
            m = syntax(sm);
        } catch (WasmException e) {
            return; // not this test's business: the parser's and decoder's tests report it
        }
        try {
            Validator.validate(m);
            validPassed++;
        } catch (InvalidException e) {
            failures.add(file + ":" + line + ": expected a valid module but got \"" + e.describe() + "\"");
        } catch (RuntimeException e) {
            failures.add(file + ":" + line + ": validation crashed: " + e);
        }
    }

    private Module syntax(ScriptModule sm) throws Exception {
        if (sm.module() != null) {
            return sm.module();
        }
        if (sm.binary() != null) {
            return Decoder.decode(sm.binary(), version);
        }
        return TextParser.parseModule(sm.quote(), version);
    }
}
