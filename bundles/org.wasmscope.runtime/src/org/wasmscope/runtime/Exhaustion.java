package org.wasmscope.runtime;

/** The call stack (or another resource of the machine) is exhausted: the testsuite's assert_exhaustion. */
public class Exhaustion extends Trap {
    private static final long serialVersionUID = 1L;

    /** The name the testsuite's assertions give this class of error. */
    public static final String ERROR_CLASS = "exhaustion";

    public Exhaustion(String message) {
        super(message);
    }

    @Override
    public String errorClass() {
        return ERROR_CLASS;
    }
}
