package org.wasmscope.runtime.debug;

import java.util.List;

import org.wasmscope.runtime.store.FuncInst;

/**
 * A breakpoint of a {@link Session}, made by {@link Session#breakAt}, {@link Session#breakAtLine} or
 * {@link Session#breakOnEntry}. Its where is fixed; its enabled flag, ignore count and hit count change.
 *
 * <p>Implemented by patching: each {@linkplain #locations() location} puts a BREAK operation into the
 * function's breakpoint code ({@link org.wasmscope.runtime.exec.Code#setBreakpoint}), so functions
 * without breakpoints run at full speed and those with them pay nothing until one is reached. The patch
 * lives in the function instance, so it is seen by every machine running that function; a session
 * passes over BREAKs that are not its own.
 */
public final class Breakpoint {
    /** How the breakpoint was asked for. */
    public enum Kind {
        /** At one instruction of one function. */
        INSTRUCTION,
        /** At the first instruction(s) of a source line: of the {@code .wat} text, or of a C file ({@link #file()}). */
        LINE,
        /** Before a function's first instruction: each call of it. */
        ENTRY
    }

    /** One place the breakpoint stops: before instruction {@code instrIndex} of {@code function}'s body. */
    public record Location(FuncInst function, int instrIndex) {
    }

    private final Kind kind;
    private final List<Location> locations;
    private final int requestedLine;
    private final int line;
    private final String file;
    private volatile boolean enabled = true;
    private volatile int ignoreCount;
    private volatile int hitCount;

    Breakpoint(Kind kind, List<Location> locations, int requestedLine, int line) {
        this(kind, locations, requestedLine, line, null);
    }

    Breakpoint(Kind kind, List<Location> locations, int requestedLine, int line, String file) {
        this.kind = kind;
        this.locations = List.copyOf(locations);
        this.requestedLine = requestedLine;
        this.line = line;
        this.file = file;
    }

    /** For a LINE breakpoint on a source file the DWARF line table names: that file as asked; else null (the {@code .wat} text). */
    public String file() {
        return file;
    }

    public Kind kind() {
        return kind;
    }

    /** Where it stops; a line breakpoint may stop at several places (e.g. each start of a line's code run). */
    public List<Location> locations() {
        return locations;
    }

    /** For a LINE breakpoint, the line asked for; else 0. */
    public int requestedLine() {
        return requestedLine;
    }

    /**
     * For a LINE breakpoint, the line it was placed on: the requested one, or the next line with code
     * when the requested one has none; else the line of its instruction (0 for a binary module).
     */
    public int line() {
        return line;
    }

    public boolean enabled() {
        return enabled;
    }

    /** Times it was reached while enabled (counted also when the ignore count let execution go on). */
    public int hitCount() {
        return hitCount;
    }

    /** The first {@code ignoreCount} hits do not suspend (an IDE's "hit count" condition). */
    public int ignoreCount() {
        return ignoreCount;
    }

    public void setIgnoreCount(int n) {
        ignoreCount = Math.max(0, n);
    }

    void setEnabledFlag(boolean on) {
        enabled = on;
    }

    /** Counts a hit; true if it should suspend. */
    boolean hit() {
        int n = ++hitCount; // only the session's thread counts
        return n > ignoreCount;
    }

    @Override
    public String toString() {
        Location l = locations.isEmpty() ? null : locations.get(0);
        String where = l == null ? "-" : Snapshot.functionName(l.function()) + " #" + l.instrIndex();
        return switch (kind) {
            case LINE -> (file != null ? file + ":" : "line ") + line + " (" + where + (locations.size() > 1 ? ", ..." : "") + ")";
            case ENTRY -> "entry of " + (l == null ? "-" : Snapshot.functionName(l.function()));
            case INSTRUCTION -> "at " + where;
        };
    }
}
