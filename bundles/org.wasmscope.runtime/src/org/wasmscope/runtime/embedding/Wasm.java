package org.wasmscope.runtime.embedding;

import java.util.function.Supplier;

import org.wasmscope.runtime.Exhaustion;
import org.wasmscope.runtime.InternalException;
import org.wasmscope.runtime.InvalidException;
import org.wasmscope.runtime.LinkException;
import org.wasmscope.runtime.MalformedException;
import org.wasmscope.runtime.Trap;
import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.WasmException;
import org.wasmscope.runtime.binary.Decoder;
import org.wasmscope.runtime.exec.Instantiator;
import org.wasmscope.runtime.exec.Interpreter;
import org.wasmscope.runtime.store.ExternVal;
import org.wasmscope.runtime.store.FuncInst;
import org.wasmscope.runtime.store.Imports;
import org.wasmscope.runtime.store.ModuleInst;
import org.wasmscope.runtime.store.Store;
import org.wasmscope.runtime.syntax.ExternKind;
import org.wasmscope.runtime.syntax.Module;
import org.wasmscope.runtime.text.TextParser;
import org.wasmscope.runtime.valid.ValidModule;
import org.wasmscope.runtime.valid.Validator;

/**
 * The runtime's public entry points, in the order the specification's embedding interface uses them
 * (spec appendix A.1): decode or parse a module, validate it, instantiate it, invoke its exports.
 */
public final class Wasm {
    private Wasm() {
    }

    /**
     * Whether {@code bytes} are a module in the binary format rather than the text format, told by content:
     * text is what {@link TextParser#isText} accepts (UTF-8 that, after white space and comments, begins
     * with a parenthesis or is empty); anything else is taken for binary, so that bytes of neither format
     * are reported as a binary module ("magic header not detected" at offset 0).
     */
    public static boolean isBinary(byte[] bytes) {
        boolean magic = bytes.length >= 4 && bytes[0] == 0 && bytes[1] == 'a' && bytes[2] == 's' && bytes[3] == 'm';
        return magic || !TextParser.isText(bytes);
    }

    /** module_decode or module_parse, whichever format {@link #isBinary} tells. */
    public static Module parse(byte[] bytes) throws MalformedException {
        return guarded(() -> isBinary(bytes) ? Decoder.decode(bytes) : TextParser.parseModule(bytes));
    }

    /** module_validate. */
    public static ValidModule validate(Module module) throws InvalidException {
        return guarded(() -> Validator.validate(module));
    }

    /**
     * Runs one phase that calls no host function so that no Java exception escapes it: the spec's errors go
     * on, anything else is the runtime's failure, an {@link InternalException}; running out of the JVM's
     * stack or heap is an {@link Exhaustion}.
     */
    private static <T> T guarded(Supplier<T> phase) {
        try {
            return phase.get();
        } catch (WasmException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new InternalException(e);
        } catch (StackOverflowError e) {
            throw new Exhaustion("call stack exhausted");
        } catch (OutOfMemoryError e) {
            throw new Exhaustion("out of memory");
        }
    }

    /** Parse and validate. */
    public static ValidModule load(byte[] bytes) throws MalformedException, InvalidException {
        return validate(parse(bytes));
    }

    /** module_instantiate: allocation, then the segments' initialization and the start function. */
    public static ModuleInst instantiate(Store store, ValidModule module, Imports imports, String name)
            throws LinkException, Trap {
        ModuleInst inst = allocate(store, module, imports, name);
        FuncInst init = initialization(inst);
        if (init != null) { // the interpreter turns its own failures into errors, and passes on the host's
            Interpreter.invoke(store, init);
        }
        return inst;
    }

    /**
     * module_instantiate up to the code it executes: the instance allocated, nothing executed yet; for a
     * caller that invokes {@link #initialization} itself (on a session it can pause or step), as
     * instantiation would.
     */
    public static ModuleInst allocate(Store store, ValidModule module, Imports imports, String name)
            throws LinkException {
        return guarded(() -> Instantiator.allocate(store, module, imports, name));
    }

    /**
     * The code instantiation executes after allocating {@code inst} (segment initialization, then the start
     * function) as a function to invoke, or null if there is none; see {@link Instantiator#initialization}.
     */
    public static FuncInst initialization(ModuleInst inst) {
        return guarded(() -> Instantiator.initialization(inst));
    }

    /** The function {@code inst} exports as {@code name}. */
    public static FuncInst exportedFunc(ModuleInst inst, String name) {
        ExternVal ev = inst.export(name);
        if (ev == null) {
            throw new IllegalArgumentException("unknown export \"" + name + "\"");
        }
        if (ev.kind() != ExternKind.FUNC) {
            throw new IllegalArgumentException("export \"" + name + "\" is a " + ev.kind() + ", not a func");
        }
        return ev.func();
    }

    /**
     * func_invoke of the exported function {@code name}.
     *
     * @throws IllegalArgumentException if there is no such function or the arguments do not match its type
     */
    public static Value[] invoke(Store store, ModuleInst inst, String name, Value... args) throws Trap {
        return invoke(store, exportedFunc(inst, name), args);
    }

    /**
     * func_invoke.
     *
     * @throws IllegalArgumentException if the arguments do not match the function's type
     */
    public static Value[] invoke(Store store, FuncInst f, Value... args) throws Trap {
        return Interpreter.invoke(store, f, args);
    }
}
