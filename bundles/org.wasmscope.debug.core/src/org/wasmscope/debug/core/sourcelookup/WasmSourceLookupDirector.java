package org.wasmscope.debug.core.sourcelookup;

import org.eclipse.debug.core.sourcelookup.AbstractSourceLookupDirector;
import org.eclipse.debug.core.sourcelookup.ISourceLookupParticipant;

/** The source locator of WebAssembly launches (persisted with the configuration; edited in the Source tab). */
public final class WasmSourceLookupDirector extends AbstractSourceLookupDirector {
    public static final String ID = "org.wasmscope.debug.core.sourceLocator";

    @Override
    public void initializeParticipants() {
        addParticipants(new ISourceLookupParticipant[] { new WasmSourceLookupParticipant() });
    }
}
