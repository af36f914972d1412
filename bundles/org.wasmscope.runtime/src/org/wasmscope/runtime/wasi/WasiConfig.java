package org.wasmscope.runtime.wasi;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a WASI program gets from its host: arguments (the first is the program's name), environment
 * variables, preopened directories (a host directory and the name the program sees), and its three
 * standard streams (by default the Java process's own).
 */
public final class WasiConfig {
    /** A host directory the program may use, known to it as {@code guestName}. */
    public record Preopen(Path host, String guestName) {
    }

    private final List<String> args = new ArrayList<>();
    private final Map<String, String> env = new LinkedHashMap<>();
    private final List<Preopen> preopens = new ArrayList<>();
    private InputStream stdin = System.in;
    private OutputStream stdout = System.out;
    private OutputStream stderr = System.err;

    /** Appends program arguments; the first one is {@code argv[0]}, the program's name. */
    public WasiConfig args(List<String> values) {
        args.addAll(values);
        return this;
    }

    public WasiConfig arg(String value) {
        args.add(value);
        return this;
    }

    public WasiConfig env(String name, String value) {
        if (name.isEmpty() || name.indexOf('=') >= 0) {
            throw new IllegalArgumentException("bad environment variable name: '" + name + "'");
        }
        env.put(name, value);
        return this;
    }

    public WasiConfig env(Map<String, String> values) {
        values.forEach(this::env);
        return this;
    }

    /** Preopens {@code host} (a directory) under the name {@code guestName}, e.g. "/sandbox" or ".". */
    public WasiConfig preopen(Path host, String guestName) {
        preopens.add(new Preopen(host, guestName));
        return this;
    }

    public WasiConfig stdin(InputStream in) {
        stdin = in;
        return this;
    }

    public WasiConfig stdout(OutputStream out) {
        stdout = out;
        return this;
    }

    public WasiConfig stderr(OutputStream err) {
        stderr = err;
        return this;
    }

    public List<String> args() {
        return List.copyOf(args);
    }

    public Map<String, String> env() {
        return Map.copyOf(env);
    }

    public List<Preopen> preopens() {
        return List.copyOf(preopens);
    }

    public InputStream stdin() {
        return stdin;
    }

    public OutputStream stdout() {
        return stdout;
    }

    public OutputStream stderr() {
        return stderr;
    }

    /** The environment as the program sees it: {@code NAME=value} strings in the order they were given. */
    List<String> environ() {
        List<String> out = new ArrayList<>();
        env.forEach((k, v) -> out.add(k + "=" + v));
        return out;
    }
}
