package org.wasmscope.debug.ui.launching;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.wasmscope.debug.core.WasmDebugCore;

/**
 * The "Instruction Stepping" toggle (Debug view toolbar): on, steps execute one WebAssembly
 * instruction also where the module's DWARF gives source lines; off (the default), they go by source line there.
 */
public final class InstructionSteppingHandler extends AbstractHandler {
    public static final String COMMAND = "org.wasmscope.debug.ui.instructionStepping";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        boolean wasOn = HandlerUtil.toggleCommandState(event.getCommand());
        WasmDebugCore.setInstructionStepping(!wasOn);
        return null;
    }
}
