package org.wasmscope.debug.core.launching;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.debug.core.model.IStreamMonitor;
import org.eclipse.debug.core.model.IStreamsProxy2;

/**
 * The standard streams of a {@link WasmProcess}: output and error as {@link StreamMonitor}s for the
 * Console, and as PrintStreams for the runtime to write to; what is typed into the Console becomes the
 * {@link #in() standard input} of a WASI program (other modules never read it).
 */
public final class ProcessStreams implements IStreamsProxy2 {
    private final StreamMonitor out = new StreamMonitor();
    private final StreamMonitor err = new StreamMonitor();
    private final PrintStream outPrinter = new PrintStream(new MonitorOutputStream(out), true, StandardCharsets.UTF_8);
    private final ConsoleInput in = new ConsoleInput();
    private final PrintStream errPrinter = new PrintStream(new MonitorOutputStream(err), true, StandardCharsets.UTF_8);

    /** Standard output, for the runtime: the print host functions and the results. */
    public PrintStream out() {
        return outPrinter;
    }

    /** Standard error, for the runtime: traps and errors. */
    public PrintStream err() {
        return errPrinter;
    }

    /** Standard input, for a WASI program: the Console's typed text, blocking until there is some. */
    public InputStream in() {
        return in;
    }

    /** Ends the standard input: a program waiting in a read sees its end (the run is over or stopping). */
    public void closeInput() {
        in.close();
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
        in.append(input);
    }

    @Override
    public void closeInputStream() {
        in.close();
    }
}
