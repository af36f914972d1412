package org.wasmscope.runtime.exec;

import java.util.Arrays;

import org.wasmscope.runtime.store.FuncInst;
import org.wasmscope.runtime.store.MemInst;
import org.wasmscope.runtime.store.ModuleInst;
import org.wasmscope.runtime.syntax.Instr;

/**
 * A function's pre-decoded form, made once by {@link Compiler} and kept in {@link FuncInst#compiled}.
 *
 * <p>{@link #code} is a flat int array: at each instruction's start an {@link Op} code, followed by its
 * resolved immediates (branch targets as code positions, stack heights as slot offsets from the frame
 * pointer, memory offsets, indices). Every instruction of the body has a start, so the machine can stop
 * before any of them; {@link #pcOf} and {@link #instrAt} translate between code positions and instruction
 * indices of {@code Func.body} for the debugger. Some runs of adjacent instructions execute as one
 * {@link Fusion fused} operation; {@link #opAt} gives each instruction's own.
 *
 * <p>Frame layout on the machine's value stack, from the frame pointer {@code fp}: the parameters (the
 * caller's arguments, left in place), the declared locals, then the operand stack.
 */
public final class Code {
    public final FuncInst func;
    final ModuleInst module;
    /** The module's memory 0, or null. */
    final MemInst memory;
    final int[] code;
    /** Each instruction's own operation (at its start in {@link #code}, unless fused with the next). */
    private final int[] plainOps;
    /** The function body; vector instructions are executed from it directly. */
    final Instr[] instrs;
    private final int[] pcToInstr;
    private final int[] instrToPc;
    /**
     * For each instruction, the second code position where it starts, or -1: the then branch's entry into
     * the {@code end} of an if with an else (see {@link Compiler}); an {@code END} operation.
     */
    private final int[] thenEntry;
    final int paramSlots;
    final int localSlots;
    final int resultSlots;
    /** Slots a frame of this function may need: locals plus the largest operand stack height. */
    final int frameSlots;
    /** The initial values of the declared locals' slots: zero, or null for references. */
    final long[] localInit;
    /** The try_tables' handlers, innermost first. */
    final Handler[] handlers;
    /** {@link #code} with every instruction start replaced by {@link Op#STOP}, made when first needed. */
    private int[] stopCode;
    /**
     * {@link #code} with {@link Op#BREAK} at each breakpoint and the runs fused across one unfused, or null
     * when the function has none.
     */
    private volatile int[] breakCode;
    private final boolean[] breakpoints;

    Code(FuncInst func, int[] code, int[] plainOps, int[] pcToInstr, int[] instrToPc, int[] thenEntry,
            int paramSlots, int localSlots,
            int resultSlots, int frameSlots, long[] localInit, Handler[] handlers) {
        this.func = func;
        this.module = func.module;
        this.memory = module.memories != null && module.memories.length > 0 ? module.memories[0] : null;
        this.code = code;
        this.plainOps = plainOps;
        this.breakpoints = new boolean[plainOps.length];
        this.instrs = func.func.body;
        this.pcToInstr = pcToInstr;
        this.instrToPc = instrToPc;
        this.thenEntry = thenEntry;
        this.paramSlots = paramSlots;
        this.localSlots = localSlots;
        this.resultSlots = resultSlots;
        this.frameSlots = frameSlots;
        this.localInit = localInit;
        this.handlers = handlers;
    }

    /** The pre-decoded form of module function {@code f}, made on first use. */
    public static Code of(FuncInst f) {
        return Compiler.of(f);
    }

    /** The code position where instruction {@code instrIndex} of the body starts. */
    public int pcOf(int instrIndex) {
        return instrToPc[instrIndex];
    }

    /** Value stack slots of the parameters (a v128 takes two, anything else one). */
    public int paramSlots() {
        return paramSlots;
    }

    /** Value stack slots of all locals, parameters included: a frame's operands start after them. */
    public int localSlots() {
        return localSlots;
    }

    /** The index in the body of the instruction starting at code position {@code pc}, or -1. */
    public int instrAt(int pc) {
        return pc >= 0 && pc < pcToInstr.length ? pcToInstr[pc] : -1;
    }

    /** The operation of the instruction starting at {@code pc} alone (not fused with the next). */
    int opAt(int pc) {
        int i = pcToInstr[pc];
        return pc == thenEntry[i] ? Op.END : plainOps[i];
    }

    /**
     * Whether code position {@code pc} is where the then branch of an if with an else reaches the if's
     * {@code end} (the machine before that end came from the then branch, not from the else branch).
     */
    public boolean isThenEntry(int pc) {
        int i = instrAt(pc);
        return i >= 0 && pc == thenEntry[i];
    }

    /**
     * Sets or clears a breakpoint before instruction {@code instrIndex} of the body. Takes effect for frames
     * entered (or returned to) afterwards, and at once in a suspended machine's top frame when it resumes.
     */
    public synchronized void setBreakpoint(int instrIndex, boolean on) {
        breakpoints[instrIndex] = on;
        int[] b = null;
        for (int i = 0; i < breakpoints.length; i++) {
            if (breakpoints[i]) {
                if (b == null) {
                    b = code.clone();
                }
                b[instrToPc[i]] = Op.BREAK;
                if (thenEntry[i] >= 0) {
                    b[thenEntry[i]] = Op.BREAK;
                }
                for (int j = Math.max(0, i - Fusion.MAX_LENGTH + 1); j < i; j++) {
                    if (b[instrToPc[j]] != Op.BREAK) {
                        b[instrToPc[j]] = plainOps[j]; // a fused run must not run past the breakpoint
                    }
                }
            }
        }
        breakCode = b;
    }

    public synchronized boolean hasBreakpoint(int instrIndex) {
        return breakpoints[instrIndex];
    }

    /** The code the machine runs when not stepping: with breakpoints if there are any. */
    int[] runCode() {
        int[] b = breakCode;
        return b != null ? b : code;
    }

    /** The code the machine runs in single-step mode: it stops before every instruction. */
    int[] stopCode() {
        if (stopCode == null) {
            int[] s = Arrays.copyOf(code, code.length);
            for (int pc : instrToPc) {
                s[pc] = Op.STOP;
            }
            for (int pc : thenEntry) {
                if (pc >= 0) {
                    s[pc] = Op.STOP;
                }
            }
            stopCode = s;
        }
        return stopCode;
    }
}
