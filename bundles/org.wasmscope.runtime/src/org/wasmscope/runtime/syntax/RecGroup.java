package org.wasmscope.runtime.syntax;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A canonical recursive type group (spec 2.3.8, 3.2.6). Groups are interned JVM-wide by their rolled-up
 * form: the group's sub types in which references to earlier groups are their canonical {@link DefType}s
 * and references into the group itself are group-relative {@link TypeIdx}s (the spec's {@code rec.i}). Two
 * groups with equal rolled forms are equivalent, so they get the same DefTypes: that is what makes the types
 * of two modules identical at link time.
 */
public final class RecGroup {
    private static final Map<List<SubType>, RecGroup> CANONICAL = new ConcurrentHashMap<>();
    private static final AtomicInteger SERIALS = new AtomicInteger();

    /** Numbers the groups, for naming their types. */
    public final int serial;
    private final DefType[] types;

    private RecGroup(List<SubType> rolled) {
        serial = SERIALS.incrementAndGet();
        types = new DefType[rolled.size()];
        for (int i = 0; i < types.length; i++) {
            types[i] = new DefType(this, i, rolled.get(i).isFinal);
        }
        for (int i = 0; i < types.length; i++) {
            SubType s = rolled.get(i);
            DefType sup = s.supers.length == 0 ? null : (DefType) unroll(s.supers[0]);
            types[i].define(s.comp.map(this::unroll), sup);
        }
    }

    /**
     * The canonical group of the rolled-up form {@code rolled}. Supertypes inside the group must precede
     * their sub types (validation checks that), and the heap types in it must be abstract, defined, or
     * group-relative indices.
     */
    public static RecGroup of(List<SubType> rolled) {
        return CANONICAL.computeIfAbsent(List.copyOf(rolled), RecGroup::new);
    }

    /** A heap type of the rolled form in terms of this group: rec.i becomes the group's type i. */
    private HeapType unroll(HeapType h) {
        return h instanceof TypeIdx x ? types[x.index()] : h;
    }

    public int size() {
        return types.length;
    }

    public DefType type(int i) {
        return types[i];
    }
}
