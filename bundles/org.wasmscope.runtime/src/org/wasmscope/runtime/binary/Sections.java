package org.wasmscope.runtime.binary;

import java.util.ArrayList;
import java.util.List;

import org.wasmscope.runtime.syntax.ImplementationLimits;
import org.wasmscope.runtime.syntax.AbsHeap;
import org.wasmscope.runtime.syntax.CustomSection;
import org.wasmscope.runtime.syntax.Data;
import org.wasmscope.runtime.syntax.Elem;
import org.wasmscope.runtime.syntax.Export;
import org.wasmscope.runtime.syntax.ExternKind;
import org.wasmscope.runtime.syntax.Global;
import org.wasmscope.runtime.syntax.Import;
import org.wasmscope.runtime.syntax.Instr;
import org.wasmscope.runtime.syntax.Module;
import org.wasmscope.runtime.syntax.Opcode;
import org.wasmscope.runtime.syntax.SegmentMode;
import org.wasmscope.runtime.syntax.SpecVersion;
import org.wasmscope.runtime.syntax.TagType;
import org.wasmscope.runtime.syntax.Table;
import org.wasmscope.runtime.syntax.TableType;
import org.wasmscope.runtime.syntax.ValType;

/**
 * The contents of each kind of section (spec 5.5.3 - 5.5.16), decoded into a {@link Module}. The function
 * section's type indices and the code section's bodies are kept apart until both are read, then paired up
 * by {@link Decoder}.
 */
final class Sections {
    private final Reader r;
    private final Module m;
    final InstrDecoder instrs;
    /** Type indices of the function section. */
    final List<Integer> funcTypes = new ArrayList<>();
    /** Bodies of the code section. */
    final List<Code> codes = new ArrayList<>();
    /** Whether a function body uses memory.init or data.drop, which requires a data count section. */
    boolean codeUsesDataIndex;

    /** One entry of the code section (5.5.13) before it is paired with its type. */
    record Code(ValType[] locals, Instr[] body, int offset) {
    }

    Sections(Reader r, Module m) {
        this.r = r;
        this.m = m;
        this.instrs = new InstrDecoder(r, m.version);
    }

    /** Decodes the contents of the section with id {@code id}, which end at {@code end}. */
    void contents(int id, int end) {
        switch (id) {
            case 0 -> custom(end);
            case 1 -> type();
            case 2 -> imports();
            case 3 -> function();
            case 4 -> table();
            case 5 -> memory();
            case 6 -> global();
            case 7 -> exports();
            case 8 -> m.start = r.index();
            case 9 -> elements();
            case 10 -> {
                m.codeSectionOffset = r.pos;
                code();
            }
            case 11 -> data();
            case 12 -> m.dataCount = r.u32();
            case 13 -> tags();
            default -> throw new IllegalArgumentException("section id " + id);
        }
    }

    /** 5.5.3: a name, then bytes up to the section's end; the "name" section also fills Module.names. */
    private void custom(int end) {
        int start = r.pos;
        String name = r.name();
        int offset = r.pos;
        if (offset > end) {
            throw r.error(Reader.UNEXPECTED_END, start); // the name runs past the section
        }
        byte[] contents = r.bytes(end - offset);
        m.customSections.add(new CustomSection(name, contents, offset));
        if (name.equals("name")) {
            NameSection.read(contents, m.names);
        }
    }

    /** 5.5.4 */
    private void type() {
        for (int n = r.length(); n > 0; n--) {
            m.addRec(Types.recType(r));
        }
    }

    /** 5.5.5 */
    private void imports() {
        for (int n = r.length(); n > 0; n--) {
            String module = r.name();
            String name = r.name();
            int at = r.pos;
            m.imports.add(switch (r.u8()) {
                case 0x00 -> Import.func(module, name, r.index());
                case 0x01 -> Import.table(module, name, Types.tableType(r));
                case 0x02 -> Import.memory(module, name, Types.memType(r));
                case 0x03 -> Import.global(module, name, Types.globalType(r));
                case 0x04 -> {
                    if (m.version == SpecVersion.V2) {
                        throw r.error("malformed import kind", at);
                    }
                    yield Import.tag(module, name, tagType());
                }
                default -> throw r.error("malformed import kind", at);
            });
        }
    }

    /** 5.5.6 */
    private void function() {
        for (int n = r.length(); n > 0; n--) {
            funcTypes.add(r.index());
        }
    }

    /** 5.5.7: a table type, or 0x40 0x00, a table type and the expression its elements start as. */
    private void table() {
        for (int n = r.length(); n > 0; n--) {
            if (r.peek() == 0x40) {
                r.u8();
                r.expect(0x00, "malformed table");
                TableType t = Types.tableType(r);
                m.tables.add(new Table(t, instrs.expr()));
            } else {
                m.tables.add(Table.of(Types.tableType(r)));
            }
        }
    }

    /** 5.5.8 */
    private void memory() {
        for (int n = r.length(); n > 0; n--) {
            m.memories.add(Types.memType(r));
        }
    }

    /** The tag section (3.0, 5.5.10a): one tag type each. */
    private void tags() {
        for (int n = r.length(); n > 0; n--) {
            m.tags.add(tagType());
        }
    }

    /** A tag type (5.3.10): the attribute byte 0 (exception), then the index of its function type. */
    private TagType tagType() {
        r.expect(0x00, "zero byte expected");
        return new TagType(r.index());
    }

    /** 5.5.9 */
    private void global() {
        for (int n = r.length(); n > 0; n--) {
            m.globals.add(new Global(Types.globalType(r), instrs.expr()));
        }
    }

    /** 5.5.10 */
    private void exports() {
        for (int n = r.length(); n > 0; n--) {
            String name = r.name();
            int at = r.pos;
            ExternKind kind = switch (r.u8()) {
                case 0x00 -> ExternKind.FUNC;
                case 0x01 -> ExternKind.TABLE;
                case 0x02 -> ExternKind.MEMORY;
                case 0x03 -> ExternKind.GLOBAL;
                case 0x04 -> {
                    if (m.version == SpecVersion.V2) {
                        throw r.error("malformed export kind", at);
                    }
                    yield ExternKind.TAG;
                }
                default -> throw r.error("malformed export kind", at);
            };
            m.exports.add(new Export(name, kind, r.index()));
        }
    }

    /**
     * 5.5.12: the flags 0-7 tell the mode (bit 0: passive or declarative, bit 1: explicit table index or
     * declarative), and bit 2 whether the initializers are expressions rather than function indices.
     */
    private void elements() {
        for (int n = r.length(); n > 0; n--) {
            int at = r.pos;
            long flags = r.u32();
            if (flags > 7) {
                throw r.error("malformed elements segment kind", at);
            }
            boolean passiveOrDeclarative = (flags & 1) != 0;
            boolean explicit = (flags & 2) != 0;
            boolean exprs = (flags & 4) != 0;
            SegmentMode mode = !passiveOrDeclarative ? SegmentMode.ACTIVE
                    : explicit ? SegmentMode.DECLARATIVE : SegmentMode.PASSIVE;
            int table = 0;
            Instr[] offset = null;
            if (mode == SegmentMode.ACTIVE) {
                table = explicit ? r.index() : 0;
                offset = instrs.expr();
            }
            // Flag 0 implies function indices, so (ref func), and 4 funcref; the others state an element kind
            // or a reference type.
            ValType type = exprs ? ValType.FUNCREF : FUNC_INDICES;
            if (flags != 0 && flags != 4) {
                type = exprs ? Types.refType(r) : elemKind();
            }
            Instr[][] init = new Instr[r.length()][];
            for (int i = 0; i < init.length; i++) {
                init[i] = exprs ? instrs.expr() : refFunc();
            }
            m.elems.add(new Elem(type, init, mode, table, offset));
        }
    }

    /** The type of a segment given by function indices: they are never null (3.0; funcref in 2.0, a supertype). */
    static final ValType FUNC_INDICES = ValType.ref(false, AbsHeap.FUNC);

    /** The element kind 0x00 of segments given by function indices. */
    private ValType elemKind() {
        int at = r.pos;
        if (r.u8() != 0x00) {
            throw r.error("malformed element kind", at);
        }
        return FUNC_INDICES;
    }

    /** A function index as the constant expression {@code ref.func x end}. */
    private Instr[] refFunc() {
        int at = r.pos;
        Instr ref = Instr.of(Opcode.REF_FUNC, r.index());
        ref.offset = at;
        return new Instr[] {ref, new Instr(Opcode.END)};
    }

    /**
     * 5.5.13: each entry is sized; its locals are (count, type) runs whose total must stay below 2^32. The
     * body may run past its size (then "section size mismatch"), as in the reference interpreter.
     */
    private void code() {
        for (int n = r.length(); n > 0; n--) {
            int offset = r.pos;
            int size = r.length();
            int start = r.pos;
            ValType[] locals = locals();
            instrs.usesDataIndex = false;
            Instr[] body = instrs.expr();
            codeUsesDataIndex |= instrs.usesDataIndex;
            if (r.pos != start + size) {
                throw r.error("section size mismatch", start);
            }
            codes.add(new Code(locals, body, offset));
        }
    }

    private ValType[] locals() {
        int at = r.pos;
        int runs = r.length();
        long[] counts = new long[runs];
        ValType[] types = new ValType[runs];
        long total = 0;
        for (int i = 0; i < runs; i++) {
            counts[i] = r.u32();
            types[i] = Types.valType(r);
            total += counts[i];
        }
        if (total > ImplementationLimits.MAX_LOCALS) {
            throw r.error(ImplementationLimits.TOO_MANY_LOCALS, at);
        }
        ValType[] locals = new ValType[(int) total];
        int k = 0;
        for (int i = 0; i < runs; i++) {
            for (long c = 0; c < counts[i]; c++) {
                locals[k++] = types[i];
            }
        }
        return locals;
    }

    /** 5.5.14: flags 0 (active, memory 0), 1 (passive), 2 (active, explicit memory). */
    private void data() {
        for (int n = r.length(); n > 0; n--) {
            int at = r.pos;
            long flags = r.u32();
            if (flags > 2) {
                throw r.error("malformed data segment kind", at);
            }
            if (flags == 1) {
                m.datas.add(new Data(r.bytes(r.length()), SegmentMode.PASSIVE, 0, null));
            } else {
                int memory = flags == 2 ? r.index() : 0;
                Instr[] offset = instrs.expr();
                m.datas.add(new Data(r.bytes(r.length()), SegmentMode.ACTIVE, memory, offset));
            }
        }
    }
}
