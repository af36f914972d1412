package org.wasmscope.runtime.fuzz;

import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.wasmscope.runtime.Exhaustion;
import org.wasmscope.runtime.InternalException;
import org.wasmscope.runtime.InvalidException;
import org.wasmscope.runtime.LinkException;
import org.wasmscope.runtime.MalformedException;
import org.wasmscope.runtime.ThrownException;
import org.wasmscope.runtime.Trap;
import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.embedding.Wasm;
import org.wasmscope.runtime.spectest.SpecTest;
import org.wasmscope.runtime.store.ExternVal;
import org.wasmscope.runtime.store.Linker;
import org.wasmscope.runtime.store.ModuleInst;
import org.wasmscope.runtime.store.ResourceLimits;
import org.wasmscope.runtime.store.Store;
import org.wasmscope.runtime.syntax.ExternKind;
import org.wasmscope.runtime.syntax.ValType;
import org.wasmscope.runtime.valid.ValidModule;

/**
 * How the runtime ended on one input: one of the spec's error classes, a run of every export, or a
 * failure of the runtime itself. Only {@link #INTERNAL} (an {@link InternalException} or any other Java
 * exception) is a bug.
 */
enum Outcome {
    MALFORMED, INVALID, UNLINKABLE, TRAP, EXHAUSTION, EXCEPTION, RAN, INTERNAL;

    /** The limits a fuzzed module runs under: small, so that a mutant cannot take the fuzzer down. */
    static Store store() {
        return new Store(new ResourceLimits(64L << 20, 1_000_000, 64L << 20, 10_000, 1_000_000, Duration.ofSeconds(2)));
    }

    /**
     * Decodes or parses, validates and instantiates {@code bytes} (with the testsuite's spectest host),
     * then invokes every exported function that takes defaultable parameters with zero arguments; the
     * outcome is the last invocation's that did not return.
     */
    static Outcome of(byte[] bytes, Consumer<Throwable> internal) {
        return guarded(internal, () -> {
            ValidModule vm = Wasm.load(bytes);
            Store store = store();
            Linker linker = new Linker();
            if (SpecTest.isImportedBy(vm.module)) {
                linker.register(SpecTest.NAME, SpecTest.exports(store, new PrintStream(OutputStream.nullOutputStream())));
            }
            ModuleInst inst = Wasm.instantiate(store, vm, linker, "fuzzed");
            Outcome last = RAN;
            for (ExternVal e : inst.exports.values()) {
                ValType[] params = e.kind() == ExternKind.FUNC ? e.func().type.params : null;
                if (params != null && Arrays.stream(params).allMatch(t -> !t.isRef() || t.nullable)) {
                    Value[] args = Arrays.stream(params).map(Outcome::zero).toArray(Value[]::new);
                    Outcome o = guarded(internal, () -> {
                        Wasm.invoke(store, e.func(), args);
                        return RAN;
                    });
                    if (o == INTERNAL) {
                        return o;
                    }
                    last = o == RAN ? last : o;
                }
            }
            return last;
        });
    }

    /** The default value of {@code t}: zero, or a null reference. */
    static Value zero(ValType t) {
        return t.isRef() ? Value.ref(t, Value.NULL_REF) : Value.ofSlots(t, 0, 0);
    }

    /**
     * What {@code phase} ended with; {@link #INTERNAL} for anything the spec does not name, which is also
     * given to {@code internal}.
     */
    static Outcome guarded(Consumer<Throwable> internal, Supplier<Outcome> phase) {
        try {
            return phase.get();
        } catch (MalformedException e) {
            return MALFORMED;
        } catch (InvalidException e) {
            return INVALID;
        } catch (LinkException e) {
            return UNLINKABLE;
        } catch (Exhaustion e) {
            return EXHAUSTION;
        } catch (ThrownException e) {
            return EXCEPTION;
        } catch (Trap e) {
            return TRAP;
        } catch (RuntimeException | Error e) {
            internal.accept(e);
            return INTERNAL;
        }
    }
}
