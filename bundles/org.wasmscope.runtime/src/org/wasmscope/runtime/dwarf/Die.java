package org.wasmscope.runtime.dwarf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A debugging information entry (DWARF 5 §2.1) of {@code .debug_info}: tag, attributes, children. */
final class Die {
    /** An attribute's value as read: a number (constants, addresses, references, offsets, indices), a string, or a block. */
    record Attr(int form, long number, Object value) {
        String string(Unit u) {
            return u.string(this);
        }

        /** Whether the form is of the constant class (a high_pc that is a length, a member offset). */
        boolean isConstant() {
            return switch (form) {
                case Dw.FORM_DATA1, Dw.FORM_DATA2, Dw.FORM_DATA4, Dw.FORM_DATA8, Dw.FORM_SDATA, Dw.FORM_UDATA,
                        Dw.FORM_IMPLICIT_CONST -> true;
                default -> false;
            };
        }

        byte[] block() {
            return value instanceof byte[] b ? b : null;
        }
    }

    final long offset;
    final int tag;
    final Unit unit;
    final Die parent;
    final Map<Integer, Attr> attrs = new HashMap<>();
    final List<Die> children = new ArrayList<>();

    Die(long offset, int tag, Unit unit, Die parent) {
        this.offset = offset;
        this.tag = tag;
        this.unit = unit;
        this.parent = parent;
    }

    Attr attr(int at) {
        return attrs.get(at);
    }

    /** The attribute here or, for a concrete instance, on its abstract origin or specification. */
    Attr inherited(int at) {
        Die d = this;
        for (int hops = 0; d != null && hops < 8; hops++) {
            Attr a = d.attrs.get(at);
            if (a != null) {
                return a;
            }
            Attr origin = d.attrs.get(Dw.AT_ABSTRACT_ORIGIN);
            if (origin == null) {
                origin = d.attrs.get(Dw.AT_SPECIFICATION);
            }
            d = origin == null ? null : unit.info.die(origin.number());
        }
        return null;
    }

    /** Its name, or null (also when the string is damaged). */
    String name() {
        try {
            Attr a = inherited(Dw.AT_NAME);
            return a == null ? null : a.string(unit);
        } catch (DwarfFormatException e) {
            return null;
        }
    }

    /** The entry an attribute refers to, or null. */
    Die ref(int at) {
        Attr a = inherited(at);
        return a == null ? null : unit.info.die(a.number());
    }

    long number(int at, long otherwise) {
        Attr a = inherited(at);
        return a == null || a.value() != null ? otherwise : a.number();
    }
}
