package org.wasmscope.runtime.tests.valid;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.wasmscope.runtime.InvalidException;
import org.wasmscope.runtime.syntax.BlockType;
import org.wasmscope.runtime.syntax.Func;
import org.wasmscope.runtime.syntax.FuncType;
import org.wasmscope.runtime.syntax.Instr;
import org.wasmscope.runtime.syntax.Module;
import org.wasmscope.runtime.syntax.Opcode;
import org.wasmscope.runtime.syntax.ValType;
import org.wasmscope.runtime.valid.ValidModule;
import org.wasmscope.runtime.valid.Validator;

/** Builds modules from abstract syntax for the validation tests, and checks their outcome. */
final class Mod {
    static final ValType I32 = ValType.I32;
    static final ValType I64 = ValType.I64;
    static final ValType F32 = ValType.F32;
    static final ValType F64 = ValType.F64;
    static final ValType V128 = ValType.V128;
    static final ValType FUNCREF = ValType.FUNCREF;
    static final ValType EXTERNREF = ValType.EXTERNREF;

    final Module m = new Module();

    static ValType[] t(ValType... ts) {
        return ts;
    }

    static FuncType ft(ValType[] params, ValType... results) {
        return new FuncType(params, results);
    }

    /** Adds a type and returns its index. */
    int type(ValType[] params, ValType... results) {
        m.types.add(new FuncType(params, results));
        return m.types.size() - 1;
    }

    /** Adds a function of a new type [params] -> [results] with no locals; the final end is added. */
    Mod func(ValType[] params, ValType[] results, Instr... body) {
        return func(type(params, results), new ValType[0], body);
    }

    Mod func(int typeIndex, ValType[] locals, Instr... body) {
        Instr[] b = Arrays.copyOf(body, body.length + 1);
        b[body.length] = op(Opcode.END);
        m.funcs.add(new Func(typeIndex, locals, b, -1));
        return this;
    }

    static Instr op(Opcode o) {
        return new Instr(o);
    }

    static Instr op(Opcode o, int x) {
        return Instr.of(o, x);
    }

    static Instr op(Opcode o, int x, int y) {
        Instr i = Instr.of(o, x);
        i.y = y;
        return i;
    }

    static Instr i32(int v) {
        return Instr.constant(Opcode.I32_CONST, v);
    }

    static Instr i64(long v) {
        return Instr.constant(Opcode.I64_CONST, v);
    }

    static Instr f32(float v) {
        return Instr.constant(Opcode.F32_CONST, Float.floatToRawIntBits(v));
    }

    static Instr f64(double v) {
        return Instr.constant(Opcode.F64_CONST, Double.doubleToRawLongBits(v));
    }

    static Instr v128() {
        return new Instr(Opcode.V128_CONST);
    }

    static Instr block(Opcode o, BlockType bt) {
        Instr i = new Instr(o);
        i.blockType = bt;
        return i;
    }

    static Instr block(Opcode o) {
        return block(o, BlockType.EMPTY);
    }

    static Instr block(Opcode o, ValType result) {
        return block(o, BlockType.of(result));
    }

    static Instr end() {
        return op(Opcode.END);
    }

    /** A memory access with alignment exponent {@code align}, memory 0, offset 0. */
    static Instr mem(Opcode o, int align) {
        return op(o, align, 0);
    }

    static Instr lane(Opcode o, int lane) {
        Instr i = new Instr(o);
        i.lane = lane;
        return i;
    }

    static Instr memLane(Opcode o, int align, int lane) {
        Instr i = mem(o, align);
        i.lane = lane;
        return i;
    }

    static Instr brTable(int... labels) {
        Instr i = new Instr(Opcode.BR_TABLE);
        i.labels = labels;
        return i;
    }

    static Instr selectT(ValType... types) {
        Instr i = new Instr(Opcode.SELECT_T);
        i.types = types;
        return i;
    }

    static Instr refNull(ValType t) {
        Instr i = new Instr(Opcode.REF_NULL);
        i.types = new ValType[] {t};
        return i;
    }

    /** A constant expression: the instructions and the final end. */
    static Instr[] expr(Instr... is) {
        Instr[] b = Arrays.copyOf(is, is.length + 1);
        b[is.length] = end();
        return b;
    }

    ValidModule valid() {
        return Validator.validate(m);
    }

    /** Validation fails with a message starting with {@code prefix}; returns the error. */
    InvalidException invalid(String prefix) {
        InvalidException e = assertThrows(InvalidException.class, () -> Validator.validate(m));
        assertTrue(e.getMessage().startsWith(prefix), "expected \"" + prefix + "\" but got \"" + e.getMessage() + "\"");
        return e;
    }

    /** A one-function module [params] -> [results]: does it validate? */
    static ValidModule validFunc(ValType[] params, ValType[] results, Instr... body) {
        return new Mod().func(params, results, body).valid();
    }

    static InvalidException invalidFunc(String prefix, ValType[] params, ValType[] results, Instr... body) {
        return new Mod().func(params, results, body).invalid(prefix);
    }
}
