package org.wasmscope.debug.core.model;

import org.eclipse.debug.core.model.IVariable;

/**
 * The "WebAssembly" entry of a source frame's variables: the machine's view of the same frame, its
 * locals (editable) and the module's globals, under the C variables.
 */
final class WasmLocalsVariable extends GroupVariable {
    private final WasmStackFrame frame;

    WasmLocalsVariable(WasmStackFrame frame, IVariable[] machine) {
        super(frame.getDebugTarget(), "WebAssembly", machine);
        this.frame = frame;
    }

    @Override
    public String getValueString() {
        return frame.data().displayName() + ": locals and globals";
    }

    @Override
    String changeHint() {
        return "change the locals one by one";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WasmLocalsVariable v && v.frame.equals(frame);
    }

    @Override
    public int hashCode() {
        return frame.hashCode() + 1;
    }
}
