package org.wasmscope.runtime.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.wasmscope.runtime.store.ResourceLimits;
import org.wasmscope.runtime.syntax.MemType;

/**
 * The resource limit options that {@code invoke}, {@code run} and {@code trace} take: {@code --max-memory
 * SIZE} (bytes, or with a suffix {@code k}, {@code m}, {@code g} (KiB, MiB, GiB) or {@code p} (64 KiB
 * pages); a multiple of a page), {@code --max-table N}, {@code --max-depth N}, {@code --fuel N} (0: none)
 * and {@code --timeout TIME} (seconds, or with a suffix {@code ms}, {@code s}, {@code m}; 0: none).
 */
final class LimitOptions {
    static final String SYNOPSIS = "[--max-memory SIZE] [--max-table N] [--max-depth N] [--fuel N] [--timeout TIME]";

    private ResourceLimits limits = ResourceLimits.DEFAULT;

    /** Whether {@code name} is one of these options (each takes a value). */
    static boolean isOption(String name) {
        return switch (name) {
            case "--max-memory", "--max-table", "--max-depth", "--fuel", "--timeout" -> true;
            default -> false;
        };
    }

    /**
     * Applies option {@code name} with {@code value}.
     *
     * @throws IllegalArgumentException if the value is not one the option takes
     */
    void set(String name, String value) {
        try {
            limits = switch (name) {
                case "--max-memory" -> limits.withMaxMemoryBytes(bytes(value));
                case "--max-table" -> limits.withMaxTableElements(count(value));
                case "--max-depth" -> limits.withMaxDepth(Math.toIntExact(Math.max(1, count(value))));
                case "--fuel" -> limits.withFuel(count(value));
                case "--timeout" -> limits.withTimeout(duration(value));
                default -> throw new IllegalArgumentException("unknown option " + name);
            };
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException(name + " cannot take '" + value + "'");
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
            if (a.startsWith("--") && eq > 0 && isOption(a.substring(0, eq))) {
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

    private static long count(String text) {
        long n = Long.parseLong(text);
        if (n < 0) {
            throw new NumberFormatException();
        }
        return n;
    }

    private static long bytes(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        long unit = switch (t.isEmpty() ? ' ' : t.charAt(t.length() - 1)) {
            case 'k' -> 1L << 10;
            case 'm' -> 1L << 20;
            case 'g' -> 1L << 30;
            case 'p' -> MemType.PAGE_SIZE;
            default -> 1;
        };
        long n = Math.multiplyExact(count(unit == 1 ? t : t.substring(0, t.length() - 1)), unit);
        if (n % MemType.PAGE_SIZE != 0) {
            throw new NumberFormatException();
        }
        return n;
    }

    private static Duration duration(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        if (t.endsWith("ms")) {
            return Duration.ofMillis(count(t.substring(0, t.length() - 2)));
        }
        if (t.endsWith("m")) {
            return Duration.ofMinutes(count(t.substring(0, t.length() - 1)));
        }
        return Duration.ofSeconds(count(t.endsWith("s") ? t.substring(0, t.length() - 1) : t));
    }
}
