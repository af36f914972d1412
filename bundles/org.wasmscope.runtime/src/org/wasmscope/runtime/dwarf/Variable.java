package org.wasmscope.runtime.dwarf;

import java.util.List;

/**
 * A C parameter or local variable (DWARF 5 §4.1): its name, type and where its value is: a location
 * expression, a location list (a different place for each range of code), or a constant.
 */
public final class Variable {
    private final String name;
    private final CType type;
    private final boolean parameter;
    private final int declLine;
    final Unit unit;
    /** Exactly one of: an expression, a location list, a constant; all null: optimized out. */
    final byte[] expr;
    final List<Lists.LocEntry> list;
    final Die.Attr constValue;

    Variable(String name, CType type, boolean parameter, int declLine, Unit unit, byte[] expr,
            List<Lists.LocEntry> list, Die.Attr constValue) {
        this.name = name;
        this.type = type;
        this.parameter = parameter;
        this.declLine = declLine;
        this.unit = unit;
        this.expr = expr;
        this.list = list;
        this.constValue = constValue;
    }

    public String name() {
        return name;
    }

    public CType type() {
        return type;
    }

    public boolean isParameter() {
        return parameter;
    }

    /** The line it is declared on, or 0. */
    public int declLine() {
        return declLine;
    }

    /** The location expression that applies at {@code address}, or null (no location there). */
    byte[] exprAt(long address) {
        if (expr != null) {
            return expr;
        }
        if (list != null) {
            byte[] fallback = null;
            for (Lists.LocEntry e : list) {
                if (e.range() == null) {
                    fallback = e.expr();
                } else if (e.range().contains(address)) {
                    return e.expr();
                }
            }
            return fallback;
        }
        return null;
    }

    @Override
    public String toString() {
        return type.displayName() + " " + name;
    }
}
