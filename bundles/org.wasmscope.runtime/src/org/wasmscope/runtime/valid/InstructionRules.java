package org.wasmscope.runtime.valid;

import org.wasmscope.runtime.InvalidException;
import org.wasmscope.runtime.syntax.FuncType;
import org.wasmscope.runtime.syntax.GlobalType;
import org.wasmscope.runtime.syntax.Instr;
import org.wasmscope.runtime.syntax.SpecVersion;
import org.wasmscope.runtime.syntax.ValType;

/**
 * The typing rules of every non-control instruction (spec 3.3.1 to 3.3.7): constants and operators,
 * vector lanes, parametric, variable, reference, table and memory instructions, and those of garbage
 * collection ({@link GcRules}). Control instructions, which touch the control stack, are in
 * {@link CodeValidator}.
 */
final class InstructionRules {
    private InstructionRules() {
    }

    static void apply(ModuleContext c, TypeStack s, ValType[] locals, Instr in) {
        switch (in.op.immediates) {
            case MEMARG, MEMARG_LANE -> {
                MemoryRules.access(c, s, in);
                return;
            }
            case LANE -> {
                lane(s, in);
                return;
            }
            default -> {
            }
        }
        switch (in.op) {
            case DROP -> s.pop();
            case SELECT -> select(s);
            case SELECT_T -> selectTyped(c, s, in);
            case LOCAL_GET -> {
                ValType t = local(locals, in.x);
                if (!s.isSet(in.x)) {
                    throw new InvalidException("uninitialized local " + in.x);
                }
                s.push(t);
            }
            case LOCAL_SET -> {
                s.pop(local(locals, in.x));
                s.set(in.x);
            }
            case LOCAL_TEE -> {
                ValType t = local(locals, in.x);
                s.pop(t);
                s.set(in.x);
                s.push(t);
            }
            case GLOBAL_GET -> s.push(c.global(in.x).type());
            case GLOBAL_SET -> {
                GlobalType g = c.global(in.x);
                if (!g.mutable()) {
                    String message = c.module.version == SpecVersion.V2 ? "global is immutable" : "immutable global";
                    throw new InvalidException(message);
                }
                s.pop(g.type());
            }
            case I32_CONST -> s.push(ValType.I32);
            case I64_CONST -> s.push(ValType.I64);
            case F32_CONST -> s.push(ValType.F32);
            case F64_CONST -> s.push(ValType.F64);
            case V128_CONST -> s.push(ValType.V128);
            case I8X16_SHUFFLE -> shuffle(s, in);
            case REF_NULL, REF_IS_NULL, REF_FUNC, TABLE_GET, TABLE_SET, TABLE_SIZE, TABLE_GROW, TABLE_FILL, TABLE_COPY,
                    TABLE_INIT, ELEM_DROP -> TableRules.apply(c, s, in);
            case MEMORY_SIZE, MEMORY_GROW, MEMORY_FILL, MEMORY_COPY, MEMORY_INIT, DATA_DROP -> MemoryRules.apply(c, s, in);
            case REF_EQ, REF_TEST, REF_TEST_NULL, REF_CAST, REF_CAST_NULL, ANY_CONVERT_EXTERN, EXTERN_CONVERT_ANY,
                    REF_I31, I31_GET_S, I31_GET_U, STRUCT_NEW, STRUCT_NEW_DEFAULT, STRUCT_GET, STRUCT_GET_S,
                    STRUCT_GET_U, STRUCT_SET, ARRAY_NEW, ARRAY_NEW_DEFAULT, ARRAY_NEW_FIXED, ARRAY_NEW_DATA,
                    ARRAY_NEW_ELEM, ARRAY_GET, ARRAY_GET_S, ARRAY_GET_U, ARRAY_SET, ARRAY_LEN, ARRAY_FILL, ARRAY_COPY,
                    ARRAY_INIT_DATA, ARRAY_INIT_ELEM -> GcRules.apply(c, s, in);
            default -> operator(s, in);
        }
    }

    /** A plain operator: pop its parameters (the last one is on top), push its results. */
    private static void operator(TypeStack s, Instr in) {
        FuncType t = OperatorTypes.of(in.op);
        if (t == null) {
            throw new IllegalStateException("no typing rule for " + in.op.text);
        }
        s.pop(t.params);
        s.push(t.results);
    }

    private static ValType local(ValType[] locals, int x) {
        if (x < 0 || x >= locals.length) {
            throw ModuleContext.unknown("local", x);
        }
        return locals[x];
    }

    /**
     * Untyped select (spec 3.3.4): both operands of one numeric or vector type (not a reference: the
     * typed form is required for those, so that the result type is known without inference).
     */
    private static void select(TypeStack s) {
        s.pop(ValType.I32);
        ValType t1 = s.pop();
        ValType t2 = s.pop();
        boolean bothNum = (t1 == null || t1.isNum()) && (t2 == null || t2.isNum());
        boolean bothVec = (t1 == null || t1 == ValType.V128) && (t2 == null || t2 == ValType.V128);
        if (!bothNum && !bothVec) {
            throw TypeStack.mismatch("select needs two operands of one numeric or vector type, found " + known(t2) + " and " + known(t1));
        }
        if (t1 != t2 && t1 != null && t2 != null) {
            throw TypeStack.mismatch("select of " + t2 + " and " + t1);
        }
        s.push(t1 == null ? t2 : t1);
    }

    private static String known(ValType t) {
        return t == null ? "any" : t.toString();
    }

    private static void selectTyped(ModuleContext c, TypeStack s, Instr in) {
        if (in.types == null || in.types.length != 1) {
            throw new InvalidException("invalid result arity");
        }
        ValType t = c.resolve(in.types[0]);
        s.pop(ValType.I32);
        s.pop(t);
        s.pop(t);
        s.push(t);
    }

    /** extract_lane [v128] -> [t] and replace_lane [v128 t] -> [v128]; the lane must exist in the shape. */
    private static void lane(TypeStack s, Instr in) {
        String shape = in.op.text.substring(0, in.op.text.indexOf('.'));
        if (in.lane < 0 || in.lane >= OperatorTypes.laneCount(shape)) {
            throw new InvalidException("invalid lane index");
        }
        ValType t = OperatorTypes.laneType(shape);
        if (in.op.text.contains("replace_lane")) {
            s.pop(t);
            s.pop(ValType.V128);
            s.push(ValType.V128);
        } else {
            s.pop(ValType.V128);
            s.push(t);
        }
    }

    /** i8x16.shuffle picks each lane from the 32 lanes of its two operands. */
    private static void shuffle(TypeStack s, Instr in) {
        for (byte lane : in.lanes) {
            if ((lane & 0xFF) >= 32) {
                throw new InvalidException("invalid lane index");
            }
        }
        s.pop(ValType.V128);
        s.pop(ValType.V128);
        s.push(ValType.V128);
    }
}
