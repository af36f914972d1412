package org.wasmscope.runtime.fuzz;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Binaryen's {@code wasm-opt} kept running: npm's binaryen is an Emscripten build that Node.js takes about
 * half a second to load and compile, more than a generated module takes to generate and run. One Node.js
 * process ({@link #SCRIPT}) compiles the program once and runs it for each request on a fresh instance
 * of its WebAssembly module (no state carries over from one run to the next), exactly as the command
 * line would, file arguments included; what the program prints on its standard output is the reply. A
 * run that takes longer than the timeout ends the process; the next request starts a new one.
 */
final class WasmOptServer implements AutoCloseable {
    /**
     * The Node.js side. Requests are lines of JSON arrays of arguments; each reply is a line
     * "EXIT-STATUS LENGTH" followed by LENGTH bytes of standard output. The program's script is wrapped
     * in a function so that each call creates its Emscripten module anew; its file system writes go to
     * the real files (NODERAWFS), except standard output and error, which are captured or dropped.
     */
    static final String SCRIPT = """
            'use strict';
            const fs = require('node:fs');
            const path = require('node:path');
            const readline = require('node:readline');
            const program = process.argv[2];
            const source = fs.readFileSync(program, 'utf8').replace(/^#!.*/, '');
            const create = new Function('Module', 'require', 'module', '__filename', '__dirname', source);
            let compiled = null;
            let output = [];
            let endRun = () => {};
            const programFs = Object.assign({}, fs, {
              writeSync(fd, buffer, offset, length, position) {
                if (fd !== 1 && fd !== 2) {
                  return fs.writeSync(fd, buffer, offset, length, position);
                }
                const bytes = typeof buffer === 'string' ? Buffer.from(buffer)
                  : Buffer.from(buffer.buffer, buffer.byteOffset + (offset || 0), length ?? buffer.length);
                if (fd === 1) {
                  output.push(Buffer.from(bytes));
                }
                return bytes.length;
              }
            });
            const programRequire = name => name === 'node:fs' || name === 'fs' ? programFs : require(name);

            // One run of the program; resolves to its exit status. It ends in postRun (Emscripten has put
            // the status of exit() in process.exitCode) or aborts (134, as a native abort()).
            function run(args) {
              return new Promise(resolve => {
                output = [];
                process.exitCode = 0;
                let ended = false;
                const end = status => { if (!ended) { ended = true; process.exitCode = 0; resolve(status); } };
                endRun = end;
                const Module = {
                  arguments: args,
                  postRun: () => end(process.exitCode),
                  onAbort: () => end(134),
                  // what Emscripten itself would print with console.log: the program's too, not the reply's
                  print: text => output.push(Buffer.from(text + '\\n')),
                  printErr: () => {}
                };
                if (compiled !== null) {
                  Module.instantiateWasm = (imports, receive) => {
                    WebAssembly.instantiate(compiled, imports).then(receive, () => end(134));
                    return {};
                  };
                }
                try {
                  create(Module, programRequire, {}, program, path.dirname(program));
                } catch (e) {
                  end(134);
                }
              });
            }

            async function serve() {
              // The first run compiles the program's WebAssembly module and keeps it for the others.
              const instantiate = WebAssembly.instantiate;
              WebAssembly.instantiate = (bytes, imports) => instantiate(bytes, imports).then(r => { compiled = r.module; return r; });
              await run(['--version']);
              WebAssembly.instantiate = instantiate;
              for await (const line of readline.createInterface({ input: process.stdin })) {
                const status = await run(JSON.parse(line));
                const reply = Buffer.concat(output);
                process.stdout.write(status + ' ' + reply.length + '\\n');
                process.stdout.write(reply);
              }
            }
            // A JavaScript error in the program (its interpreter exceeding Node.js's stack) ends the run as
            // it would end the command (status 1); an abort also lands here, ended already.
            process.on('unhandledRejection', () => endRun(1));
            serve();
            """;

    /** What one run of wasm-opt gave. */
    record Reply(int status, String output) {
    }

    private final Path program;
    private final Path script;
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "wasm-opt watchdog");
        t.setDaemon(true);
        return t;
    });
    private Process process;
    private DataInputStream replies;
    private OutputStream requests;

    /** A server for the wasm-opt script {@code program} (the npm package's bin/wasm-opt); {@code work} holds the Node.js side. */
    WasmOptServer(Path program, Path work) throws IOException {
        this.program = program.toRealPath();
        this.script = work.resolve("wasm-opt-server.js");
        Files.writeString(script, SCRIPT);
    }

    /** Runs wasm-opt with {@code args}; null if it did not answer within {@code seconds} (or Node.js ended). */
    Reply run(List<String> args, long seconds) throws IOException {
        if (process == null || !process.isAlive()) {
            start();
        }
        Process running = process;
        ScheduledFuture<?> timeout = watchdog.schedule(running::destroyForcibly, seconds, TimeUnit.SECONDS);
        try {
            requests.write((json(args) + "\n").getBytes(StandardCharsets.UTF_8));
            requests.flush();
            String[] header = line(replies).split(" ");
            byte[] output = new byte[Integer.parseInt(header[1])];
            replies.readFully(output);
            return new Reply(Integer.parseInt(header[0]), new String(output, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) { // ended by the watchdog, or Node.js died
            running.destroyForcibly();
            process = null;
            return null;
        } finally {
            timeout.cancel(false);
        }
    }

    private void start() throws IOException {
        // Binaryen's interpreter recurses deeply on some generated modules; V8's default limit (about 1 MB)
        // ends those runs with a RangeError. 4000 KB stays inside the 8 MB main-thread stack Linux gives.
        process = new ProcessBuilder("node", "--stack-size=4000", script.toString(), program.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        replies = new DataInputStream(process.getInputStream());
        requests = new BufferedOutputStream(process.getOutputStream());
    }

    private static String line(DataInputStream in) throws IOException {
        StringBuilder b = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("wasm-opt server ended");
            }
            b.append((char) c);
        }
        return b.toString();
    }

    /** {@code args} as a JSON array of strings (paths and options: no character needs more than a backslash). */
    private static String json(List<String> args) {
        StringBuilder b = new StringBuilder("[");
        for (String a : args) {
            b.append(b.length() > 1 ? "," : "").append('"').append(a.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return b.append(']').toString();
    }

    @Override
    public void close() {
        if (process != null) {
            process.destroyForcibly();
        }
        watchdog.shutdownNow();
    }
}
