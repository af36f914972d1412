package org.wasmscope.debug.core.model;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.IRegisterGroup;
import org.eclipse.debug.core.model.IStackFrame;
import org.eclipse.debug.core.model.IThread;
import org.eclipse.debug.core.model.IVariable;
import org.wasmscope.debug.core.sourcelookup.SourceNamed;
import org.wasmscope.runtime.debug.Frame;
import org.wasmscope.runtime.debug.SourceFrame;
import org.wasmscope.runtime.store.GlobalInst;
import org.wasmscope.runtime.store.ModuleInst;

/**
 * A WebAssembly call frame, labelled like {@code func 0 $fac line 7} (a text module) or
 * {@code func 0 $fac +0x2a} (a binary one), {@code func 0 $sum (return_call) line 10} when a tail call entered
 * it; where the module has DWARF debug information, a C function's
 * frame ({@link SourceFrame}: the WebAssembly frame's function, or a call inlined into it), labelled like
 * {@code fib(n=10) at fib.c:12}, at its C source line, with its C variables. The object stands for "frame
 * k running function f" (at inline level {@code inlined}) across steps (so the views keep it selected);
 * {@link #update} gives it each suspension's data.
 */
public final class WasmStackFrame extends WasmDebugElement implements IStackFrame, SourceNamed {
    private final WasmThread thread;
    /** For a source frame: how many inlined calls lie between it and its WebAssembly frame's function (0 the function). */
    private final int inlined;
    private Frame data;
    private SourceFrame source;
    private IVariable[] variables;

    WasmStackFrame(WasmThread thread, Frame data, SourceFrame source, int inlined) {
        super(thread.getDebugTarget());
        this.thread = thread;
        this.data = data;
        this.source = source;
        this.inlined = inlined;
    }

    /** Whether this object stands for {@code f} at inline level {@code level}: same depth, function and level. */
    boolean matches(Frame f, SourceFrame s, int level) {
        return f.index() == data.index() && f.function() == data.function() && level == inlined
                && (s == null) == (source == null) && (s == null || s.function().equals(source.function()));
    }

    synchronized void update(Frame f, SourceFrame s) {
        data = f;
        source = s;
        variables = null;
    }

    /** The C function's frame this stands for, or null (no DWARF at its position). */
    public SourceFrame source() {
        return source;
    }

    /** The runtime frame at the current suspension. */
    public Frame data() {
        return data;
    }

    @Override
    public String getName() {
        if (source != null) {
            return source.label() + (source.isInlined() ? " [inlined]" : "");
        }
        // as Call Frames marks it: the caller's frame is gone, so the frame below is not the one that called
        String name = data.displayName() + (data.tailCalled() ? " (return_call)" : "");
        if (data.pos().hasLine()) {
            return name + " line " + data.pos().line();
        }
        return data.pos().offset() >= 0 ? name + " +0x" + Integer.toHexString(data.pos().offset()) : name;
    }

    /** The line in the source: the .wat line, or the line of the disassembly for a binary module. */
    @Override
    public int getLineNumber() {
        if (source != null && source.line() > 0) {
            return source.line();
        }
        if (data.pos().hasLine()) {
            return data.pos().line();
        }
        return target().disassembly() == null ? -1 : target().disassembly().lineOf(data.pos().offset());
    }

    /**
     * Where the current instruction is written in the {@code .wat} source (its keyword and immediates), so that
     * the editor's instruction pointer marks it rather than its whole line; -1 for a binary module.
     */
    @Override
    public int getCharStart() {
        return data.pos().textStart();
    }

    /** The end of the current instruction's characters (exclusive, as the platform's annotation takes it), or -1. */
    @Override
    public int getCharEnd() {
        return data.pos().textEnd();
    }

    /** The module file; for a source frame, its source file: relative to the compile directory when under it. */
    @Override
    public String getSourceName() {
        if (source != null && source.file() != null) {
            String dir = source.scope().compileDirectory();
            String file = source.file();
            String prefix = dir == null ? null : dir.endsWith("/") ? dir : dir + "/";
            return prefix != null && file.startsWith(prefix) ? file.substring(prefix.length()) : file;
        }
        return target().sourceName();
    }

    @Override
    public String getSourceLocation() {
        return source == null ? null : source.file();
    }

    /** A source frame's C variables, then its WebAssembly locals and globals as one entry; else those. */
    @Override
    public synchronized IVariable[] getVariables() {
        if (variables == null && source != null) {
            List<IVariable> list = new ArrayList<>(List.of(CVariable.of(getDebugTarget(), this, "", source.variables())));
            list.add(new WasmLocalsVariable(this, machineVariables()));
            variables = list.toArray(IVariable[]::new);
        }
        if (variables == null) {
            variables = machineVariables();
        }
        return variables;
    }

    private IVariable[] machineVariables() {
        List<IVariable> list = new ArrayList<>();
        for (int i = 0; i < data.locals().size(); i++) {
            list.add(new LocalVariable(this, i));
        }
        ModuleInst m = data.module();
        if (m.globals != null && m.globals.length > 0) {
            IVariable[] globals = new IVariable[m.globals.length];
            for (int i = 0; i < globals.length; i++) {
                GlobalInst g = m.globals[i];
                globals[i] = new GlobalVariable(getDebugTarget(), i, g.address);
            }
            list.add(new GlobalsVariable(getDebugTarget(), globals));
        }
        return list.toArray(IVariable[]::new);
    }

    @Override
    public boolean hasVariables() {
        return getVariables().length > 0;
    }

    @Override
    public IRegisterGroup[] getRegisterGroups() {
        return new IRegisterGroup[0];
    }

    @Override
    public boolean hasRegisterGroups() {
        return false;
    }

    @Override
    public IThread getThread() {
        return thread;
    }

    /** The machine views ask for the runtime frame. */
    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == Frame.class) {
            return adapter.cast(data);
        }
        return super.getAdapter(adapter);
    }

    // stepping and the rest: as the thread

    @Override
    public boolean canStepInto() {
        return thread.canStepInto();
    }

    @Override
    public boolean canStepOver() {
        return thread.canStepOver();
    }

    @Override
    public boolean canStepReturn() {
        return thread.canStepReturn();
    }

    @Override
    public boolean isStepping() {
        return thread.isStepping();
    }

    @Override
    public void stepInto() throws DebugException {
        thread.stepInto();
    }

    @Override
    public void stepOver() throws DebugException {
        thread.stepOver();
    }

    @Override
    public void stepReturn() throws DebugException {
        thread.stepReturn();
    }

    @Override
    public boolean canResume() {
        return thread.canResume();
    }

    @Override
    public boolean canSuspend() {
        return thread.canSuspend();
    }

    @Override
    public boolean isSuspended() {
        return thread.isSuspended();
    }

    @Override
    public void resume() throws DebugException {
        thread.resume();
    }

    @Override
    public void suspend() throws DebugException {
        thread.suspend();
    }

    @Override
    public boolean canTerminate() {
        return thread.canTerminate();
    }

    @Override
    public boolean isTerminated() {
        return thread.isTerminated();
    }

    @Override
    public void terminate() throws DebugException {
        thread.terminate();
    }
}
