package org.wasmscope.runtime.tests.exec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.wasmscope.runtime.Value.f32;
import static org.wasmscope.runtime.Value.f64;
import static org.wasmscope.runtime.Value.i32;
import static org.wasmscope.runtime.Value.i64;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.wasmscope.runtime.Trap;
import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.embedding.Wasm;
import org.wasmscope.runtime.exec.Code;
import org.wasmscope.runtime.exec.Machine;
import org.wasmscope.runtime.store.FuncInst;
import org.wasmscope.runtime.store.Imports;
import org.wasmscope.runtime.store.ModuleInst;
import org.wasmscope.runtime.store.Store;
import org.wasmscope.runtime.syntax.Instr;
import org.wasmscope.runtime.syntax.Opcode;
import org.wasmscope.runtime.valid.ValidModule;

/**
 * Every superinstruction against its run of plain instructions. For each run that {@code Fusion} fuses, a
 * function in which it fires runs once freely (the fused operation) and once by single steps
 * ({@link Machine#step()} executes each instruction's own operation, never a fused one: the machine then
 * stops before every instruction of the run), from memory that is not zero and with arguments that tell
 * operands and operations apart. Both runs must end alike: the same results, or the same trap at the same
 * instruction with the same operands; the same memory; the same globals. And every fused operation of
 * {@code Op} must have a run here.
 */
class FusionDifferentialTest {
    /**
     * A run of plain instructions that {@code Fusion} fuses into operation {@code op} (an {@code Op} constant's
     * name): {@code body} holds it at its start or after a nop (which fuses with nothing), so that the free
     * run executes the fused operation; it is run once with each argument list.
     */
    private record Pattern(String op, String run, String signature, String body, List<Value[]> arguments) {
    }

    private static final List<Pattern> PATTERNS = new ArrayList<>();

    private static void pattern(String op, String run, String signature, String body, Value[]... arguments) {
        PATTERNS.add(new Pattern(op, run, signature, body, List.of(arguments)));
    }

    private static Value[] args(Value... values) {
        return values;
    }

    /** A binary i32 operation's operands: unequal and far apart, each way round, equal, of both signs. */
    private static final Value[][] I32_PAIRS = {args(i32(0x12345678), i32(-0x2345)), args(i32(-3), i32(5)),
            args(i32(5), i32(-3)), args(i32(7), i32(7))};
    /** As I32_PAIRS, and pairs whose low halves compare otherwise than the whole. */
    private static final Value[][] I64_PAIRS = {args(i64(0x1234_5678_9ABCL), i64(-0x1000_0000_0000L)),
            args(i64(-3), i64(5)), args(i64(5), i64(-3)), args(i64(7), i64(7)), args(i64(0x1_0000_0005L), i64(5)),
            args(i64(5), i64(0x1_0000_0000L))};
    private static final Value[][] F64_PAIRS = {args(f64(1.5), f64(-2.75)), args(f64(-0.1), f64(3.0))};

    static {
        // locals and constants pushed, locals stored
        pattern("LOCAL_GET_LOCAL_GET", "local.get; local.get", "(param i32 i32) (result i32)",
                "local.get 0 local.get 1 i32.sub", I32_PAIRS);
        pattern("LOCAL_GET_I32_CONST", "local.get; i32.const", "(param i32) (result i32)",
                "local.get 0 i32.const 100 i32.sub", args(i32(-7)));
        pattern("LOCAL_SET_LOCAL_GET", "local.set; local.get", "(param i32 i32 i32) (result i32 i32)",
                "local.get 0 nop local.set 1 local.get 2 nop local.get 1", args(i32(5), i32(6), i32(7)));
        pattern("LOCAL_TEE_LOCAL_GET", "local.tee; local.get", "(param i32 i32) (result i32 i32) (local i32)",
                "local.get 0 nop local.tee 2 local.get 1 i32.sub nop local.get 2", args(i32(50), i32(8)));
        pattern("LOCAL_GET_LOCAL_SET", "local.get; local.set", "(param i32 i32) (result i32 i32)",
                "local.get 0 local.set 1 nop local.get 0 nop local.get 1", args(i32(5), i32(9)));
        pattern("I32_ADD_LOCAL_SET", "i32.add; local.set", "(param i32 i32) (result i32) (local i32)",
                "local.get 0 nop local.get 1 nop i32.add local.set 2 nop local.get 2", I32_PAIRS);
        pattern("I32_ADD_LOCAL_TEE", "i32.add; local.tee", "(param i32 i32) (result i32 i32) (local i32)",
                "local.get 0 nop local.get 1 nop i32.add local.tee 2 nop local.get 2", I32_PAIRS);
        pattern("LOCAL_GET_I32_CONST_I32_ADD_LOCAL_SET", "local.get; i32.const; i32.add; local.set",
                "(param i32) (result i32) (local i32)", "local.get 0 i32.const 1000 i32.add local.set 1 nop local.get 1",
                args(i32(-7)), args(i32(0x7FFF_FFFF)));
        pattern("LOCAL_GET_LOCAL_GET_I32_ADD_LOCAL_SET", "local.get; local.get; i32.add; local.set",
                "(param i32 i32) (result i32) (local i32)", "local.get 0 local.get 1 i32.add local.set 2 nop local.get 2",
                args(i32(0x7FFF_FFF0), i32(0x20)), args(i32(-3), i32(5)));

        // a binary operation whose second operand is a local
        for (String op : List.of("i32.add", "i32.sub", "i32.and", "i32.xor", "i32.lt_s", "i32.gt_s")) {
            pattern(constant("LOCAL_GET", op), "local.get; " + op, "(param i32 i32) (result i32)",
                    "local.get 0 nop local.get 1 " + op, I32_PAIRS);
        }
        for (String op : List.of("f64.add", "f64.mul")) {
            pattern(constant("LOCAL_GET", op), "local.get; " + op, "(param f64 f64) (result f64)",
                    "local.get 0 nop local.get 1 " + op, F64_PAIRS);
        }

        // a binary operation whose second operand is a constant
        pattern("I32_CONST_I32_ADD", "i32.const; i32.add", "(param i32) (result i32)",
                "local.get 0 nop i32.const -1000 i32.add", args(i32(0x1234_5678)), args(i32(0x8000_0100)));
        pattern("I32_CONST_I32_AND", "i32.const; i32.and", "(param i32) (result i32)",
                "local.get 0 nop i32.const 0x0ff0 i32.and", args(i32(0x1234_5678)));
        pattern("I32_CONST_I32_SHL", "i32.const; i32.shl", "(param i32) (result i32)",
                "local.get 0 nop i32.const 35 i32.shl", args(i32(0x1234_5678)));
        pattern("I32_CONST_I32_SHR_U", "i32.const; i32.shr_u", "(param i32) (result i32)",
                "local.get 0 nop i32.const 3 i32.shr_u", args(i32(-0x100)));
        pattern("I32_CONST_I32_ROTL", "i32.const; i32.rotl", "(param i32) (result i32)",
                "local.get 0 nop i32.const 13 i32.rotl", args(i32(0x8123_4567)));
        pattern("I32_CONST_I32_NE", "i32.const; i32.ne", "(param i32) (result i32)",
                "local.get 0 nop i32.const 7 i32.ne", args(i32(7)), args(i32(8)));

        // a binary operation of a local and a constant
        pattern("LOCAL_GET_I32_CONST_I32_ADD", "local.get; i32.const; i32.add", "(param i32) (result i32)",
                "local.get 0 i32.const -5 i32.add", args(i32(0x1234_5678)), args(i32(0x8000_0002)));
        pattern("LOCAL_GET_I32_CONST_I32_AND", "local.get; i32.const; i32.and", "(param i32) (result i32)",
                "local.get 0 i32.const 0x0ff0 i32.and", args(i32(0x1234_5678)));
        pattern("LOCAL_GET_I32_CONST_I32_SHR_U", "local.get; i32.const; i32.shr_u", "(param i32) (result i32)",
                "local.get 0 i32.const 3 i32.shr_u", args(i32(-0x100)));
        pattern("LOCAL_GET_I32_CONST_I32_ROTL", "local.get; i32.const; i32.rotl", "(param i32) (result i32)",
                "local.get 0 i32.const 7 i32.rotl", args(i32(0x8123_4567)));
        pattern("LOCAL_GET_I32_CONST_I32_ROTL_I32_XOR", "local.get; i32.const; i32.rotl; i32.xor",
                "(param i32 i32) (result i32)", "local.get 1 nop local.get 0 i32.const 7 i32.rotl i32.xor",
                args(i32(0x8123_4567), i32(0x0F0F_0F0F)));

        // a binary operation of two locals
        for (String op : List.of("i32.add", "i32.and", "i32.xor", "i32.lt_s", "i32.gt_s")) {
            pattern(constant("LOCAL_GET_LOCAL_GET", op), "local.get; local.get; " + op, "(param i32 i32) (result i32)",
                    "local.get 0 local.get 1 " + op, I32_PAIRS);
        }
        pattern("LOCAL_GET_LOCAL_GET_I64_ADD", "local.get; local.get; i64.add", "(param i64 i64) (result i64)",
                "local.get 0 local.get 1 i64.add", I64_PAIRS);
        for (String op : List.of("f64.mul", "f64.sub")) {
            pattern(constant("LOCAL_GET_LOCAL_GET", op), "local.get; local.get; " + op, "(param f64 f64) (result f64)",
                    "local.get 0 local.get 1 " + op, F64_PAIRS);
        }

        // two operations on the operand stack
        pattern("I32_ROTL_I32_XOR", "i32.rotl; i32.xor", "(param i32 i32 i32) (result i32)",
                "local.get 0 nop local.get 1 nop local.get 2 nop i32.rotl i32.xor",
                args(i32(0x0F0F_0F0F), i32(0x8123_4567), i32(7)), args(i32(0x0F0F_0F0F), i32(0x8123_4567), i32(33)));
        pattern("F64_MUL_F64_SUB", "f64.mul; f64.sub", "(param f64 f64 f64) (result f64)",
                "local.get 0 nop local.get 1 nop local.get 2 nop f64.mul f64.sub",
                args(f64(10.5), f64(1.25), f64(-3)), args(f64(1), f64(0.1), f64(3)));
        pattern("LOCAL_TEE_LOCAL_GET_F64_MUL", "local.tee; local.get; f64.mul",
                "(param f64 f64) (result f64 f64) (local f64)", "local.get 0 nop local.tee 2 local.get 1 f64.mul nop local.get 2",
                F64_PAIRS);

        // with a load or a store; an address out of bounds traps
        for (String load : List.of("i32.load", "f32.load")) {
            String type = load.substring(0, 3);
            pattern("LOCAL_GET_LOAD32", "local.get; " + load, "(param i32) (result " + type + ")",
                    "local.get 0 " + load + " offset=4", args(i32(16)), args(i32(65534)), args(i32(-1)));
            pattern("I32_CONST_I32_ADD_LOAD32", "i32.const; i32.add; " + load, "(param i32) (result " + type + ")",
                    "local.get 0 nop i32.const 12 i32.add " + load + " offset=2", args(i32(20)), args(i32(65524)),
                    args(i32(-12)));
        }
        for (String load : List.of("i64.load", "f64.load")) {
            String type = load.substring(0, 3);
            pattern("LOCAL_GET_LOAD64", "local.get; " + load, "(param i32) (result " + type + ")",
                    "local.get 0 " + load + " offset=8", args(i32(24)), args(i32(65530)));
            pattern("I32_CONST_I32_ADD_LOAD64", "i32.const; i32.add; " + load, "(param i32) (result " + type + ")",
                    "local.get 0 nop i32.const 24 i32.add " + load + " offset=8", args(i32(8)), args(i32(65510)),
                    args(i32(-24)));
            pattern("LOCAL_GET_I32_CONST_I32_ADD_LOAD64", "local.get; i32.const; i32.add; " + load,
                    "(param i32) (result " + type + ")", "local.get 0 i32.const 24 i32.add " + load + " offset=8",
                    args(i32(8)), args(i32(65510)), args(i32(-24)));
        }
        for (String op : List.of("f64.add", "f64.mul")) {
            pattern(constant("LOCAL_GET_F64_LOAD", op), "local.get; f64.load; " + op, "(param f64 i32) (result f64)",
                    "local.get 0 nop local.get 1 f64.load offset=8 " + op, args(f64(1.5), i32(16)),
                    args(f64(1.5), i32(65530)));
        }
        for (String op : List.of("f64.add", "f64.sub")) {
            pattern(constant("F64_LOAD", op), "f64.load; " + op, "(param f64 i32) (result f64)",
                    "local.get 0 nop local.get 1 nop f64.load offset=8 " + op, args(f64(1.5), i32(16)),
                    args(f64(1.5), i32(65530)));
            pattern(constant(op, "f64.store"), op + "; f64.store", "(param i32 f64 f64)",
                    "local.get 0 nop local.get 1 nop local.get 2 nop " + op + " f64.store offset=8",
                    args(i32(16), f64(1.5), f64(2.25)), args(i32(65530), f64(1.5), f64(2.25)));
        }

        // a comparison, then a br_if that moves no values: a fall through sets the global
        for (String op : List.of("i32.eq", "i32.ne", "i32.lt_s", "i32.gt_s", "i32.le_s", "i32.ge_s", "i32.lt_u",
                "i32.gt_u")) {
            pattern(constant(op, "br_if"), op + "; br_if", "(param i32 i32) (result i32)",
                    branchOn("local.get 0 nop local.get 1 nop " + op), I32_PAIRS);
        }
        for (String op : List.of("i64.eq", "i64.ne", "i64.lt_s", "i64.gt_s", "i64.le_s", "i64.ge_s")) {
            pattern(constant(op, "br_if"), op + "; br_if", "(param i64 i64) (result i32)",
                    branchOn("local.get 0 nop local.get 1 nop " + op), I64_PAIRS);
        }
        pattern("I32_EQZ_BR_IF", "i32.eqz; br_if", "(param i32) (result i32)", branchOn("local.get 0 nop i32.eqz"),
                args(i32(0)), args(i32(5)));
        pattern("I32_CONST_I32_NE_BR_IF", "i32.const; i32.ne; br_if", "(param i32) (result i32)",
                branchOn("local.get 0 nop i32.const 7 i32.ne"), args(i32(7)), args(i32(8)), args(i32(-7)));
    }

    /** The {@code Op} constant's name for a run named by the text format's instructions, as Op names them. */
    private static String constant(String... instructions) {
        return String.join("_", instructions).replace('.', '_').toUpperCase();
    }

    /** {@code condition}, then a br_if out of a block; falling through sets the global, which is the result. */
    private static String branchOn(String condition) {
        return "block " + condition + " br_if 0 i32.const 1 global.set $fellThrough end global.get $fellThrough";
    }

    /**
     * The memory's initial bytes: the doubles pi * (k + 1), of alternating sign, at 8 * k (k below 32), so that
     * each load reads a value of its own that is not zero.
     */
    private static final String DATA;

    static {
        ByteBuffer data = ByteBuffer.allocate(256).order(ByteOrder.LITTLE_ENDIAN);
        for (int k = 0; k < 32; k++) {
            data.putDouble(Math.PI * (k + 1) * (k % 2 == 0 ? 1 : -1));
        }
        StringBuilder escaped = new StringBuilder();
        for (byte b : data.array()) {
            escaped.append(String.format("\\%02x", b & 0xFF));
        }
        DATA = escaped.toString();
    }

    /** The module of a pattern: a memory holding DATA, a global, and the function. */
    private static String module(Pattern p) {
        return "(module (memory 1) (global $fellThrough (mut i32) (i32.const 0)) (data (i32.const 0) \"" + DATA
                + "\") (func (export \"run\") " + p.signature + " " + p.body + "))";
    }

    @TestFactory
    Stream<DynamicTest> eachFusedRunEndsAsItsInstructionsStepByStep() {
        return PATTERNS.stream().map(p -> DynamicTest.dynamicTest(p.op + ": " + p.run, () -> check(p)));
    }

    private static void check(Pattern p) throws Exception {
        ValidModule module = Wasm.load(module(p).getBytes(StandardCharsets.UTF_8));
        for (Value[] arguments : p.arguments) {
            String label = p.run + " with " + Arrays.toString(arguments);
            Run fused = new Run(module, arguments);
            int start = fusedRunStart(p, fused.func);
            String fusedEnd = fused.freely();
            Run stepped = new Run(module, arguments);
            Set<Integer> stops = new HashSet<>();
            String steppedEnd = stepped.stepByStep(stops);
            if (stepped.machine.isDone()) {
                assertTrue(stops.contains(start + 1), label + ": the steps did not stop inside the run");
            }
            assertEquals(steppedEnd, fusedEnd, label);
            assertArrayEquals(stepped.inst.memories[0].bytes(), fused.inst.memories[0].bytes(), label + ": memory");
            assertArrayEquals(stepped.globals(), fused.globals(), label + ": globals");
        }
    }

    /** An instance of a pattern's module of its own, and a machine that has started its function. */
    private static final class Run {
        final ModuleInst inst;
        final FuncInst func;
        final Machine machine;

        Run(ValidModule module, Value[] arguments) throws Exception {
            Store store = new Store();
            inst = Wasm.instantiate(store, module, Imports.NONE, null);
            func = Wasm.exportedFunc(inst, "run");
            machine = new Machine(store);
            machine.start(func, arguments);
        }

        /** Runs to the end as the code runs freely, fused: how it ended. */
        String freely() {
            try {
                assertEquals(Machine.Status.DONE, machine.run());
                return "results " + Arrays.toString(machine.results());
            } catch (Trap t) {
                return trapped(t);
            }
        }

        /** Runs to the end by single steps, adding each instruction it stops before to {@code stops}: how it ended. */
        String stepByStep(Set<Integer> stops) {
            try {
                do {
                    stops.add(machine.frameInstr(0));
                } while (machine.step() != Machine.Status.DONE);
                return "results " + Arrays.toString(machine.results());
            } catch (Trap t) {
                return trapped(t);
            }
        }

        private String trapped(Trap t) {
            return "trap \"" + t.getMessage() + "\" at instruction " + machine.frameInstr(0) + " with slots "
                    + Arrays.toString(machine.frameSlots(0));
        }

        long[] globals() {
            return Arrays.stream(inst.globals).mapToLong(g -> g.value).toArray();
        }
    }

    /**
     * The instruction where the run {@code p} is fused in {@code f}'s code: it must start the body or follow a
     * nop, so that a free run reaches it, not a fused run that covers it.
     */
    private static int fusedRunStart(Pattern p, FuncInst f) throws ReflectiveOperationException {
        int op = opConstant(p.op);
        Code code = Code.of(f);
        Field codeArray = Code.class.getDeclaredField("code");
        codeArray.setAccessible(true);
        int[] ops = (int[]) codeArray.get(code);
        Instr[] body = f.func.body;
        for (int i = 0; i < body.length; i++) {
            if (ops[code.pcOf(i)] == op) {
                if (i > 0) {
                    assertEquals(Opcode.NOP, body[i - 1].op, p.run + " must start the body or follow a nop");
                }
                return i;
            }
        }
        return fail(p.run + " is not fused into " + p.op + " in: " + p.body);
    }

    @Test
    void everyFusedOperationHasARunHere() throws ReflectiveOperationException {
        // Op's fused operations run from the first of them up to the machine's own codes
        int first = opConstant("LOCAL_GET_LOCAL_GET");
        int end = opConstant("STOP");
        Set<String> fused = new TreeSet<>();
        for (Field f : Class.forName("org.wasmscope.runtime.exec.Op").getDeclaredFields()) {
            if (f.getType() == int.class && Modifier.isStatic(f.getModifiers())) {
                f.setAccessible(true);
                int value = f.getInt(null);
                if (value >= first && value < end) {
                    fused.add(f.getName());
                }
            }
        }
        Set<String> tested = new TreeSet<>();
        PATTERNS.forEach(p -> tested.add(p.op));
        Set<String> untested = new TreeSet<>(fused);
        untested.removeAll(tested);
        assertEquals(Set.of(), untested, "fused operations without a run in PATTERNS");
        Set<String> notFused = new TreeSet<>(tested);
        notFused.removeAll(fused);
        assertEquals(Set.of(), notFused, "PATTERNS names operations that are not fused ones");
    }

    private static int opConstant(String name) throws ReflectiveOperationException {
        Field f = Class.forName("org.wasmscope.runtime.exec.Op").getDeclaredField(name);
        f.setAccessible(true);
        return f.getInt(null);
    }
}
