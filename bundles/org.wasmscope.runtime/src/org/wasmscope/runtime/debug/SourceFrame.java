package org.wasmscope.runtime.debug;

import java.util.ArrayList;
import java.util.List;

import org.wasmscope.runtime.dwarf.CValue;
import org.wasmscope.runtime.dwarf.DebugInfo;
import org.wasmscope.runtime.dwarf.FrameState;
import org.wasmscope.runtime.dwarf.LineRow;
import org.wasmscope.runtime.dwarf.Scope;
import org.wasmscope.runtime.dwarf.Variable;

/**
 * A C function's frame at a suspension, from the module's DWARF: a WebAssembly {@link Frame} runs one
 * C function and the calls inlined into it at its position, so it gives one source frame for each (see
 * {@link #of}). Its variables are read when first asked for, from the suspension's state.
 */
public final class SourceFrame {
    private final Frame frame;
    private final DebugInfo info;
    private final Scope scope;
    private final long address;
    private final FrameState state;
    private final String file;
    private final int line;
    private final int column;
    private List<CValue> variables;

    private SourceFrame(Frame frame, DebugInfo info, Scope scope, long address, FrameState state, String file,
            int line, int column) {
        this.frame = frame;
        this.info = info;
        this.scope = scope;
        this.address = address;
        this.state = state;
        this.file = file;
        this.line = line;
        this.column = column;
    }

    /**
     * The source frames of WebAssembly frame {@code f} of {@code session}'s snapshot {@code s}, innermost (an
     * inlined call's) first; empty where DWARF describes no function at the frame's position. The innermost
     * stands at the line table's position; each outer one at the call site of the inlined call inside it.
     * Their variables are {@linkplain CValue#set set} through the session.
     */
    public static List<SourceFrame> of(Session session, Snapshot s, Frame f) {
        List<SourceFrame> out = new ArrayList<>();
        DebugInfo info = session.debugInfo(f.module());
        if (info.isEmpty()) {
            return out;
        }
        long address = info.address(f.instr());
        List<Scope> scopes = info.scopesAt(address);
        FrameState state = new FrameValues(session, s, f);
        LineRow row = info.rowAt(address);
        String file = row == null ? null : row.file();
        int line = row == null ? 0 : row.line();
        int column = row == null ? 0 : row.column();
        for (Scope scope : scopes) {
            out.add(new SourceFrame(f, info, scope, address, state, file, line, column));
            file = scope.callFile(); // the outer frame stands at this inlined call
            line = scope.callLine();
            column = scope.callColumn();
        }
        return out;
    }

    /** The WebAssembly frame it runs in. */
    public Frame frame() {
        return frame;
    }

    public Scope scope() {
        return scope;
    }

    /** The C function's name. */
    public String function() {
        return scope.name();
    }

    public boolean isInlined() {
        return scope.isInlined();
    }

    /** The source file's path as DWARF gives it, or null. */
    public String file() {
        return file;
    }

    /** 1-based, 0 if unknown. */
    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** The parameters, then the local variables in scope here, with their values. */
    public synchronized List<CValue> variables() {
        if (variables == null) {
            List<CValue> out = new ArrayList<>();
            for (Variable v : info.variablesAt(scope, address)) {
                out.add(CValue.of(info, scope, v, address, state));
            }
            variables = List.copyOf(out);
        }
        return variables;
    }

    /** The variable named {@code name}, or null. */
    public CValue variable(String name) {
        for (CValue v : variables()) {
            if (v.name().equals(name)) {
                return v;
            }
        }
        return null;
    }

    /** e.g. {@code fib(n=10) at fib.c:12}: the function with its parameters' values, and the position's file name and line. */
    public String label() {
        StringBuilder b = new StringBuilder(function()).append('(');
        List<Variable> vars = info.variablesAt(scope, address);
        List<CValue> values = variables();
        boolean first = true;
        for (int i = 0; i < vars.size() && i < values.size(); i++) {
            if (vars.get(i).isParameter()) {
                b.append(first ? "" : ", ").append(values.get(i).name()).append('=').append(values.get(i).text());
                first = false;
            }
        }
        b.append(')');
        if (file != null && line > 0) {
            b.append(" at ").append(file.substring(file.lastIndexOf('/') + 1)).append(':').append(line);
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return label();
    }
}
