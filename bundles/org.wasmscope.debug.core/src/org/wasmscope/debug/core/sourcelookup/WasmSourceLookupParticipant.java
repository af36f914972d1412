package org.wasmscope.debug.core.sourcelookup;

import org.eclipse.debug.core.sourcelookup.AbstractSourceLookupParticipant;

/** Maps WasmScope debug elements (stack frames) to the module file they run from. */
public final class WasmSourceLookupParticipant extends AbstractSourceLookupParticipant {
    @Override
    public String getSourceName(Object object) {
        return object instanceof SourceNamed named ? named.getSourceName() : null;
    }
}
