package org.wasmscope.runtime.exec;

import org.wasmscope.runtime.store.ExternVal;
import org.wasmscope.runtime.syntax.ExternKind;
import org.wasmscope.runtime.syntax.GlobalType;
import org.wasmscope.runtime.syntax.Limits;
import org.wasmscope.runtime.syntax.MemType;
import org.wasmscope.runtime.syntax.TableType;
import org.wasmscope.runtime.valid.ValidModule;

/**
 * Import matching (spec 4.5.2): an external value's type matches an import's when the kinds agree and a
 * function's type is a subtype of the import's, a global's type matches (covariant if immutable, equal if
 * mutable), tags have equal types, tables and memories have equal address types and matching limits (and
 * tables equal element types). A table's or memory's type is its current one, grown or not. Types are
 * canonical, so equal types are identical.
 */
final class ExternTypes {
    private ExternTypes() {
    }

    /** Whether {@code ev} matches the import of {@code vm} that is number {@code index} of its kind's index space. */
    static boolean matches(ValidModule vm, ExternKind kind, int index, ExternVal ev) {
        if (ev.kind() != kind) {
            return false;
        }
        return switch (kind) {
            case FUNC -> ev.func().defType.isSubtypeOf(vm.funcs[index]);
            case TABLE -> {
                TableType actual = ev.table().type();
                TableType wanted = vm.tables[index];
                yield actual.elemType() == wanted.elemType() && actual.addrType() == wanted.addrType()
                        && matches(actual.limits(), wanted.limits());
            }
            case MEMORY -> {
                MemType wanted = vm.module.memoryType(index);
                yield ev.memory().type().addrType() == wanted.addrType()
                        && matches(ev.memory().type().limits(), wanted.limits());
            }
            case GLOBAL -> matches(ev.global().type, vm.globals[index]);
            case TAG -> ev.tag().defType == vm.tags[index];
        };
    }

    private static boolean matches(GlobalType actual, GlobalType wanted) {
        if (actual.mutable() != wanted.mutable()) {
            return false;
        }
        return wanted.mutable() ? actual.type() == wanted.type() : actual.type().matches(wanted.type());
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
    static String describe(ValidModule vm, ExternKind kind, int index) {
        return switch (kind) {
            case FUNC -> vm.funcs[index].func().toString();
            case TABLE -> "(table " + vm.tables[index] + ")";
            case MEMORY -> "(memory " + vm.module.memoryType(index) + ")";
            case GLOBAL -> "(global " + vm.globals[index] + ")";
            case TAG -> "(tag " + vm.tags[index].func() + ")";
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
