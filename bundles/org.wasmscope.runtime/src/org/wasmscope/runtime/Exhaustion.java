package org.wasmscope.runtime;

/** The call stack (or another resource of the machine) is exhausted: the testsuite's assert_exhaustion. */
public class Exhaustion extends Trap {
    private static final long serialVersionUID = 1L;

    public Exhaustion(String message) {
        super(message);
    }
}
