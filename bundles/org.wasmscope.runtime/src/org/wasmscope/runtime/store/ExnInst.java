package org.wasmscope.runtime.store;

import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.syntax.ValType;

/**
 * An exception instance (spec 4.2.13, 3.0): the tag it was thrown with and its payload, the tag type's
 * parameters in slot encoding (a v128 takes two slots). The spec's store keeps it forever; this one keeps it
 * in its {@link Heap}, which reclaims it once no exnref reaches it. An {@code exnref} is its {@link #ref()}.
 */
public final class ExnInst extends HeapObject {
    public final TagInst tag;
    final long[] payload;

    ExnInst(TagInst tag, long serial, long[] payload) {
        super(serial);
        this.tag = tag;
        this.payload = payload;
    }

    /** The payload's slots (a copy). */
    public long[] payloadSlots() {
        return payload.clone();
    }

    /** The payload as values, one per parameter of the tag's type. */
    public Value[] payload() {
        ValType[] types = tag.type.params;
        Value[] values = new Value[types.length];
        int s = 0;
        for (int i = 0; i < types.length; i++) {
            long bits = payload[s++];
            long high = types[i] == ValType.V128 ? payload[s++] : 0;
            values[i] = Value.ofSlots(types[i], bits, high);
        }
        return values;
    }

    /** Its payload is untyped here: scanned conservatively, as a machine's slots. */
    @Override
    void markChildren(Heap heap) {
        heap.markSlots(payload, 0, payload.length);
    }

    @Override
    long size() {
        return Heap.objectBytes(payload.length);
    }
}
