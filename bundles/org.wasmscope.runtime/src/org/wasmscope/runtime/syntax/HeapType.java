package org.wasmscope.runtime.syntax;

/**
 * A heap type (spec 2.3.3): an abstract one ({@link AbsHeap}), a type index as a module's syntax writes it
 * ({@link TypeIdx}), or, once validation resolved the index, the canonical defined type it stands for
 * ({@link DefType}).
 */
public sealed interface HeapType permits AbsHeap, TypeIdx, DefType {

    /** The greatest type of this type's hierarchy: any, func, exn or extern (BOT for BOT). */
    AbsHeap top();

    /**
     * Heap subtyping (spec 3.3.3). A defined type lies below the abstract type of its kind (a function type
     * below func) and above that hierarchy's bottom (nofunc); BOT lies below everything. Unresolved type
     * indices only match themselves.
     */
    default boolean matches(HeapType sup) {
        if (this.equals(sup)) {
            return true;
        }
        return switch (this) {
            case AbsHeap a -> switch (sup) {
                case AbsHeap b -> a.matches(b);
                case DefType d -> a == AbsHeap.BOT || a == d.comp().abstractType().bottom();
                case TypeIdx x -> a == AbsHeap.BOT;
            };
            case DefType d -> switch (sup) {
                case AbsHeap b -> d.comp().abstractType().matches(b);
                case DefType e -> d.isSubtypeOf(e);
                case TypeIdx x -> false;
            };
            case TypeIdx x -> false;
        };
    }
}
