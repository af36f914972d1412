package org.wasmscope.debug.core.launching;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.debug.core.model.IStreamMonitor;
import org.eclipse.debug.core.model.IStreamsProxy2;

/**
 * The standard streams of a {@link WasmProcess}: output and error as {@link StreamMonitor}s for the
 * Console, and as PrintStreams for the runtime to write to. Modules have no standard input yet (WASI
 * will bring one), so what is typed into the Console is dropped.
 */
public final class ProcessStreams implements IStreamsProxy2 {
    private final StreamMonitor out = new StreamMonitor();
    private final StreamMonitor err = new StreamMonitor();
    private final PrintStream outPrinter = new PrintStream(new MonitorOutputStream(out), true, StandardCharsets.UTF_8);
    private final PrintStream errPrinter = new PrintStream(new MonitorOutputStream(err), true, StandardCharsets.UTF_8);

    /** Standard output, for the runtime: the print host functions and the results. */
    public PrintStream out() {
        return outPrinter;
    }

    /** Standard error, for the runtime: traps and errors. */
    public PrintStream err() {
        return errPrinter;
    }

    @Override
    public IStreamMonitor getOutputStreamMonitor() {
        return out;
    }

    @Override
    public IStreamMonitor getErrorStreamMonitor() {
        return err;
    }

    @Override
    public void write(String input) {
        // no standard input: see the class comment
    }

    @Override
    public void closeInputStream() {
        // nothing to close
    }
}
