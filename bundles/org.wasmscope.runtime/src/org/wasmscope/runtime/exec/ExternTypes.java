package org.wasmscope.runtime.exec;

import org.wasmscope.runtime.store.ExternVal;
import org.wasmscope.runtime.syntax.Import;
import org.wasmscope.runtime.syntax.Limits;
import org.wasmscope.runtime.syntax.Module;
import org.wasmscope.runtime.syntax.TableType;

/**
 * Import matching (spec 4.5.2): an external value's type matches an import's when the kinds agree and
 * functions, globals and tags have equal types, tables and memories equal address types and matching limits
 * (and tables equal element types). A table's or memory's type is its current one, grown or not.
 */
final class ExternTypes {
    private ExternTypes() {
    }

    static boolean matches(Module m, Import im, ExternVal ev) {
        if (ev.kind() != im.kind()) {
            return false;
        }
        return switch (im.kind()) {
            case FUNC -> ev.func().type.equals(m.types.get(im.typeIndex()));
            case TABLE -> {
                TableType actual = ev.table().type();
                yield actual.elemType() == im.table().elemType() && actual.addrType() == im.table().addrType()
                        && matches(actual.limits(), im.table().limits());
            }
            case MEMORY -> ev.memory().type().addrType() == im.memory().addrType()
                    && matches(ev.memory().type().limits(), im.memory().limits());
            case GLOBAL -> ev.global().type.equals(im.global());
            case TAG -> ev.tag().type.equals(m.types.get(im.typeIndex()));
        };
    }

    /**
     * Limits subtyping (spec 4.5.2.1): at least the import's minimum, and a maximum no larger than the
     * import's if the import has one. Limits are unsigned.
     */
    static boolean matches(Limits actual, Limits wanted) {
        if (Long.compareUnsigned(actual.min(), wanted.min()) < 0) {
            return false;
        }
        if (!wanted.hasMax()) {
            return true;
        }
        return actual.hasMax() && Long.compareUnsigned(actual.max(), wanted.max()) <= 0;
    }

    /** The import's declared type, for messages. */
    static String describe(Module m, Import im) {
        return switch (im.kind()) {
            case FUNC -> m.types.get(im.typeIndex()).toString();
            case TABLE -> "(table " + im.table() + ")";
            case MEMORY -> "(memory " + im.memory() + ")";
            case GLOBAL -> "(global " + im.global() + ")";
            case TAG -> "(tag " + m.types.get(im.typeIndex()) + ")";
        };
    }

    /** The external value's type, for messages. */
    static String describe(ExternVal ev) {
        return switch (ev.kind()) {
            case FUNC -> ev.func().type.toString();
            case TABLE -> "(table " + ev.table().type() + ")";
            case MEMORY -> "(memory " + ev.memory().type() + ")";
            case GLOBAL -> "(global " + ev.global().type + ")";
            case TAG -> "(tag " + ev.tag().type + ")";
        };
    }
}
