package org.wasmscope.debug.core.breakpoints;

import java.util.Map;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.wasmscope.runtime.debug.Breakpoint;
import org.wasmscope.runtime.store.FuncInst;
import org.wasmscope.runtime.store.ModuleInst;
import org.wasmscope.runtime.syntax.Instr;

/**
 * A breakpoint before one instruction of a binary module, set in its disassembly: kept as a persistent
 * marker on the {@code .wasm} file at the instruction's line of the disassembly, and found by the
 * instruction's byte offset in the module (which does not change when the listing's layout does). Has the
 * line breakpoint's hit count.
 */
public class WasmInstructionBreakpoint extends WasmLineBreakpoint {
    /** The marker type (a persistent line breakpoint marker). */
    public static final String MARKER_TYPE = "org.wasmscope.debug.core.instructionBreakpointMarker";
    /** Integer marker attribute: the instruction's byte offset in the module. */
    public static final String OFFSET = "org.wasmscope.debug.core.offset";

    /** For the breakpoint manager, which restores breakpoints from their markers. */
    public WasmInstructionBreakpoint() {
    }

    /**
     * A new, enabled breakpoint before the instruction at byte {@code offset} of {@code resource}, shown on
     * {@code line} of its disassembly as {@code instruction}; unless {@code register}, it is neither registered
     * with the breakpoint manager nor persisted (Run to Line's temporary breakpoint).
     */
    public WasmInstructionBreakpoint(IResource resource, int line, int offset, String instruction, boolean register)
            throws CoreException {
        createMarker(resource, MARKER_TYPE, line,
                "Instruction breakpoint: " + resource.getName() + " " + offsetText(offset) + " " + instruction,
                Map.of(OFFSET, offset), register);
    }

    /** The instruction's byte offset in the module, or -1. */
    public int getOffset() {
        IMarker m = getMarker();
        return m == null ? -1 : m.getAttribute(OFFSET, -1);
    }

    /** {@code +0x22}, as frames of a binary module give their position. */
    public static String offsetText(int offset) {
        return "+0x" + Integer.toHexString(offset);
    }

    /** Where it stops in {@code instance}: the module function and instruction at its offset, or null. */
    public Breakpoint.Location resolve(ModuleInst instance) {
        int offset = getOffset();
        for (FuncInst f : instance.funcs) {
            if (f.isHost() || f.module != instance) {
                continue;
            }
            Instr[] body = f.func.body;
            for (int i = 0; i < body.length; i++) {
                if (body[i].offset == offset) {
                    return new Breakpoint.Location(f, i);
                }
            }
        }
        return null;
    }
}
