package org.wasmscope.runtime.syntax;

import java.util.Arrays;
import java.util.List;

/**
 * A defined type (spec 2.3.8): one type of a canonical recursive type group. Instances exist once per
 * equivalence class of types (iso-recursive equivalence, spec 3.2.6), so identity is type equality, across
 * modules too. Its composite type is resolved: the heap types in it are defined or abstract types, never
 * type indices.
 *
 * <p>Subtyping between defined types is a lookup in the display of supertypes: {@code display[d]} is the
 * ancestor at depth d (the root has depth 0, this type sits at {@link #depth()}).
 */
public final class DefType implements HeapType {
    public final RecGroup group;
    /** Position in the group. */
    public final int index;
    public final boolean isFinal;
    /** {@code (ref this)} and {@code (ref null this)}: the interned reference types to this type. */
    public final ValType ref;
    public final ValType refNull;
    private CompType comp;
    private DefType superType;
    private DefType[] display;

    /** Created by its group, which then completes it with {@link #define}. */
    DefType(RecGroup group, int index, boolean isFinal) {
        this.group = group;
        this.index = index;
        this.isFinal = isFinal;
        this.ref = new ValType(false, this);
        this.refNull = new ValType(true, this);
    }

    void define(CompType resolved, DefType sup) {
        comp = resolved;
        superType = sup;
        display = sup == null ? new DefType[1] : Arrays.copyOf(sup.display, sup.display.length + 1);
        display[display.length - 1] = this;
    }

    /** The canonical type of a plain function type (final, no supertype) whose value types are resolved. */
    public static DefType ofFunc(FuncType t) {
        return RecGroup.of(List.of(SubType.of(t))).type(0);
    }

    public CompType comp() {
        return comp;
    }

    /** The function type this type defines; IllegalStateException if it is not one. */
    public FuncType func() {
        if (comp instanceof FuncType f) {
            return f;
        }
        throw new IllegalStateException(this + " is not a function type");
    }

    /** The structure type this type defines; IllegalStateException if it is not one. */
    public StructType struct() {
        if (comp instanceof StructType s) {
            return s;
        }
        throw new IllegalStateException(this + " is not a structure type");
    }

    /** The array type this type defines; IllegalStateException if it is not one. */
    public ArrayType array() {
        if (comp instanceof ArrayType a) {
            return a;
        }
        throw new IllegalStateException(this + " is not an array type");
    }

    public boolean isFunc() {
        return comp instanceof FuncType;
    }

    @Override
    public AbsHeap top() {
        return comp.abstractType().top();
    }

    /** The declared supertype, or null. */
    public DefType superType() {
        return superType;
    }

    public int depth() {
        return display.length - 1;
    }

    /** Subtyping of defined types: t is this type or one of its declared ancestors. */
    public boolean isSubtypeOf(DefType t) {
        return t == this || t.display.length < display.length && display[t.display.length - 1] == t;
    }

    /**
     * A short name: the composite type would recurse into itself for recursive types, so its value types
     * print defined types by this name.
     */
    @Override
    public String toString() {
        return "$" + group.serial + (group.size() > 1 ? "." + index : "");
    }
}
