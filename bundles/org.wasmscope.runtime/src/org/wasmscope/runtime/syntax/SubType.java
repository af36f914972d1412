package org.wasmscope.runtime.syntax;

import java.util.Arrays;
import java.util.Objects;

/**
 * A sub type (spec 2.3.8): a composite type, whether it is final, and its declared supertypes (type
 * indices in a module; at most one is valid). Equality is structural, so that a rolled-up recursive type
 * group can serve as the key of its canonical {@link RecGroup}.
 */
public final class SubType {
    public final boolean isFinal;
    public final HeapType[] supers;
    public final CompType comp;

    public SubType(boolean isFinal, HeapType[] supers, CompType comp) {
        this.isFinal = isFinal;
        this.supers = supers;
        this.comp = comp;
    }

    /** The abbreviation of a plain function type: final, without supertypes. */
    public static SubType of(CompType comp) {
        return new SubType(true, new HeapType[0], comp);
    }

    /** Whether this is the plain form {@code (func ...)} that an implicit type use refers to. */
    public boolean isPlain() {
        return isFinal && supers.length == 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SubType s && isFinal == s.isFinal && Arrays.equals(supers, s.supers) && comp.equals(s.comp);
    }

    @Override
    public int hashCode() {
        return Objects.hash(isFinal, Arrays.hashCode(supers), comp);
    }

    /** The text format: the composite type, or {@code (sub final? x* comptype)}. */
    @Override
    public String toString() {
        return text(comp.toString());
    }

    /** The text format with {@code compText} written for the composite type. */
    public String text(String compText) {
        if (isPlain()) {
            return compText;
        }
        StringBuilder b = new StringBuilder("(sub");
        if (isFinal) {
            b.append(" final");
        }
        for (HeapType s : supers) {
            b.append(' ').append(s);
        }
        return b.append(' ').append(compText).append(')').toString();
    }
}
