package org.wasmscope.tests.support;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.wasmscope.runtime.InvalidException;
import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.embedding.Wasm;
import org.wasmscope.runtime.exec.Interpreter;
import org.wasmscope.runtime.store.FuncInst;
import org.wasmscope.runtime.store.Imports;
import org.wasmscope.runtime.store.ModuleInst;
import org.wasmscope.runtime.store.Store;
import org.wasmscope.runtime.syntax.BlockType;
import org.wasmscope.runtime.syntax.Export;
import org.wasmscope.runtime.syntax.ExternKind;
import org.wasmscope.runtime.syntax.Func;
import org.wasmscope.runtime.syntax.FuncType;
import org.wasmscope.runtime.syntax.Instr;
import org.wasmscope.runtime.syntax.Limits;
import org.wasmscope.runtime.syntax.MemType;
import org.wasmscope.runtime.syntax.Module;
import org.wasmscope.runtime.syntax.Opcode;
import org.wasmscope.runtime.syntax.Table;
import org.wasmscope.runtime.syntax.TableType;
import org.wasmscope.runtime.syntax.ValType;
import org.wasmscope.runtime.valid.ValidModule;

/**
 * Builds small modules by hand from the abstract syntax, so that validation and interpreter tests need
 * nothing of the decoder or the text parser; then checks that the module validates or fails to, or
 * instantiates it in a store of its own and invokes its exports. Static factories write instructions
 * ({@code op}, {@code i32}, {@code block}, ...); the instance adds types, functions, memories and tables,
 * and anything else goes straight into {@link #module}.
 */
public final class ModuleBuilder {
    public static final ValType I32 = ValType.I32, I64 = ValType.I64, F32 = ValType.F32, F64 = ValType.F64,
            V128 = ValType.V128, FUNCREF = ValType.FUNCREF, EXTERNREF = ValType.EXTERNREF;

    public final Module module = new Module();
    public final Store store = new Store();
    /** The instance, once {@link #instantiate()}d (or set by a test that links imports itself). */
    public ModuleInst inst;

    // ---- instructions ----

    public static Instr op(Opcode o) {
        return new Instr(o);
    }

    public static Instr op(Opcode o, int x) {
        return Instr.of(o, x);
    }

    public static Instr op(Opcode o, int x, int y) {
        Instr i = Instr.of(o, x);
        i.y = y;
        return i;
    }

    public static Instr i32(int v) {
        return Instr.constant(Opcode.I32_CONST, v);
    }

    public static Instr i64(long v) {
        return Instr.constant(Opcode.I64_CONST, v);
    }

    public static Instr f32(float v) {
        return Instr.constant(Opcode.F32_CONST, Float.floatToRawIntBits(v));
    }

    /** An f32 constant given by its bits (a NaN with a payload). */
    public static Instr f32Bits(int bits) {
        return Instr.constant(Opcode.F32_CONST, bits);
    }

    public static Instr f64(double v) {
        return Instr.constant(Opcode.F64_CONST, Double.doubleToRawLongBits(v));
    }

    /** A v128 constant of zeros. */
    public static Instr v128() {
        return v128(0, 0);
    }

    public static Instr v128(long lo, long hi) {
        Instr i = new Instr(Opcode.V128_CONST);
        i.imm = lo;
        i.imm2 = hi;
        return i;
    }

    public static Instr get(int local) {
        return Instr.of(Opcode.LOCAL_GET, local);
    }

    public static Instr set(int local) {
        return Instr.of(Opcode.LOCAL_SET, local);
    }

    public static Instr block(Opcode o, BlockType t) {
        Instr i = new Instr(o);
        i.blockType = t;
        return i;
    }

    public static Instr block(Opcode o) {
        return block(o, BlockType.EMPTY);
    }

    public static Instr block(Opcode o, ValType result) {
        return block(o, BlockType.of(result));
    }

    public static Instr end() {
        return new Instr(Opcode.END);
    }

    public static Instr brTable(int... labels) {
        Instr i = new Instr(Opcode.BR_TABLE);
        i.labels = labels;
        return i;
    }

    public static Instr selectT(ValType... types) {
        Instr i = new Instr(Opcode.SELECT_T);
        i.types = types;
        return i;
    }

    public static Instr refNull(ValType t) {
        Instr i = new Instr(Opcode.REF_NULL);
        i.types = new ValType[] {t};
        return i;
    }

    /** A memory access of memory 0 with its natural alignment at offset 0. */
    public static Instr mem(Opcode o) {
        return memAt(o, 0);
    }

    /** A memory access of memory 0 with its natural alignment at {@code offset}. */
    public static Instr memAt(Opcode o, long offset) {
        Instr i = new Instr(o);
        i.imm = offset;
        i.x = Integer.numberOfTrailingZeros(o.accessBytes);
        return i;
    }

    /** A memory access of memory 0 at offset 0 with alignment exponent {@code align} (which validation checks). */
    public static Instr memAligned(Opcode o, int align) {
        return op(o, align, 0);
    }

    public static Instr lane(Opcode o, int lane) {
        Instr i = new Instr(o);
        i.lane = lane;
        return i;
    }

    public static Instr memLane(Opcode o, int align, int lane) {
        Instr i = memAligned(o, align);
        i.lane = lane;
        return i;
    }

    /** A constant expression: the instructions and the final end. */
    public static Instr[] expr(Instr... is) {
        Instr[] withEnd = Arrays.copyOf(is, is.length + 1);
        withEnd[is.length] = end();
        return withEnd;
    }

    // ---- module parts ----

    public static ValType[] types(ValType... ts) {
        return ts;
    }

    public static FuncType funcType(ValType[] params, ValType... results) {
        return new FuncType(params, results);
    }

    /** The index of type [params] -> [results], added unless the module has it already. */
    public int type(ValType[] params, ValType... results) {
        FuncType t = new FuncType(params, results);
        for (int i = 0; i < module.types.size(); i++) {
            if (t.equals(module.funcTypeAt(i))) {
                return i;
            }
        }
        return module.addFuncType(t);
    }

    /** Adds a function of type {@code type} with the given body (its final end is added); returns its index. */
    public int func(int type, ValType[] locals, Instr... body) {
        module.funcs.add(new Func(type, locals, expr(body), -1));
        return module.funcCount() - 1;
    }

    /** Adds a function [params] -> [results], exported as {@code export} unless that is null; returns its index. */
    public int func(String export, ValType[] params, ValType[] results, ValType[] locals, Instr... body) {
        int index = func(type(params, results), locals, body);
        if (export != null) {
            module.exports.add(new Export(export, ExternKind.FUNC, index));
        }
        return index;
    }

    public int func(String export, ValType[] params, ValType[] results, Instr... body) {
        return func(export, params, results, new ValType[0], body);
    }

    /** Adds a function [params] -> [results] without locals and not exported; returns its index. */
    public int func(ValType[] params, ValType[] results, Instr... body) {
        return func(null, params, results, new ValType[0], body);
    }

    /** A module of one function [params] -> [results], not exported. */
    public static ModuleBuilder ofFunc(ValType[] params, ValType[] results, Instr... body) {
        ModuleBuilder b = new ModuleBuilder();
        b.func(params, results, body);
        return b;
    }

    public void memory(long min, long max) {
        module.memories.add(new MemType(new Limits(min, max)));
    }

    public void table(long min, long max, ValType t) {
        module.tables.add(Table.of(new TableType(new Limits(min, max), t)));
    }

    // ---- validation ----

    public ValidModule valid() {
        return Wasm.validate(module);
    }

    /** Validation fails with a message starting with {@code prefix}; returns the error. */
    public InvalidException invalid(String prefix) {
        InvalidException e = assertThrows(InvalidException.class, () -> Wasm.validate(module));
        assertTrue(e.getMessage().startsWith(prefix), "expected \"" + prefix + "\" but got \"" + e.getMessage() + "\"");
        return e;
    }

    /** A one-function module [params] -> [results] validates. */
    public static ValidModule validFunc(ValType[] params, ValType[] results, Instr... body) {
        return ofFunc(params, results, body).valid();
    }

    /** A one-function module [params] -> [results] fails to validate with a message starting with {@code prefix}. */
    public static InvalidException invalidFunc(String prefix, ValType[] params, ValType[] results, Instr... body) {
        return ofFunc(params, results, body).invalid(prefix);
    }

    // ---- execution ----

    /** Validates and instantiates the module (once), without imports. */
    public ModuleBuilder instantiate() {
        if (inst == null) {
            inst = Wasm.instantiate(store, valid(), Imports.NONE, "test");
        }
        return this;
    }

    public FuncInst export(String name) {
        instantiate();
        return inst.export(name).func();
    }

    public Value[] invoke(String name, Value... args) {
        return Interpreter.invoke(store, export(name), args);
    }

    /** Invokes {@code name}, which must return exactly one value. */
    public Value call(String name, Value... args) {
        Value[] r = invoke(name, args);
        if (r.length != 1) {
            throw new AssertionError("expected one result, got " + Arrays.toString(r));
        }
        return r[0];
    }
}
