package org.wasmscope.runtime.valid;

import org.wasmscope.runtime.InvalidException;
import org.wasmscope.runtime.syntax.AddrType;
import org.wasmscope.runtime.syntax.Immediates;
import org.wasmscope.runtime.syntax.Instr;
import org.wasmscope.runtime.syntax.MemType;
import org.wasmscope.runtime.syntax.Opcode;
import org.wasmscope.runtime.syntax.ValType;

/**
 * Memory instructions (spec 3.3.7), including the vector loads and stores: the memory must exist, the
 * alignment must not exceed the access's natural alignment, a 32-bit memory's offset must be below 2^32,
 * and a lane index must name a lane. Addresses, sizes and deltas have the memory's address type.
 */
final class MemoryRules {
    private MemoryRules() {
    }

    /** t.load / t.loadN_sx / t.store / t.storeN / v128.loadNxM / _splat / _zero / loadN_lane / storeN_lane. */
    static void access(ModuleContext c, TypeStack s, Instr in) {
        Opcode op = in.op;
        MemType mem = c.memory(in.y);
        int natural = Integer.numberOfTrailingZeros(op.accessBytes);
        if (in.x < 0 || in.x > natural) {
            throw new InvalidException("alignment must not be larger than natural");
        }
        if (mem.addrType() == AddrType.I32 && Long.compareUnsigned(in.imm, 0xFFFF_FFFFL) > 0) {
            throw new InvalidException("offset out of range");
        }
        ValType address = mem.addrType().valType();
        String shape = op.text.substring(0, op.text.indexOf('.'));
        ValType t = ValType.ofText(shape); // i32, i64, f32, f64 or v128: the type loaded or stored
        boolean load = op.text.contains(".load");
        if (op.immediates == Immediates.MEMARG_LANE) {
            if (in.lane < 0 || in.lane >= 16 / op.accessBytes) {
                throw new InvalidException("invalid lane index");
            }
            s.pop(ValType.V128);
            s.pop(address);
            if (load) {
                s.push(ValType.V128);
            }
        } else if (load) {
            s.pop(address);
            s.push(t);
        } else {
            s.pop(t);
            s.pop(address);
        }
    }

    /** memory.size, memory.grow, memory.fill, memory.copy, memory.init, data.drop. */
    static void apply(ModuleContext c, TypeStack s, Instr in) {
        switch (in.op) {
            case MEMORY_SIZE -> s.push(c.memory(in.x).addrType().valType());
            case MEMORY_GROW -> {
                ValType address = c.memory(in.x).addrType().valType();
                s.pop(address);
                s.push(address);
            }
            case MEMORY_FILL -> {
                ValType address = c.memory(in.x).addrType().valType();
                s.pop(address);
                s.pop(ValType.I32);
                s.pop(address);
            }
            case MEMORY_COPY -> popCopyOperands(s, c.memory(in.x).addrType(), c.memory(in.y).addrType());
            case MEMORY_INIT -> {
                ValType address = c.memory(in.y).addrType().valType();
                c.data(in.x);
                s.pop(ValType.I32);
                s.pop(ValType.I32);
                s.pop(address);
            }
            case DATA_DROP -> c.data(in.x);
            default -> throw new IllegalArgumentException(in.op.text);
        }
    }

    /**
     * The operands of memory.copy and table.copy: destination and source addresses of their own address
     * types, and a length that fits both, so of the narrower one.
     */
    static void popCopyOperands(TypeStack s, AddrType dst, AddrType src) {
        s.pop(AddrType.min(dst, src).valType());
        s.pop(src.valType());
        s.pop(dst.valType());
    }
}
