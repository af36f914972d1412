package org.wasmscope.runtime.reduction;

import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.debug.Frame;
import org.wasmscope.runtime.debug.Label;
import org.wasmscope.runtime.debug.Snapshot;
import org.wasmscope.runtime.reduction.Rule.Shape;
import org.wasmscope.runtime.store.ModuleInst;
import org.wasmscope.runtime.syntax.Instr;
import org.wasmscope.runtime.syntax.Opcode;
import org.wasmscope.runtime.syntax.StructType;
import org.wasmscope.runtime.valid.OperatorTypes;

/**
 * What the next step of a suspended machine rewrites: the rule, and how much of the top frame's code it takes.
 *
 * @param rule   the rule the step follows (for an {@code end}, the exit it is: label, handler or frame)
 * @param values how many values on top of the innermost label it consumes (for an exit: all of the label's)
 * @param extent what else it consumes: the next instruction, or the whole innermost label, handler or frame
 */
public record Redex(Rule rule, int values, Extent extent) {
    public enum Extent {
        /** The values and the next instruction. */
        INSTRUCTION,
        /** The innermost label with everything in it. */
        LABEL,
        /** The innermost label and the try_table's handler around it. */
        HANDLER,
        /** The top frame with everything in it. */
        FRAME
    }

    /** The redex of {@code s}'s top frame; null when there is no frame (the invocation returned). */
    public static Redex of(Snapshot s) {
        Frame f = s.top();
        if (f == null) {
            return null;
        }
        Instr in = f.instr();
        Label inner = f.label(0);
        int ownValues = s.stackOf(f.index()).size() - inner.height();
        if (in.op == Opcode.END) {
            return switch (inner.kind()) {
                case FUNCTION -> new Redex(Rules.FRAME_EXIT, ownValues, Extent.FRAME);
                case TRY_TABLE -> new Redex(Rules.HANDLER_EXIT, ownValues, Extent.HANDLER);
                default -> new Redex(Rules.LABEL_EXIT, ownValues, Extent.LABEL);
            };
        }
        Rule rule = Rules.of(in.op);
        if (rule.shape() == Shape.ELSE) {
            return new Redex(rule, ownValues, Extent.LABEL);
        }
        Value top = ownValues > 0 ? s.stack().get(f.stackBase() + f.stackSize() - 1).value() : null;
        return new Redex(rule, Math.min(ownValues, operands(in, f, top)), Extent.INSTRUCTION);
    }

    /** Whether a branch instruction with operand {@code top} on top of the stack takes its branch. */
    static boolean taken(Instr in, Value top) {
        return switch (in.op) {
            case BR_IF -> top.asInt() != 0;
            case BR_ON_NULL -> top.isNull();
            case BR_ON_NON_NULL -> !top.isNull();
            default -> true;
        };
    }

    /** The label index a branch instruction with operand {@code top} on top of the stack takes. */
    static int target(Instr in, Value top) {
        if (in.op != Opcode.BR_TABLE) {
            return in.x;
        }
        int i = top.asInt();
        return i >= 0 && i < in.labels.length - 1 ? in.labels[i] : in.labels[in.labels.length - 1];
    }

    /**
     * How many values instruction {@code in} of frame {@code f} consumes, {@code top} the value on top of the
     * stack (or null): its operands; for a branch taken, also the values it keeps.
     */
    static int operands(Instr in, Frame f, Value top) {
        OperatorTypes.Operator o = OperatorTypes.operator(in.op);
        if (o != null) {
            return o.type().params.length;
        }
        ModuleInst m = f.module();
        return switch (in.op) {
            case BLOCK, LOOP, TRY_TABLE -> in.blockType.expand(m.module).params.length;
            case IF -> in.blockType.expand(m.module).params.length + 1;
            case BR -> f.label(in.x).arity();
            case BR_IF, BR_TABLE, BR_ON_NULL -> taken(in, top) ? f.label(target(in, top)).arity() + 1 : 1;
            case BR_ON_NON_NULL -> taken(in, top) ? f.label(in.x).arity() : 1;
            case RETURN -> f.returnArity();
            case CALL, RETURN_CALL -> m.funcs[in.x].type.params.length;
            case CALL_INDIRECT, RETURN_CALL_INDIRECT, CALL_REF, RETURN_CALL_REF -> m.types[in.x].func().params.length + 1;
            case THROW -> m.tags[in.x].type.params.length;
            case THROW_REF, DROP, LOCAL_SET, LOCAL_TEE, GLOBAL_SET, TABLE_GET, REF_IS_NULL, REF_AS_NON_NULL,
                    MEMORY_GROW, I8X16_EXTRACT_LANE_S, I8X16_EXTRACT_LANE_U, I16X8_EXTRACT_LANE_S,
                    I16X8_EXTRACT_LANE_U, I32X4_EXTRACT_LANE, I64X2_EXTRACT_LANE, F32X4_EXTRACT_LANE,
                    F64X2_EXTRACT_LANE -> 1;
            case TABLE_SET, TABLE_GROW, I8X16_SHUFFLE, I8X16_REPLACE_LANE, I16X8_REPLACE_LANE, I32X4_REPLACE_LANE,
                    I64X2_REPLACE_LANE, F32X4_REPLACE_LANE, F64X2_REPLACE_LANE -> 2;
            case SELECT, SELECT_T, TABLE_FILL, TABLE_COPY, TABLE_INIT, MEMORY_FILL, MEMORY_COPY, MEMORY_INIT,
                    ARRAY_SET -> 3;
            case REF_TEST, REF_TEST_NULL, REF_CAST, REF_CAST_NULL, REF_I31, I31_GET_S, I31_GET_U, STRUCT_GET,
                    STRUCT_GET_S, STRUCT_GET_U, ARRAY_NEW_DEFAULT, ARRAY_LEN, ANY_CONVERT_EXTERN, EXTERN_CONVERT_ANY -> 1;
            case REF_EQ, STRUCT_SET, ARRAY_NEW, ARRAY_NEW_DATA, ARRAY_NEW_ELEM, ARRAY_GET, ARRAY_GET_S, ARRAY_GET_U -> 2;
            case ARRAY_FILL, ARRAY_INIT_DATA, ARRAY_INIT_ELEM -> 4;
            case ARRAY_COPY -> 5;
            case STRUCT_NEW -> ((StructType) m.types[in.x].comp()).fields.length;
            case ARRAY_NEW_FIXED -> in.y;
            case BR_ON_CAST, BR_ON_CAST_FAIL -> f.label(in.x).arity(); // the reference is the last value a branch keeps
            default -> memoryOperands(in.op);
        };
    }

    /** A load pops its address; a store and a lane load or store also a value; anything else left pops nothing. */
    private static int memoryOperands(Opcode op) {
        if (op.accessBytes == 0) {
            return 0;
        }
        return op.text.contains(".store") || op.text.endsWith("_lane") ? 2 : 1;
    }
}
