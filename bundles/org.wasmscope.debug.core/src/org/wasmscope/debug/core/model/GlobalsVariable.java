package org.wasmscope.debug.core.model;

import org.eclipse.debug.core.model.IDebugTarget;
import org.eclipse.debug.core.model.IVariable;

/** The "globals" entry of a frame's variables: the module instance's globals as its children. */
final class GlobalsVariable extends GroupVariable {
    GlobalsVariable(IDebugTarget target, IVariable[] globals) {
        super(target, "globals", globals);
    }

    @Override
    public String getValueString() {
        return getVariables().length + " global(s)";
    }

    @Override
    String changeHint() {
        return "globals are changed one by one";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GlobalsVariable g && g.getDebugTarget() == getDebugTarget();
    }

    @Override
    public int hashCode() {
        return getDebugTarget().hashCode();
    }
}
