package org.wasmscope.runtime.script;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.wasmscope.runtime.Exhaustion;
import org.wasmscope.runtime.ThrownException;
import org.wasmscope.runtime.InvalidException;
import org.wasmscope.runtime.LinkException;
import org.wasmscope.runtime.MalformedException;
import org.wasmscope.runtime.Trap;
import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.WasmException;
import org.wasmscope.runtime.binary.Decoder;
import org.wasmscope.runtime.exec.Instantiator;
import org.wasmscope.runtime.exec.Machine;
import org.wasmscope.runtime.spectest.SpecTest;
import org.wasmscope.runtime.store.ExternVal;
import org.wasmscope.runtime.store.FuncInst;
import org.wasmscope.runtime.store.Linker;
import org.wasmscope.runtime.store.ModuleInst;
import org.wasmscope.runtime.store.Store;
import org.wasmscope.runtime.syntax.ExternKind;
import org.wasmscope.runtime.syntax.Module;
import org.wasmscope.runtime.syntax.SpecVersion;
import org.wasmscope.runtime.text.Action;
import org.wasmscope.runtime.text.Command;
import org.wasmscope.runtime.text.Expected;
import org.wasmscope.runtime.text.ScriptModule;
import org.wasmscope.runtime.text.ScriptParser;
import org.wasmscope.runtime.text.TextParser;
import org.wasmscope.runtime.valid.ValidModule;
import org.wasmscope.runtime.valid.Validator;

/**
 * Runs the commands of a {@code .wast} script (the spec testsuite's script language, as its reference
 * interpreter runs them) against one store, with the {@code spectest} host module registered.
 *
 * <p>Every assertion is a check that passes or fails; a module definition, registration or action is
 * recorded only when it fails. A failure never stops the script. An error's message must start with
 * the text the assertion expects. A module that failed to define leaves no current module behind, so
 * the commands that use it fail too (each recorded). {@link #stop()} (from another thread) ends a
 * runaway script: the invocation running then is paused and abandoned, and no further command runs.
 */
public final class ScriptRunner {
    private final Store store = new Store();
    private final Linker linker = new Linker();
    private final ScriptResult result = new ScriptResult();
    /** Instances by script id ({@code $name} without the {@code $}). */
    private final Map<String, ModuleInst> named = new HashMap<>();
    /** Ids whose module failed to define, with the line where it did. */
    private final Map<String, Integer> failedIds = new HashMap<>();
    /** Module definitions ({@code (module definition $M ...)}) by script id. */
    private final Map<String, ValidModule> definitions = new HashMap<>();
    /** Ids whose module definition failed, with the line where it did. */
    private final Map<String, Integer> failedDefinitions = new HashMap<>();
    /** The last module definition, which {@code (module instance)} without an id instantiates; or null. */
    private ValidModule lastDefinition;
    private ModuleInst current;
    /** The line of the last module definition, if it failed; 0 otherwise. */
    private int currentFailedLine;
    /** The line of the command running now, for a watchdog's report. */
    private volatile int line;
    /** Set by {@link #stop()}: no further command starts, a running invocation is paused and abandoned. */
    private volatile boolean stopped;
    /** The machine of the invocation running now, if any, so that {@link #stop()} can pause it. */
    private volatile Machine running;

    /** The edition the script's modules are read and validated by. */
    private final SpecVersion version;

    public ScriptRunner(PrintStream out, SpecVersion version) {
        this.version = version;
        linker.register(SpecTest.NAME, SpecTest.exports(store, out));
    }

    /**
     * The edition a script of the official testsuite was written for: 2.0 under a {@code wasm-2.0} folder
     * (that suite asserts a few 2.0 rules 3.0 relaxed), 3.0 elsewhere.
     */
    public static SpecVersion editionOf(Path file) {
        for (Path name : file.toAbsolutePath().normalize()) {
            if (name.toString().equals("wasm-2.0")) {
                return SpecVersion.V2;
            }
        }
        return SpecVersion.V3;
    }

    /** Parses and runs a whole script; a script that does not parse is one failure at its error's line. */
    public static ScriptResult run(String script, PrintStream out) {
        return new ScriptRunner(out, SpecVersion.V3).runText(script);
    }

    /**
     * Parses and runs a whole script with this runner. A command the parser failed on with a Java
     * exception (a parser bug, which it turns into an unsupported command) is also recorded as a crash.
     */
    public ScriptResult runText(String script) {
        List<Command> commands;
        try {
            List<MalformedException> problems = new ArrayList<>();
            commands = ScriptParser.parse(script, problems, version);
            for (MalformedException p : problems) {
                if (p.getMessage().startsWith("parser failure")) { // how ScriptParser words a caught bug
                    result.fail(p.line, "a parsed command", "crash: " + p.getMessage());
                }
            }
        } catch (WasmException e) {
            result.fail(e.line, "a well-formed script", e.describe());
            return result;
        } catch (RuntimeException | StackOverflowError e) {
            result.fail(0, "a well-formed script", crash(e));
            return result;
        }
        return run(commands);
    }

    /** Runs {@code commands} in order; returns the result (also readable meanwhile by {@link #progress()}). */
    public ScriptResult run(List<Command> commands) {
        for (Command c : commands) {
            if (stopped || Thread.currentThread().isInterrupted()) {
                break;
            }
            line = c.line();
            try {
                execute(c);
            } catch (StackOverflowError | OutOfMemoryError e) {
                result.fail(c.line(), keyword(c), e.getClass().getSimpleName());
            } catch (RuntimeException e) {
                result.fail(c.line(), keyword(c), crash(e));
            }
        }
        return result;
    }

    /** A copy of the result so far; safe to call from another thread while the script runs. */
    public ScriptResult progress() {
        return result.snapshot();
    }

    /**
     * Stops the script from another thread: a running invocation pauses at its next loop iteration or
     * call and fails as stopped, and no further command runs. (A start function runs to its end.)
     */
    public void stop() {
        stopped = true;
        Machine m = running;
        if (m != null) {
            m.requestPause();
        }
    }

    /** The line of the command running now (0 before the first). */
    public int currentLine() {
        return line;
    }

    /** The store every module of the script lives in. */
    public Store store() {
        return store;
    }

    private void execute(Command c) {
        switch (c) {
            case Command.Define d -> define(d);
            case Command.Definition d -> definition(d);
            case Command.Instantiate i -> instantiate(i);
            case Command.Register r -> register(r);
            case Command.Perform p -> perform(p);
            case Command.AssertReturn a -> assertReturn(a);
            case Command.AssertTrap a -> assertTrap(a);
            case Command.AssertExhaustion a -> assertExhaustion(a);
            case Command.AssertException a -> assertException(a);
            case Command.AssertMalformed a -> assertMalformed(a);
            case Command.AssertInvalid a -> assertInvalid(a);
            case Command.AssertUnlinkable a -> assertUnlinkable(a);
            case Command.Unsupported u -> result.fail(u.line(), u.keyword(), "unsupported command");
        }
    }

    // --- modules -------------------------------------------------------------------------------------

    private void define(Command.Define d) {
        ScriptModule sm = d.module();
        becomeCurrent(d.line(), sm.id(), () -> instantiate(sm));
    }

    /** Something that makes an instance. */
    @FunctionalInterface
    private interface Instantiation {
        ModuleInst run() throws WasmException;
    }

    /**
     * Makes the instance the current module (named {@code id} if not null); if that fails, the failure is
     * recorded, and there is no current module (nor one named {@code id}) until the next definition.
     */
    private void becomeCurrent(int line, String id, Instantiation instantiation) {
        try {
            ModuleInst inst = instantiation.run();
            current = inst;
            currentFailedLine = 0;
            if (id != null) {
                named.put(id, inst);
                failedIds.remove(id);
            }
        } catch (WasmException e) {
            moduleFailed(id, line);
            result.fail(line, "module defined", e.errorClass() + ": " + e.describe());
        } catch (RuntimeException | StackOverflowError e) {
            moduleFailed(id, line);
            throw e;
        }
    }

    /** {@code (module definition $M? ...)}: validated now, instantiated by each {@code (module instance)}. */
    private void definition(Command.Definition d) {
        String id = d.module().id();
        try {
            lastDefinition = valid(d.module());
            if (id != null) {
                definitions.put(id, lastDefinition);
                failedDefinitions.remove(id);
            }
        } catch (WasmException e) {
            lastDefinition = null;
            if (id != null) {
                definitions.remove(id);
                failedDefinitions.put(id, d.line());
            }
            result.fail(d.line(), "module definition", e.errorClass() + ": " + e.describe());
        }
    }

    private void instantiate(Command.Instantiate i) {
        String defId = i.definitionId();
        ValidModule definition = defId == null ? lastDefinition : definitions.get(defId);
        if (definition == null) {
            Integer failed = defId == null ? null : failedDefinitions.get(defId);
            String why = defId == null ? "no module definition"
                    : failed != null ? "no module definition: $" + defId + " at line " + failed + " failed"
                    : "unknown module definition $" + defId;
            moduleFailed(i.instanceId(), i.line());
            result.fail(i.line(), "module instance", why);
            return;
        }
        String name = i.instanceId() != null ? i.instanceId() : "module@" + i.line();
        becomeCurrent(i.line(), i.instanceId(), () -> Instantiator.instantiate(store, definition, linker, name));
    }

    private void moduleFailed(String id, int line) {
        current = null;
        currentFailedLine = line;
        if (id != null) {
            named.remove(id);
            failedIds.put(id, line);
        }
    }

    /** The module's abstract syntax: as parsed with the script, or decoded / parsed now. */
    private Module syntax(ScriptModule sm) throws MalformedException {
        if (sm.module() != null) {
            return sm.module();
        }
        if (sm.binary() != null) {
            return Decoder.decode(sm.binary(), version);
        }
        return TextParser.parseModule(sm.quote(), version);
    }

    private ValidModule valid(ScriptModule sm) throws MalformedException, InvalidException {
        return Validator.validate(syntax(sm));
    }

    private ModuleInst instantiate(ScriptModule sm) throws WasmException {
        String name = sm.id() != null ? sm.id() : "module@" + sm.line();
        return Instantiator.instantiate(store, valid(sm), linker, name);
    }

    private void register(Command.Register r) {
        ModuleInst inst = instance(r.moduleId());
        if (inst == null) {
            result.fail(r.line(), "register \"" + r.name() + "\"", missing(r.moduleId()));
            return;
        }
        linker.register(r.name(), inst);
    }

    /** The instance an action or registration names, or null (then {@link #missing} says why). */
    private ModuleInst instance(String id) {
        return id == null ? current : named.get(id);
    }

    private String missing(String id) {
        if (id == null) {
            return currentFailedLine > 0 ? "no module: the one at line " + currentFailedLine + " failed to define"
                    : "no module defined";
        }
        Integer line = failedIds.get(id);
        return line != null ? "no module: $" + id + " at line " + line + " failed to define" : "unknown module $" + id;
    }

    // --- actions -------------------------------------------------------------------------------------

    /** Why an action could not run at all (not a Wasm outcome: a bad script, or a failed module). */
    private static final class ActionError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ActionError(String message) {
            super(message, null, false, false);
        }
    }

    private Value[] act(Action a) {
        ModuleInst inst = instance(a.moduleId());
        if (inst == null) {
            throw new ActionError(missing(a.moduleId()));
        }
        ExternVal ev = inst.export(a.name());
        if (ev == null) {
            throw new ActionError("unknown export \"" + a.name() + "\"");
        }
        return switch (a) {
            case Action.Invoke i -> {
                if (ev.kind() != ExternKind.FUNC) {
                    throw new ActionError("export \"" + a.name() + "\" is not a function");
                }
                yield invoke(ev.func(), i.args().toArray(new Value[0]));
            }
            case Action.Get g -> {
                if (ev.kind() != ExternKind.GLOBAL) {
                    throw new ActionError("export \"" + a.name() + "\" is not a global");
                }
                yield new Value[] {ev.global().get()};
            }
        };
    }

    /**
     * Invokes {@code f} (spec 4.5.5) on a machine that {@link #stop()} can pause; the same as
     * {@link org.wasmscope.runtime.exec.Interpreter#invoke} otherwise.
     */
    private Value[] invoke(FuncInst f, Value[] args) {
        Machine m = new Machine(store);
        running = m; // before looking at stopped: stop() sets stopped, then pauses the running machine
        try {
            try {
                m.start(f, args);
            } catch (IllegalArgumentException e) {
                throw new ActionError(e.getMessage());
            }
            while (!m.isDone()) {
                if (stopped) {
                    throw new ActionError("stopped while running (the script was stopped)");
                }
                m.run();
            }
            return m.results();
        } finally {
            running = null;
        }
    }

    private void perform(Command.Perform p) {
        try {
            act(p.action());
        } catch (ActionError e) {
            result.fail(p.line(), "action", e.getMessage());
        } catch (WasmException e) {
            result.fail(p.line(), "action", e.errorClass() + ": " + e.describe());
        }
    }

    private void assertReturn(Command.AssertReturn a) {
        String expected = "return " + a.results();
        Value[] actual;
        try {
            actual = act(a.action());
        } catch (ActionError e) {
            result.fail(a.line(), expected, e.getMessage());
            return;
        } catch (WasmException e) {
            result.fail(a.line(), expected, e.errorClass() + ": " + e.describe());
            return;
        }
        if (matches(a.results(), actual)) {
            result.pass();
        } else {
            result.fail(a.line(), expected, "return " + List.of(actual));
        }
    }

    private static boolean matches(List<Expected> expected, Value[] actual) {
        if (actual == null || expected.size() != actual.length) {
            return false;
        }
        for (int i = 0; i < actual.length; i++) {
            if (!expected.get(i).matches(actual[i])) {
                return false;
            }
        }
        return true;
    }

    // --- errors --------------------------------------------------------------------------------------

    private void assertTrap(Command.AssertTrap a) {
        if (a.action() != null) {
            expectFailure(a.line(), Trap.class, a.message(), () -> act(a.action()));
        } else {
            expectFailure(a.line(), Trap.class, a.message(), () -> instantiate(a.module()));
        }
    }

    private void assertExhaustion(Command.AssertExhaustion a) {
        expectFailure(a.line(), Exhaustion.class, a.message(), () -> act(a.action()));
    }

    /** Passes if the action ends with an exception that no handler caught, whatever its tag and payload. */
    private void assertException(Command.AssertException a) {
        try {
            Value[] values = act(a.action());
            result.fail(a.line(), ThrownException.ERROR_CLASS, "return " + List.of(values));
        } catch (ActionError e) {
            result.fail(a.line(), ThrownException.ERROR_CLASS, e.getMessage());
        } catch (WasmException e) {
            if (e instanceof ThrownException) {
                result.pass();
            } else {
                result.fail(a.line(), ThrownException.ERROR_CLASS, e.errorClass() + " \"" + e.describe() + "\"");
            }
        }
    }

    private void assertMalformed(Command.AssertMalformed a) {
        expectFailure(a.line(), MalformedException.class, a.message(), () -> syntax(a.module()));
    }

    private void assertInvalid(Command.AssertInvalid a) {
        expectFailure(a.line(), InvalidException.class, a.message(), () -> valid(a.module()));
    }

    private void assertUnlinkable(Command.AssertUnlinkable a) {
        expectFailure(a.line(), LinkException.class, a.message(), () -> instantiate(a.module()));
    }

    /** Something a check runs, expected to end in an error. */
    @FunctionalInterface
    private interface Attempt {
        Object run() throws WasmException;
    }

    /**
     * Passes if {@code attempt} throws an error of class {@code kind} whose message starts with
     * {@code message} (the reference interpreter's rule).
     */
    private void expectFailure(int line, Class<? extends WasmException> kind, String message, Attempt attempt) {
        String expected = kindName(kind) + " \"" + message + "\"";
        try {
            Object value = attempt.run();
            result.fail(line, expected, value instanceof Value[] v ? "return " + List.of(v) : "success");
        } catch (ActionError e) {
            result.fail(line, expected, e.getMessage());
        } catch (WasmException e) {
            if (kind.isInstance(e) && e.getMessage() != null && e.getMessage().startsWith(message)) {
                result.pass();
            } else {
                result.fail(line, expected, e.errorClass() + " \"" + e.describe() + "\"");
            }
        }
    }

    // --- descriptions --------------------------------------------------------------------------------

    private static String kindName(Class<? extends WasmException> kind) {
        if (kind == Exhaustion.class) {
            return Exhaustion.ERROR_CLASS;
        }
        if (kind == Trap.class) {
            return Trap.ERROR_CLASS;
        }
        if (kind == MalformedException.class) {
            return MalformedException.ERROR_CLASS;
        }
        if (kind == InvalidException.class) {
            return InvalidException.ERROR_CLASS;
        }
        return LinkException.ERROR_CLASS;
    }


    /** An unexpected Java exception (a bug somewhere), with where it was thrown. */
    private static String crash(Throwable e) {
        StackTraceElement[] trace = e.getStackTrace();
        String where = trace.length > 0 ? " at " + trace[0] : "";
        return "crash: " + e + where;
    }

    /** The command's keyword, for failures of commands that crashed. */
    private static String keyword(Command c) {
        return switch (c) {
            case Command.Define d -> "module";
            case Command.Definition d -> "module definition";
            case Command.Instantiate i -> "module instance";
            case Command.Register r -> "register";
            case Command.Perform p -> "action";
            case Command.AssertReturn a -> "assert_return";
            case Command.AssertTrap a -> "assert_trap";
            case Command.AssertExhaustion a -> "assert_exhaustion";
            case Command.AssertException a -> "assert_exception";
            case Command.AssertMalformed a -> "assert_malformed";
            case Command.AssertInvalid a -> "assert_invalid";
            case Command.AssertUnlinkable a -> "assert_unlinkable";
            case Command.Unsupported u -> u.keyword();
        };
    }
}
