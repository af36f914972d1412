package org.wasmscope.runtime.tests.script;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every script in this bundle's wast/ directory passes completely. */
class OwnWastTest {
    @TestFactory
    Stream<DynamicTest> ownScripts() throws IOException {
        Path dir = TestFiles.ownWastDir();
        List<Path> files = TestFiles.wastFiles(dir);
        Assertions.assertFalse(files.isEmpty(), "no .wast scripts found in " + dir);
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), f.toUri(),
                () -> ScriptChecks.assertAllPass(f)));
    }
}
