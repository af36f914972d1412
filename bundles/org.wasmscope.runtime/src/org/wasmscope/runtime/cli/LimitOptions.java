package org.wasmscope.runtime.cli;

import java.util.ArrayList;
import java.util.List;

import org.wasmscope.runtime.store.ResourceLimits;

/**
 * The resource limit options that {@code invoke}, {@code run} and {@code trace} take: {@code --NAME VALUE}
 * or {@code --NAME=VALUE} for each of {@link ResourceLimits#NAMES}, read by {@link ResourceLimits#with}.
 */
final class LimitOptions {
    static final String SYNOPSIS = "[--max-memory SIZE] [--max-table N] [--max-heap SIZE] [--max-depth N] [--fuel N] "
            + "[--timeout TIME]";

    private ResourceLimits limits = ResourceLimits.DEFAULT;

    /** Whether {@code word} is one of these options (each takes a value). */
    static boolean isOption(String word) {
        return word.startsWith("--") && ResourceLimits.NAMES.contains(word.substring(2));
    }

    /**
     * Applies option {@code option} with {@code value}.
     *
     * @throws IllegalArgumentException if the value is not one the option takes
     */
    void set(String option, String value) {
        try {
            limits = limits.with(option.substring(2), value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--" + e.getMessage());
        }
    }

    /**
     * Takes these options ({@code --name VALUE} or {@code --name=VALUE}) out of {@code args}; returns the
     * other words in order.
     *
     * @throws IllegalArgumentException for an option without a value or with a wrong one
     */
    List<String> extract(List<String> args) {
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            int eq = a.indexOf('=');
            if (eq > 0 && isOption(a.substring(0, eq))) {
                set(a.substring(0, eq), a.substring(eq + 1));
            } else if (isOption(a)) {
                if (i + 1 == args.size()) {
                    throw new IllegalArgumentException(a + " needs a value");
                }
                set(a, args.get(++i));
            } else {
                rest.add(a);
            }
        }
        return rest;
    }

    ResourceLimits limits() {
        return limits;
    }
}
