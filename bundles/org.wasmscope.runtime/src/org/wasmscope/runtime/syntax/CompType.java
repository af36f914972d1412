package org.wasmscope.runtime.syntax;

import java.util.function.UnaryOperator;

/** A composite type (spec 2.3.7): what a defined type describes, a function, structure or array type. */
public sealed interface CompType permits FuncType, StructType, ArrayType {

    /** The same type with every heap type in it replaced by {@code f} (substitution, spec 2.3.8). */
    CompType map(UnaryOperator<HeapType> f);

    /** Composite subtyping (spec 3.3.3), on resolved types. */
    boolean matches(CompType sup);

    /** The abstract heap type above every type of this kind: func, struct or array. */
    AbsHeap abstractType();
}
