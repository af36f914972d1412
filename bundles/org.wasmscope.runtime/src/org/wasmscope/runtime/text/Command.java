package org.wasmscope.runtime.text;

import java.util.List;

/**
 * One command of a {@code .wast} script (the spec testsuite's script language). {@link #line()} is the
 * 1-based line where the command starts.
 */
public sealed interface Command {
    int line();

    /** {@code (module ...)}: define and instantiate; it becomes the current module. */
    record Define(int line, ScriptModule module) implements Command {
    }

    /**
     * {@code (module definition $M? ...)}: validate the module and keep it for {@link Instantiate}, without
     * instantiating it (a definition may declare more than the implementation could allocate).
     */
    record Definition(int line, ScriptModule module) implements Command {
    }

    /**
     * {@code (module instance $I? $M?)}: instantiate the definition {@code $M} (the last one if null); the
     * instance becomes the current module, named {@code $I} if given.
     */
    record Instantiate(int line, String instanceId, String definitionId) implements Command {
    }

    /** {@code (register "name" $m?)}: make a module's exports importable under {@code name}. */
    record Register(int line, String name, String moduleId) implements Command {
    }

    /** A bare action, run for its effect. */
    record Perform(int line, Action action) implements Command {
    }

    record AssertReturn(int line, Action action, List<Expected> results) implements Command {
    }

    /** {@code assert_trap} of an action, or of a module whose instantiation traps ({@code action} null). */
    record AssertTrap(int line, Action action, ScriptModule module, String message) implements Command {
    }

    record AssertExhaustion(int line, Action action, String message) implements Command {
    }

    /** {@code (assert_exception action)}: the action ends with an exception that no handler caught. */
    record AssertException(int line, Action action) implements Command {
    }

    record AssertMalformed(int line, ScriptModule module, String message) implements Command {
    }

    record AssertInvalid(int line, ScriptModule module, String message) implements Command {
    }

    record AssertUnlinkable(int line, ScriptModule module, String message) implements Command {
    }

    /**
     * A command this runner does not know (e.g. from a later proposal): reported as a failure with its
     * keyword, never silently passed.
     */
    record Unsupported(int line, String keyword) implements Command {
    }
}
