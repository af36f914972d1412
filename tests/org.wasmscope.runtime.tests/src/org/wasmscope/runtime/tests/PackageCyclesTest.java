package org.wasmscope.runtime.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The runtime's packages use each other without a cycle: each can be read knowing only the packages it
 * uses, and none is dragged along by a package it serves. The test reads the runtime's sources and builds
 * the package graph: package P uses package Q when a file of P names a class of Q, in an import or a
 * qualified name in code (comments and string literals are not code).
 */
class PackageCyclesTest {
    private static final String RUNTIME = "org.wasmscope.runtime";
    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    /** A qualified name in the runtime: its package is the segments before the first capitalized one or a {@code *}. */
    private static final Pattern QUALIFIED = Pattern.compile("\\borg\\.wasmscope\\.runtime(?:\\.(?:\\w+|\\*))*");

    @Test
    void theRuntimesPackagesHaveNoCycle() throws IOException {
        Map<String, Map<String, Set<String>>> uses = packageGraph(sourceDir());
        assertTrue(uses.containsKey(RUNTIME) && uses.size() >= 10, "too few packages found: " + uses.keySet());
        List<Set<String>> cycles = cycles(uses);
        StringBuilder report = new StringBuilder();
        for (Set<String> cycle : cycles) {
            report.append("\ncycle among ").append(cycle).append(':');
            for (String from : cycle) {
                for (Map.Entry<String, Set<String>> to : uses.get(from).entrySet()) {
                    if (cycle.contains(to.getKey())) {
                        report.append("\n  ").append(from).append(" -> ").append(to.getKey()).append(" in ")
                                .append(to.getValue());
                    }
                }
            }
        }
        assertTrue(cycles.isEmpty(), report.toString());
    }

    /** The check itself: a cycle through three packages is found, a package using itself is none. */
    @Test
    void aCycleIsFound() {
        Map<String, Map<String, Set<String>>> uses = new TreeMap<>();
        use(uses, "a", "b");
        use(uses, "b", "c");
        use(uses, "c", "a");
        use(uses, "c", "d");
        use(uses, "d", "d");
        assertEquals(List.of(Set.of("a", "b", "c")), cycles(uses));
    }

    private static void use(Map<String, Map<String, Set<String>>> uses, String from, String to) {
        uses.computeIfAbsent(from, k -> new TreeMap<>()).computeIfAbsent(to, k -> new TreeSet<>()).add(from + ".java");
        uses.computeIfAbsent(to, k -> new TreeMap<>());
    }

    /** The runtime's source folder: property {@code wasmscope.runtime.src}, else found above the working directory. */
    private static Path sourceDir() {
        String prop = System.getProperty("wasmscope.runtime.src");
        if (prop != null && !prop.isBlank() && Files.isDirectory(Path.of(prop))) {
            return Path.of(prop);
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path src = p.resolve("bundles/org.wasmscope.runtime/src");
            if (Files.isDirectory(src)) {
                return src;
            }
        }
        return fail("the runtime's sources are not found: set wasmscope.runtime.src");
    }

    /** For each package, the other packages it uses, each with the files that use it. */
    private static Map<String, Map<String, Set<String>>> packageGraph(Path sourceDir) throws IOException {
        Map<String, Map<String, Set<String>>> uses = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(sourceDir)) {
            files = s.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
        for (Path file : files) {
            String code = code(Files.readString(file));
            Matcher pm = PACKAGE.matcher(code);
            assertTrue(pm.find(), file + " has no package declaration");
            String from = pm.group(1);
            Map<String, Set<String>> targets = uses.computeIfAbsent(from, k -> new TreeMap<>());
            Matcher m = QUALIFIED.matcher(code);
            while (m.find()) {
                String to = packageOf(m.group());
                if (!to.equals(from)) {
                    targets.computeIfAbsent(to, k -> new TreeSet<>()).add(sourceDir.relativize(file).toString());
                }
            }
        }
        for (Map<String, Set<String>> targets : new ArrayList<>(uses.values())) {
            for (String to : targets.keySet()) {
                uses.computeIfAbsent(to, k -> new TreeMap<>());
            }
        }
        return uses;
    }

    private static String packageOf(String qualifiedName) {
        List<String> segments = new ArrayList<>();
        for (String s : qualifiedName.split("\\.")) {
            if (s.equals("*") || Character.isUpperCase(s.charAt(0))) {
                break;
            }
            segments.add(s);
        }
        return String.join(".", segments);
    }

    /** {@code source} with comments, string and text block literals and char literals blanked out. */
    private static String code(String source) {
        StringBuilder b = new StringBuilder(source.length());
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                while (i < n && source.charAt(i) != '\n') {
                    i++;
                }
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
                b.append(' ');
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                while (end > 0 && source.charAt(end - 1) == '\\') {
                    end = source.indexOf("\"\"\"", end + 1);
                }
                i = end < 0 ? n : end + 3;
                b.append("\"\"");
            } else if (c == '"' || c == '\'') {
                i++;
                while (i < n && source.charAt(i) != c) {
                    i += source.charAt(i) == '\\' ? 2 : 1;
                }
                i++;
                b.append(c).append(c);
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString();
    }

    /**
     * The cycles of the graph: its strongly connected components of more than one package (Tarjan's
     * algorithm), each as a sorted set.
     */
    private static List<Set<String>> cycles(Map<String, Map<String, Set<String>>> uses) {
        List<Set<String>> cycles = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        for (String p : uses.keySet()) {
            if (!index.containsKey(p)) {
                connect(p, uses, index, low, stack, cycles);
            }
        }
        return cycles;
    }

    private static void connect(String p, Map<String, Map<String, Set<String>>> uses, Map<String, Integer> index,
            Map<String, Integer> low, Deque<String> stack, List<Set<String>> cycles) {
        index.put(p, index.size());
        low.put(p, index.get(p));
        stack.push(p);
        for (String q : uses.get(p).keySet()) {
            if (!index.containsKey(q)) {
                connect(q, uses, index, low, stack, cycles);
                low.put(p, Math.min(low.get(p), low.get(q)));
            } else if (stack.contains(q)) {
                low.put(p, Math.min(low.get(p), index.get(q)));
            }
        }
        if (low.get(p).equals(index.get(p))) {
            Set<String> component = new TreeSet<>();
            String q;
            do {
                q = stack.pop();
                component.add(q);
            } while (!q.equals(p));
            if (component.size() > 1) {
                cycles.add(component);
            }
        }
    }
}
