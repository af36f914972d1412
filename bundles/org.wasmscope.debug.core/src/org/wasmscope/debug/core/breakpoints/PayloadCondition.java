package org.wasmscope.debug.core.breakpoints;

import java.util.ArrayList;
import java.util.List;

import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.text.ValueParser;

/**
 * The condition of a WebAssembly exception breakpoint, on the exception's payload, as a Java breakpoint's condition
 * is on the program's state: comparisons of payload values ({@code $0} the first) with each other or with a constant
 * written as the text format writes a value of that type, joined by {@code &&} and {@code ||}, with parentheses:
 * {@code $0 > 100}, {@code $0 == -1 || $1 != 0.5}, {@code $0 == null}, {@code $0 == i31:5}. Integers compare signed,
 * floats as numbers (a NaN is unordered: only {@code !=} holds), references and vectors only by {@code ==} and
 * {@code !=}.
 */
public final class PayloadCondition {
    private static final List<String> COMPARISONS = List.of("==", "!=", "<=", ">=", "<", ">");

    private sealed interface Node permits Either, Both, Comparison {
        boolean holds(List<Value> payload);
    }

    private record Either(Node left, Node right) implements Node {
        @Override
        public boolean holds(List<Value> payload) {
            return left.holds(payload) || right.holds(payload);
        }
    }

    private record Both(Node left, Node right) implements Node {
        @Override
        public boolean holds(List<Value> payload) {
            return left.holds(payload) && right.holds(payload);
        }
    }

    /** {@code left op right}, at least one of them a payload value {@code $i}. */
    private record Comparison(String left, String op, String right) implements Node {
        @Override
        public boolean holds(List<Value> payload) {
            Value a = operand(left, right, payload);
            Value b = operand(right, left, payload);
            if (!a.type().equals(b.type()) && !(a.type().isRef() && b.type().isRef())) {
                throw new IllegalArgumentException(left + " and " + right + " are of different types");
            }
            return switch (a.type().kind) {
                case I32 -> compare(Integer.compare(a.asInt(), b.asInt()));
                case I64 -> compare(Long.compare(a.asLong(), b.asLong()));
                case F32, F64 -> compareNumbers(a.asDouble(), b.asDouble());
                default -> switch (op) {
                    case "==" -> a.equals(b);
                    case "!=" -> !a.equals(b);
                    default -> throw new IllegalArgumentException(op + " compares numbers only, not " + a.type());
                };
            };
        }

        private boolean compare(int c) {
            return switch (op) {
                case "==" -> c == 0;
                case "!=" -> c != 0;
                case "<" -> c < 0;
                case "<=" -> c <= 0;
                case ">" -> c > 0;
                default -> c >= 0;
            };
        }

        private boolean compareNumbers(double a, double b) {
            if (Double.isNaN(a) || Double.isNaN(b)) {
                return op.equals("!=");
            }
            return compare(Double.compare(a == 0 ? 0 : a, b == 0 ? 0 : b)); // -0 == +0
        }
    }

    private final Node condition;

    private PayloadCondition(Node condition) {
        this.condition = condition;
    }

    /** @throws IllegalArgumentException when {@code text} is no condition, saying why */
    public static PayloadCondition parse(String text) {
        Parser p = new Parser(tokens(text));
        Node n = p.either();
        if (p.at < p.tokens.size()) {
            throw new IllegalArgumentException("unexpected " + p.tokens.get(p.at));
        }
        return new PayloadCondition(n);
    }

    /**
     * Whether the condition holds for an exception with {@code payload}.
     *
     * @throws IllegalArgumentException when it cannot be evaluated for it (no such value, a constant that is no
     *         value of its type), saying why
     */
    public boolean holds(List<Value> payload) {
        return condition.holds(payload);
    }

    /** The value {@code word} stands for: a payload value, or a constant of the type of the payload value {@code other}. */
    private static Value operand(String word, String other, List<Value> payload) {
        return isPayload(word) ? payloadValue(word, payload) : ValueParser.parse(payloadValue(other, payload).type(), word);
    }

    /** The payload value {@code $i}. */
    private static Value payloadValue(String word, List<Value> payload) {
        int i = Integer.parseInt(word.substring(1));
        if (i >= payload.size()) {
            throw new IllegalArgumentException("the payload has no " + word + " (it has " + payload.size()
                    + (payload.size() == 1 ? " value)" : " values)"));
        }
        return payload.get(i);
    }

    private static boolean isPayload(String word) {
        return word.matches("\\$\\d{1,9}");
    }

    /** Parentheses, operators and the words between them (values, constants). */
    private static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            String two = i + 1 < text.length() ? text.substring(i, i + 2) : "";
            if (Character.isWhitespace(c)) {
                i++;
            } else if (List.of("&&", "||", "==", "!=", "<=", ">=").contains(two)) {
                out.add(two);
                i += 2;
            } else if ("()<>".indexOf(c) >= 0) {
                out.add(String.valueOf(c));
                i++;
            } else {
                int start = i;
                while (i < text.length() && !Character.isWhitespace(text.charAt(i)) && "()<>=!&|".indexOf(text.charAt(i)) < 0) {
                    i++;
                }
                if (i == start) {
                    throw new IllegalArgumentException("unexpected " + c);
                }
                out.add(text.substring(start, i));
            }
        }
        return out;
    }

    private static final class Parser {
        final List<String> tokens;
        int at;

        Parser(List<String> tokens) {
            this.tokens = tokens;
        }

        Node either() {
            Node n = both();
            while (accept("||")) {
                n = new Either(n, both());
            }
            return n;
        }

        Node both() {
            Node n = primary();
            while (accept("&&")) {
                n = new Both(n, primary());
            }
            return n;
        }

        Node primary() {
            if (accept("(")) {
                Node n = either();
                if (!accept(")")) {
                    throw new IllegalArgumentException("missing )");
                }
                return n;
            }
            String left = word();
            String op = at < tokens.size() && COMPARISONS.contains(tokens.get(at)) ? tokens.get(at++) : null;
            if (op == null) {
                throw new IllegalArgumentException("expected a comparison (== != < <= > >=) after " + left);
            }
            String right = word();
            if (!isPayload(left) && !isPayload(right)) {
                throw new IllegalArgumentException(left + " " + op + " " + right + " compares no payload value ($0, $1, ...)");
            }
            return new Comparison(left, op, right);
        }

        String word() {
            if (at >= tokens.size()) {
                throw new IllegalArgumentException("the condition ends too early");
            }
            String t = tokens.get(at);
            if (t.equals("(") || t.equals(")") || t.equals("&&") || t.equals("||") || COMPARISONS.contains(t)) {
                throw new IllegalArgumentException("expected a value ($0, $1, ... or a constant) before " + t);
            }
            at++;
            return t;
        }

        boolean accept(String t) {
            if (at < tokens.size() && tokens.get(at).equals(t)) {
                at++;
                return true;
            }
            return false;
        }
    }
}
