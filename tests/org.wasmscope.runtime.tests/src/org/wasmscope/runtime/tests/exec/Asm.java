package org.wasmscope.runtime.tests.exec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.exec.Interpreter;
import org.wasmscope.runtime.store.FuncInst;
import org.wasmscope.runtime.store.Imports;
import org.wasmscope.runtime.store.Instantiator;
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
import org.wasmscope.runtime.syntax.TableType;
import org.wasmscope.runtime.syntax.ValType;
import org.wasmscope.runtime.valid.Validator;

/**
 * Builds small modules by hand from the abstract syntax, validates and instantiates them, and invokes
 * their exports: the interpreter's tests need nothing of the decoder or the text parser.
 */
final class Asm {
    static final ValType I32 = ValType.I32, I64 = ValType.I64, F32 = ValType.F32, F64 = ValType.F64,
            V128 = ValType.V128, FUNCREF = ValType.FUNCREF, EXTERNREF = ValType.EXTERNREF;

    final Module module = new Module();
    final Store store = new Store();
    ModuleInst inst;

    // ---- instructions ----

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

    static Instr f32Bits(int bits) {
        return Instr.constant(Opcode.F32_CONST, bits);
    }

    static Instr f64(double v) {
        return Instr.constant(Opcode.F64_CONST, Double.doubleToRawLongBits(v));
    }

    static Instr get(int local) {
        return Instr.of(Opcode.LOCAL_GET, local);
    }

    static Instr set(int local) {
        return Instr.of(Opcode.LOCAL_SET, local);
    }

    static Instr block(Opcode o, BlockType t) {
        Instr i = new Instr(o);
        i.blockType = t;
        return i;
    }

    static Instr block(Opcode o) {
        return block(o, BlockType.EMPTY);
    }

    static Instr block(Opcode o, ValType result) {
        return block(o, BlockType.of(result));
    }

    static Instr brTable(int... labels) {
        Instr i = new Instr(Opcode.BR_TABLE);
        i.labels = labels;
        return i;
    }

    static Instr mem(Opcode o, long offset) {
        Instr i = new Instr(o);
        i.imm = offset;
        i.x = Integer.numberOfTrailingZeros(o.accessBytes);
        return i;
    }

    static Instr refNull(ValType t) {
        Instr i = new Instr(Opcode.REF_NULL);
        i.types = new ValType[] {t};
        return i;
    }

    static Instr v128(long lo, long hi) {
        Instr i = new Instr(Opcode.V128_CONST);
        i.imm = lo;
        i.imm2 = hi;
        return i;
    }

    static Instr end() {
        return new Instr(Opcode.END);
    }

    // ---- module parts ----

    static ValType[] types(ValType... ts) {
        return ts;
    }

    int type(ValType[] params, ValType[] results) {
        FuncType t = new FuncType(params, results);
        int i = module.types.indexOf(t);
        if (i < 0) {
            module.types.add(t);
            i = module.types.size() - 1;
        }
        return i;
    }

    /** Adds a function with the given body (an end is appended) and exports it if {@code name} is not null. */
    int func(String name, ValType[] params, ValType[] results, ValType[] locals, Instr... body) {
        Instr[] withEnd = Arrays.copyOf(body, body.length + 1);
        withEnd[body.length] = new Instr(Opcode.END);
        module.funcs.add(new Func(type(params, results), locals, withEnd, -1));
        int index = module.funcCount() - 1;
        if (name != null) {
            module.exports.add(new Export(name, ExternKind.FUNC, index));
        }
        return index;
    }

    int func(String name, ValType[] params, ValType[] results, Instr... body) {
        return func(name, params, results, new ValType[0], body);
    }

    void memory(long min, long max) {
        module.memories.add(new MemType(new Limits(min, max)));
    }

    void table(long min, long max, ValType t) {
        module.tables.add(new TableType(new Limits(min, max), t));
    }

    /** Validates and instantiates the module (once). */
    Asm instantiate() {
        if (inst == null) {
            inst = Instantiator.instantiate(store, Validator.validate(module), Imports.NONE, "test");
        }
        return this;
    }

    FuncInst export(String name) {
        instantiate();
        return inst.export(name).func();
    }

    Value[] invoke(String name, Value... args) {
        return Interpreter.invoke(store, export(name), args);
    }

    Value call(String name, Value... args) {
        Value[] r = invoke(name, args);
        if (r.length != 1) {
            throw new AssertionError("expected one result, got " + Arrays.toString(r));
        }
        return r[0];
    }

    static List<Instr> list(Instr... is) {
        return new ArrayList<>(Arrays.asList(is));
    }
}
