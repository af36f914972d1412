package org.wasmscope.runtime.exec;

import java.util.ArrayDeque;
import java.util.Deque;

import org.wasmscope.runtime.RefBits;
import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.store.Layout;
import org.wasmscope.runtime.store.GlobalInst;
import org.wasmscope.runtime.store.ModuleInst;
import org.wasmscope.runtime.store.Store;
import org.wasmscope.runtime.syntax.AbsHeap;
import org.wasmscope.runtime.syntax.Instr;
import org.wasmscope.runtime.syntax.Opcode;
import org.wasmscope.runtime.syntax.ValType;

/**
 * Evaluation of constant expressions (spec 4.4.11 / 3.3.10): global initializers, segment offsets and
 * element initializers. Validation admits only constants, {@code ref.null}, {@code ref.func},
 * {@code global.get}, the extended-constant i32/i64 {@code add}, {@code sub} and {@code mul}, and GC's
 * allocations ({@code struct.new}, {@code array.new} and their variants), {@code ref.i31} and the
 * conversions between extern and any. Their allocations never collect: the values on this stack and the
 * instance being built are no roots of the heap.
 */
final class ConstEval {
    private ConstEval() {
    }

    static Value eval(Store store, ModuleInst inst, Instr[] expr) {
        Deque<Value> stack = new ArrayDeque<>();
        for (Instr in : expr) {
            switch (in.op) {
                case I32_CONST -> stack.push(Value.i32((int) in.imm));
                case I64_CONST -> stack.push(Value.i64(in.imm));
                case F32_CONST -> stack.push(Value.f32Bits((int) in.imm));
                case F64_CONST -> stack.push(Value.f64Bits(in.imm));
                case V128_CONST -> stack.push(Value.v128(in.imm, in.imm2));
                case REF_NULL -> stack.push(Value.nullRef(in.types[0]));
                case REF_FUNC -> stack.push(Value.ref(ValType.FUNCREF, inst.funcs[in.x].address));
                case GLOBAL_GET -> {
                    GlobalInst g = inst.globals[in.x];
                    stack.push(new Value(g.type.type(), g.value, g.high));
                }
                case I32_ADD, I32_SUB, I32_MUL -> {
                    int b = stack.pop().asInt(), a = stack.pop().asInt();
                    stack.push(Value.i32(switch (in.op) {
                        case I32_ADD -> a + b;
                        case I32_SUB -> a - b;
                        default -> a * b;
                    }));
                }
                case I64_ADD, I64_SUB, I64_MUL -> {
                    long b = stack.pop().asLong(), a = stack.pop().asLong();
                    stack.push(Value.i64(switch (in.op) {
                        case I64_ADD -> a + b;
                        case I64_SUB -> a - b;
                        default -> a * b;
                    }));
                }
                case STRUCT_NEW, STRUCT_NEW_DEFAULT -> {
                    Layout l = inst.layout(in.x);
                    long[] fields = l.defaults(store.heap().newSlots(l.slots, false));
                    if (in.op == Opcode.STRUCT_NEW) {
                        for (int i = l.types.length - 1; i >= 0; i--) {
                            setSlots(fields, l.slot[i], stack.pop(), l, i);
                        }
                    }
                    stack.push(Value.ref(inst.types[in.x].ref, store.heap().newStruct(l, fields)));
                }
                case ARRAY_NEW, ARRAY_NEW_DEFAULT, ARRAY_NEW_FIXED -> {
                    Layout l = inst.layout(in.x);
                    long length = in.op == Opcode.ARRAY_NEW_FIXED ? Integer.toUnsignedLong(in.y)
                            : GcExt.u32(stack.pop().bits());
                    long[] slots = l.defaults(GcExt.newSlots(store.heap(), l, length, false));
                    int n = slots.length / l.slots;
                    Value init = in.op == Opcode.ARRAY_NEW ? stack.pop() : null;
                    for (int e = n - 1; e >= 0; e--) {
                        Value v = in.op == Opcode.ARRAY_NEW_FIXED ? stack.pop() : init;
                        if (v != null) {
                            setSlots(slots, e * l.slots, v, l, 0);
                        }
                    }
                    stack.push(Value.ref(inst.types[in.x].ref, store.heap().newArray(l, slots, n)));
                }
                case REF_I31 -> stack.push(Value.ref(ValType.ref(false, AbsHeap.I31), RefBits.i31(stack.pop().asInt())));
                case ANY_CONVERT_EXTERN, EXTERN_CONVERT_ANY -> {
                    long bits = stack.pop().bits();
                    AbsHeap to = in.op == Opcode.ANY_CONVERT_EXTERN ? AbsHeap.ANY : AbsHeap.EXTERN;
                    stack.push(Value.ref(ValType.ref(bits == RefBits.NULL, to), bits));
                }
                case END -> {
                    return stack.pop();
                }
                default -> throw new IllegalArgumentException("not a constant instruction: " + in);
            }
        }
        return stack.pop(); // an expression given without its end
    }

    /** Value {@code v} of field {@code i} of layout {@code l} into {@code slots} from slot {@code at}. */
    private static void setSlots(long[] slots, int at, Value v, Layout l, int i) {
        slots[at] = l.pack(i, v.bits());
        if (v.type() == ValType.V128) {
            slots[at + 1] = v.high();
        }
    }
}
