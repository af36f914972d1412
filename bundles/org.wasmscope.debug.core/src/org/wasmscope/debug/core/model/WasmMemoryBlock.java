package org.wasmscope.debug.core.model;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.IMemoryBlockExtension;
import org.eclipse.debug.core.model.IMemoryBlockRetrieval;
import org.eclipse.debug.core.model.MemoryByte;
import org.wasmscope.runtime.debug.MemoryView;
import org.wasmscope.runtime.syntax.AddrType;

/**
 * A window on one of the module's linear memories for the Memory view, starting at the address an
 * expression such as {@code 0x400} (memory 0) or {@code mem1:0x400} (memory 1) named. Bytes beyond the memory's current size are shown as unreadable;
 * bytes written in the view go into the memory (while suspended).
 */
public final class WasmMemoryBlock extends WasmDebugElement implements IMemoryBlockExtension {
    private final String expression;
    /** The memory's index in the module. */
    private final int index;
    private final long base;
    private final List<Object> connections = new ArrayList<>();

    WasmMemoryBlock(WasmDebugTarget target, String expression, int index, long base) {
        super(target);
        this.expression = expression;
        this.index = index;
        this.base = base;
    }

    private MemoryView memory() throws DebugException {
        MemoryView m = target().memory(index);
        if (m == null) {
            throw failed("the module has no memory " + index, null);
        }
        return m;
    }

    @Override
    public String getExpression() {
        return expression;
    }

    @Override
    public BigInteger getBigBaseAddress() {
        return BigInteger.valueOf(base);
    }

    @Override
    public BigInteger getMemoryBlockStartAddress() {
        return BigInteger.ZERO;
    }

    @Override
    public BigInteger getMemoryBlockEndAddress() throws DebugException {
        return BigInteger.valueOf(memory().byteSize() - 1);
    }

    @Override
    public BigInteger getBigLength() throws DebugException {
        return BigInteger.valueOf(memory().byteSize() - base);
    }

    @Override
    public int getAddressSize() throws DebugException {
        return memory().addrType() == AddrType.I64 ? 8 : 4;
    }

    @Override
    public boolean supportBaseAddressModification() {
        return false;
    }

    @Override
    public boolean supportsChangeManagement() {
        return false;
    }

    @Override
    public void setBaseAddress(BigInteger address) throws DebugException {
        throw failed("the base address is fixed; add another memory monitor", null);
    }

    @Override
    public MemoryByte[] getBytesFromOffset(BigInteger unitOffset, long addressableUnits) throws DebugException {
        return getBytesFromAddress(getBigBaseAddress().add(unitOffset), addressableUnits);
    }

    @Override
    public MemoryByte[] getBytesFromAddress(BigInteger address, long units) throws DebugException {
        MemoryView m = memory();
        MemoryByte[] out = new MemoryByte[(int) units];
        long from = address.longValue();
        long size = m.byteSize();
        long readFrom = Math.max(0, Math.min(from, size));
        long readTo = Math.max(readFrom, Math.min(from + units, size));
        byte[] bytes = m.read(readFrom, (int) (readTo - readFrom));
        for (int i = 0; i < out.length; i++) {
            long at = from + i;
            if (at >= readFrom && at < readTo) {
                out[i] = new MemoryByte(bytes[(int) (at - readFrom)],
                        (byte) (MemoryByte.READABLE | MemoryByte.WRITABLE | MemoryByte.ENDIANESS_KNOWN));
            } else {
                out[i] = new MemoryByte((byte) 0, (byte) 0); // outside the memory
            }
        }
        return out;
    }

    @Override
    public void setValue(BigInteger offset, byte[] bytes) throws DebugException {
        setValue(offset.longValue(), bytes);
    }

    @Override
    public void setValue(long offset, byte[] bytes) throws DebugException {
        try {
            memory().write(base + offset, bytes, 0, bytes.length);
        } catch (IllegalStateException | IndexOutOfBoundsException e) {
            throw failed("Cannot write memory: " + e.getMessage(), e);
        }
        fireEvent(new DebugEvent(this, DebugEvent.CHANGE, DebugEvent.CONTENT));
        target().valuesWritten();
    }

    @Override
    public synchronized void connect(Object client) {
        if (!connections.contains(client)) {
            connections.add(client);
        }
    }

    @Override
    public synchronized void disconnect(Object client) {
        connections.remove(client);
    }

    @Override
    public synchronized Object[] getConnections() {
        return connections.toArray();
    }

    @Override
    public void dispose() {
        synchronized (this) {
            connections.clear();
        }
    }

    @Override
    public IMemoryBlockRetrieval getMemoryBlockRetrieval() {
        return target();
    }

    @Override
    public int getAddressableSize() {
        return 1;
    }

    @Override
    public long getStartAddress() {
        return base;
    }

    @Override
    public long getLength() {
        try {
            return getBigLength().longValue();
        } catch (DebugException e) {
            return 0;
        }
    }

    @Override
    public byte[] getBytes() throws DebugException {
        MemoryView m = memory();
        return m.read(base, (int) Math.min(m.byteSize() - base, 1 << 16));
    }

    @Override
    public boolean supportsValueModification() {
        return true;
    }
}
