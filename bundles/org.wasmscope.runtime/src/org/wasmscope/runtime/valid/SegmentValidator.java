package org.wasmscope.runtime.valid;

import org.wasmscope.runtime.InvalidException;
import org.wasmscope.runtime.syntax.Data;
import org.wasmscope.runtime.syntax.Elem;
import org.wasmscope.runtime.syntax.Instr;
import org.wasmscope.runtime.syntax.MemType;
import org.wasmscope.runtime.syntax.SegmentMode;
import org.wasmscope.runtime.syntax.TableType;
import org.wasmscope.runtime.syntax.ValType;

/** Element and data segments (spec 3.4.5, 3.4.6). */
final class SegmentValidator {
    private SegmentValidator() {
    }

    /**
     * Every initializer is a constant of the segment's type; an active segment's table exists and holds
     * that type, and its offset is a constant of the table's address type.
     */
    static void elem(ModuleContext c, Elem e) {
        ValType type = c.resolve(e.type());
        for (Instr[] init : e.init()) {
            ConstantValidator.validate(c, init, type);
        }
        if (e.mode() == SegmentMode.ACTIVE) {
            TableType table = c.table(e.table());
            ValType t = table.elemType();
            if (!type.matches(t)) {
                Instr at = e.offset().length > 0 ? e.offset()[0] : new Instr(null);
                throw new InvalidException("type mismatch: segment of " + e.type() + " for a table of " + t, at.offset,
                        at.line, at.column);
            }
            ConstantValidator.validate(c, e.offset(), table.addrType().valType());
        }
    }

    /** An active data segment's memory exists and its offset is a constant of the memory's address type. */
    static void data(ModuleContext c, Data d) {
        if (d.mode() == SegmentMode.ACTIVE) {
            MemType memory = c.memory(d.memory());
            ConstantValidator.validate(c, d.offset(), memory.addrType().valType());
        }
    }
}
