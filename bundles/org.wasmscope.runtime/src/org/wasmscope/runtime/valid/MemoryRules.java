package org.wasmscope.runtime.valid;

import org.wasmscope.runtime.InvalidException;
import org.wasmscope.runtime.syntax.Immediates;
import org.wasmscope.runtime.syntax.Instr;
import org.wasmscope.runtime.syntax.Opcode;
import org.wasmscope.runtime.syntax.ValType;

/**
 * Memory instructions (spec 3.3.7), including the vector loads and stores: the memory must exist, the
 * alignment must not exceed the access's natural alignment, and a lane index must name a lane.
 */
final class MemoryRules {
    private MemoryRules() {
    }

    /** t.load / t.loadN_sx / t.store / t.storeN / v128.loadNxM / _splat / _zero / loadN_lane / storeN_lane. */
    static void access(ModuleContext c, TypeStack s, Instr in) {
        Opcode op = in.op;
        c.memory(in.y);
        int natural = Integer.numberOfTrailingZeros(op.accessBytes);
        if (in.x < 0 || in.x > natural) {
            throw new InvalidException("alignment must not be larger than natural");
        }
        String shape = op.text.substring(0, op.text.indexOf('.'));
        ValType t = ValType.ofText(shape); // i32, i64, f32, f64 or v128: the type loaded or stored
        boolean load = op.text.contains(".load");
        if (op.immediates == Immediates.MEMARG_LANE) {
            if (in.lane < 0 || in.lane >= 16 / op.accessBytes) {
                throw new InvalidException("invalid lane index");
            }
            s.pop(ValType.V128);
            s.pop(ValType.I32);
            if (load) {
                s.push(ValType.V128);
            }
        } else if (load) {
            s.pop(ValType.I32);
            s.push(t);
        } else {
            s.pop(t);
            s.pop(ValType.I32);
        }
    }

    /** memory.size, memory.grow, memory.fill, memory.copy, memory.init, data.drop. */
    static void apply(ModuleContext c, TypeStack s, Instr in) {
        switch (in.op) {
            case MEMORY_SIZE -> {
                c.memory(in.x);
                s.push(ValType.I32);
            }
            case MEMORY_GROW -> {
                c.memory(in.x);
                s.pop(ValType.I32);
                s.push(ValType.I32);
            }
            case MEMORY_FILL -> {
                c.memory(in.x);
                popI32(s, 3);
            }
            case MEMORY_COPY -> {
                c.memory(in.x);
                c.memory(in.y);
                popI32(s, 3);
            }
            case MEMORY_INIT -> {
                c.memory(in.y);
                c.data(in.x);
                popI32(s, 3);
            }
            case DATA_DROP -> c.data(in.x);
            default -> throw new IllegalArgumentException(in.op.text);
        }
    }

    static void popI32(TypeStack s, int n) {
        for (int i = 0; i < n; i++) {
            s.pop(ValType.I32);
        }
    }
}
