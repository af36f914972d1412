package org.wasmscope.runtime.exec;

import java.util.ArrayDeque;
import java.util.Deque;

import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.store.GlobalInst;
import org.wasmscope.runtime.store.ModuleInst;
import org.wasmscope.runtime.syntax.Instr;
import org.wasmscope.runtime.syntax.ValType;

/**
 * Evaluation of constant expressions (spec 4.4.11 / 3.3.10): global initializers, segment offsets and
 * element initializers. Validation admits only constants, {@code ref.null}, {@code ref.func},
 * {@code global.get} and the extended-constant i32/i64 {@code add}, {@code sub} and {@code mul}.
 */
final class ConstEval {
    private ConstEval() {
    }

    static Value eval(ModuleInst inst, Instr[] expr) {
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
                case END -> {
                    return stack.pop();
                }
                default -> throw new IllegalArgumentException("not a constant instruction: " + in);
            }
        }
        return stack.pop(); // an expression given without its end
    }
}
