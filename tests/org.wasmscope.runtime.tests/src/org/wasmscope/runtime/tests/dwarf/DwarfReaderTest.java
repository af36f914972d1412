package org.wasmscope.runtime.tests.dwarf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.wasmscope.runtime.dwarf.CValue;
import org.wasmscope.runtime.dwarf.DebugInfo;
import org.wasmscope.runtime.dwarf.FrameState;
import org.wasmscope.runtime.dwarf.LineRow;
import org.wasmscope.runtime.dwarf.Scope;
import org.wasmscope.runtime.dwarf.Variable;
import org.wasmscope.runtime.syntax.CustomSection;
import org.wasmscope.runtime.syntax.Module;

/**
 * Reads hand-assembled DWARF: line programs of versions 4 and 5 using every standard and extended opcode,
 * a compile unit whose variables have location expressions of each kind, and damaged sections.
 */
class DwarfReaderTest {
    // line number program opcodes
    private static final int COPY = 1, ADVANCE_PC = 2, ADVANCE_LINE = 3, SET_FILE = 4, SET_COLUMN = 5,
            NEGATE_STMT = 6, SET_BASIC_BLOCK = 7, CONST_ADD_PC = 8, FIXED_ADVANCE_PC = 9, SET_PROLOGUE_END = 10,
            SET_EPILOGUE_BEGIN = 11, SET_ISA = 12;
    private static final int OPCODE_BASE = 13, LINE_BASE = -5, LINE_RANGE = 14;

    /** A line program's opcodes after its header: two sequences, two files, every opcode once at least. */
    private static Dwarf program() {
        Dwarf p = new Dwarf();
        p.u8(0).uleb(5).u8(2).u32(0x100); // DW_LNE_set_address 0x100
        p.u8(SET_COLUMN).uleb(3);
        p.u8(COPY); // row 0x100 a.c:1:3 stmt
        p.u8(SET_PROLOGUE_END);
        p.u8(OPCODE_BASE + (2 - LINE_BASE) + LINE_RANGE * 4); // special: address +4, line +2: 0x104 line 3
        p.u8(ADVANCE_PC).uleb(6).u8(ADVANCE_LINE).sleb(-1).u8(NEGATE_STMT).u8(SET_BASIC_BLOCK).u8(COPY); // 0x10a line 2, not stmt
        p.u8(SET_EPILOGUE_BEGIN).u8(SET_ISA).uleb(1).u8(NEGATE_STMT);
        p.u8(0).uleb(2).u8(4).uleb(7); // DW_LNE_set_discriminator 7
        p.u8(0).uleb(3).u8(0x80).u8(0xAA, 0xBB); // an unknown extended opcode, skipped by its length
        p.u8(CONST_ADD_PC); // address + (255 - 13) / 14 = 17: 0x11b
        p.u8(SET_FILE).uleb(2).u8(COPY); // 0x11b b.h:2:3
        p.u8(FIXED_ADVANCE_PC).u16(5);
        p.u8(0).uleb(1).u8(1); // DW_LNE_end_sequence at 0x120
        p.u8(0).uleb(5).u8(2).u32(0x200);
        p.u8(ADVANCE_LINE).sleb(9).u8(COPY); // 0x200 a.c:10:0 (the registers were reset)
        p.u8(ADVANCE_PC).uleb(3).u8(0).uleb(1).u8(1); // end at 0x203
        return p;
    }

    private static Dwarf header4(Dwarf program) {
        Dwarf h = new Dwarf();
        h.u8(1, 1, 1, LINE_BASE & 0xFF, LINE_RANGE, OPCODE_BASE); // min length, max ops, default_is_stmt, ...
        h.u8(0, 1, 1, 1, 1, 0, 0, 0, 1, 0, 0, 1); // standard opcode argument counts
        h.string("inc").u8(0); // include directories
        h.string("a.c").uleb(0).uleb(0).uleb(0).string("b.h").uleb(1).uleb(0).uleb(0).u8(0); // files 1, 2
        Dwarf unit = new Dwarf().u16(4).withLength32(h).bytes(program.toBytes());
        return new Dwarf().withLength32(unit);
    }

    private static Dwarf header5(Dwarf program) {
        Dwarf h = new Dwarf();
        h.u8(1, 1, 1, LINE_BASE & 0xFF, LINE_RANGE, OPCODE_BASE);
        h.u8(0, 1, 1, 1, 1, 0, 0, 0, 1, 0, 0, 1);
        h.u8(1).uleb(1).uleb(0x1f); // directories: path as line_strp
        h.uleb(2).u32(0).u32(5); // "/src", "inc"
        h.u8(3).uleb(1).uleb(0x08).uleb(2).uleb(0x0b).uleb(5).uleb(0x1e); // files: path string, dir data1, MD5 data16
        h.uleb(3);
        h.string("a.c").u8(0).bytes(new byte[16]); // file 0, the primary source
        h.string("a.c").u8(0).bytes(new byte[16]); // file 1
        h.string("b.h").u8(1).bytes(new byte[16]); // file 2
        Dwarf unit = new Dwarf().u16(5).u8(4, 0).withLength32(h).bytes(program.toBytes());
        return new Dwarf().withLength32(unit);
    }

    private static final List<String> EXPECTED_ROWS = List.of(
            "0x100 /src/a.c:1:3 stmt", "0x104 /src/a.c:3:3 stmt prologue_end", "0x10a /src/a.c:2:3",
            "0x11b /src/inc/b.h:2:3 stmt", "0x120 end", "0x200 /src/a.c:10:0 stmt", "0x203 end");

    @Test
    void lineProgramVersion4() {
        DebugInfo info = DebugInfo.read(module(unit(4), header4(program())));
        assertEquals(List.of(), info.warnings());
        assertEquals(EXPECTED_ROWS, rows(info));
    }

    @Test
    void lineProgramVersion5() {
        DebugInfo info = DebugInfo.read(module(unit(5), header5(program())));
        assertEquals(List.of(), info.warnings());
        assertEquals(EXPECTED_ROWS, rows(info));
    }

    @Test
    void rowsAnswerAddressAndLineQueries() {
        DebugInfo info = DebugInfo.read(module(unit(4), header4(program())));
        assertEquals(3, info.rowAt(0x107).line());
        assertNull(info.rowAt(0x150)); // between sequences
        assertNull(info.rowAt(0xff));
        assertTrue(info.isStatementStart(0x104));
        assertFalse(info.isStatementStart(0x10a)); // not a statement
        assertFalse(info.isStatementStart(0x105)); // inside a row
        assertEquals(List.of(0x200L), info.lineEntries("a.c", 10));
        assertEquals(List.of(0x11bL), info.lineEntries("inc/b.h", 2));
        assertEquals(10, info.resolveLine("/src/a.c", 10)); // code on the line, in no function of .debug_info
        assertEquals(3, info.resolveLine("/src/a.c", 2)); // no statement on line 2 of f [1, 3]: f's next line
        assertEquals(-1, info.resolveLine("/src/a.c", 4)); // past f's last line: outside every function
        assertTrue(info.hasFile("a.c"));
        assertFalse(info.hasFile("c.c"));
        assertEquals(-1, info.resolveLine("a.c", 11));
        assertEquals(-1, info.resolveLine("xa.c", 1)); // a file matches at a path separator only
    }

    @Test
    void aTruncatedLineProgramIsAWarning() {
        byte[] whole = header4(program()).toBytes();
        for (int cut = 0; cut < whole.length; cut++) {
            DebugInfo info = DebugInfo.read(module(unit(4), new Dwarf().bytes(java.util.Arrays.copyOf(whole, cut))));
            assertEquals(1, info.warnings().size(), "cut at " + cut);
            assertTrue(info.warnings().get(0).startsWith(".debug_line: "), info.warnings().get(0));
        }
    }

    // ---------------------------------------------------------------- .debug_info and locations

    private static final int DW_TAG_COMPILE_UNIT = 0x11, DW_TAG_SUBPROGRAM = 0x2e, DW_TAG_VARIABLE = 0x34,
            DW_TAG_FORMAL_PARAMETER = 0x05, DW_TAG_BASE_TYPE = 0x24, DW_TAG_LEXICAL_BLOCK = 0x0b;
    private static final int AT_NAME = 0x03, AT_COMP_DIR = 0x1b, AT_STMT_LIST = 0x10, AT_LOW_PC = 0x11,
            AT_HIGH_PC = 0x12, AT_FRAME_BASE = 0x40, AT_TYPE = 0x49, AT_LOCATION = 0x02, AT_ENCODING = 0x3e,
            AT_BYTE_SIZE = 0x0b, AT_CONST_VALUE = 0x1c, AT_RANGES = 0x55, AT_RNGLISTS_BASE = 0x74;
    private static final int FORM_ADDR = 0x01, FORM_DATA4 = 0x06, FORM_STRING = 0x08, FORM_DATA1 = 0x0b,
            FORM_SDATA = 0x0d, FORM_REF4 = 0x13, FORM_SEC_OFFSET = 0x17, FORM_EXPRLOC = 0x18, FORM_RNGLISTX = 0x23;
    // location operations
    private static final int OP_DEREF_SIZE = 0x94, OP_LIT0 = 0x30, OP_PLUS = 0x22, OP_MUL = 0x1e, OP_SWAP = 0x16,
            OP_BRA = 0x28, OP_FBREG = 0x91, OP_PIECE = 0x93, OP_STACK_VALUE = 0x9f, OP_IMPLICIT_VALUE = 0x9e,
            OP_WASM_LOCATION = 0xed, OP_CONST1U = 0x08;

    private static Dwarf abbrevs(int version) {
        Dwarf a = new Dwarf();
        a.uleb(1).uleb(DW_TAG_COMPILE_UNIT).u8(1).uleb(AT_NAME).uleb(FORM_STRING).uleb(AT_COMP_DIR).uleb(FORM_STRING)
                .uleb(AT_STMT_LIST).uleb(FORM_SEC_OFFSET).uleb(AT_LOW_PC).uleb(FORM_ADDR)
                .uleb(AT_RNGLISTS_BASE).uleb(FORM_SEC_OFFSET).u8(0, 0);
        a.uleb(2).uleb(DW_TAG_SUBPROGRAM).u8(1).uleb(AT_NAME).uleb(FORM_STRING).uleb(AT_LOW_PC).uleb(FORM_ADDR)
                .uleb(AT_HIGH_PC).uleb(FORM_DATA4).uleb(AT_FRAME_BASE).uleb(FORM_EXPRLOC).u8(0, 0);
        a.uleb(3).uleb(DW_TAG_VARIABLE).u8(0).uleb(AT_NAME).uleb(FORM_STRING).uleb(AT_TYPE).uleb(FORM_REF4)
                .uleb(AT_LOCATION).uleb(FORM_EXPRLOC).u8(0, 0);
        a.uleb(4).uleb(DW_TAG_BASE_TYPE).u8(0).uleb(AT_NAME).uleb(FORM_STRING).uleb(AT_ENCODING).uleb(FORM_DATA1)
                .uleb(AT_BYTE_SIZE).uleb(FORM_DATA1).u8(0, 0);
        a.uleb(5).uleb(DW_TAG_VARIABLE).u8(0).uleb(AT_NAME).uleb(FORM_STRING).uleb(AT_TYPE).uleb(FORM_REF4)
                .uleb(AT_CONST_VALUE).uleb(FORM_SDATA).u8(0, 0);
        a.uleb(6).uleb(DW_TAG_FORMAL_PARAMETER).u8(0).uleb(AT_NAME).uleb(FORM_STRING).uleb(AT_TYPE).uleb(FORM_REF4)
                .uleb(AT_LOCATION).uleb(FORM_SEC_OFFSET).u8(0, 0);
        a.uleb(7).uleb(DW_TAG_LEXICAL_BLOCK).u8(1).uleb(AT_RANGES).uleb(version >= 5 ? FORM_RNGLISTX : FORM_SEC_OFFSET).u8(0, 0);
        return a.u8(0);
    }

    /** A compile unit of {@code version} with function f [0x100, 0x120) and its variables. */
    private static Dwarf unit(int version) {
        Dwarf header = version >= 5 ? new Dwarf().u16(5).u8(1, 4).u32(0) : new Dwarf().u16(4).u32(0).u8(4);
        Dwarf root = new Dwarf().uleb(1).string("a.c").string("/src").u32(0).u32(0).u32(12); // rnglists_base: after the header
        int intType = 4 + header.size() + root.size(); // unit-relative offsets, as DW_FORM_ref4 gives them
        int longLong = intType + 7;
        Dwarf d = new Dwarf();
        d.uleb(4).string("int").u8(0x05, 4);
        d.uleb(4).string("ll").u8(0x05, 8);
        d.uleb(2).string("f").u32(0x100).u32(0x20).withLengthUleb(new Dwarf().u8(OP_WASM_LOCATION, 0, 1, OP_STACK_VALUE));
        variable(d, "memory", intType, new Dwarf().u8(OP_FBREG).sleb(8));
        variable(d, "global", intType, new Dwarf().u8(OP_WASM_LOCATION, 1, 0, OP_STACK_VALUE));
        variable(d, "global32", intType, new Dwarf().u8(OP_WASM_LOCATION, 3).u32(0).u8(OP_STACK_VALUE));
        variable(d, "operand", intType, new Dwarf().u8(OP_WASM_LOCATION, 2, 1, OP_STACK_VALUE));
        variable(d, "local", intType, new Dwarf().u8(OP_WASM_LOCATION, 0, 0, OP_STACK_VALUE));
        variable(d, "arithmetic", intType, new Dwarf().u8(OP_LIT0 + 5, OP_LIT0 + 6, OP_PLUS, OP_LIT0 + 2, OP_MUL, OP_STACK_VALUE));
        variable(d, "branch", intType, new Dwarf().u8(OP_LIT0 + 1, OP_LIT0 + 9, OP_SWAP, OP_BRA).u16(1).u8(OP_LIT0 + 7, OP_STACK_VALUE));
        variable(d, "deref", intType, new Dwarf().u8(OP_FBREG).sleb(8).u8(OP_DEREF_SIZE, 4, OP_CONST1U, 1, OP_PLUS, OP_STACK_VALUE));
        variable(d, "pieces", longLong, new Dwarf().u8(OP_FBREG).sleb(8).u8(OP_PIECE, 4, OP_LIT0 + 1, OP_STACK_VALUE, OP_PIECE, 4));
        variable(d, "partly", longLong, new Dwarf().u8(OP_PIECE, 4, OP_LIT0 + 1, OP_STACK_VALUE, OP_PIECE, 4));
        variable(d, "implicit", intType, new Dwarf().u8(OP_IMPLICIT_VALUE, 4, 42, 0, 0, 0));
        variable(d, "bad", intType, new Dwarf().u8(OP_PLUS)); // stack underflow
        d.uleb(5).string("constant").u32(intType).sleb(-3);
        d.uleb(6).string("listed").u32(intType).u32(version >= 5 ? 4 : 0); // in .debug_loclists after its header
        d.uleb(7); // a block at [0x108, 0x10c) and [0x112, 0x114): range list at 0 (DWARF 5: index 0)
        if (version >= 5) {
            d.uleb(0);
        } else {
            d.u32(0);
        }
        variable(d, "scoped", intType, new Dwarf().u8(OP_WASM_LOCATION, 0, 0, OP_STACK_VALUE));
        d.u8(0); // end of the block's children
        d.u8(0); // end of f's children
        root.bytes(d.toBytes()).u8(0);
        return new Dwarf().withLength32(header.bytes(root.toBytes()));
    }

    private static void variable(Dwarf d, String name, int type, Dwarf expr) {
        d.uleb(3).string(name).u32(type).withLengthUleb(expr);
    }

    private static Module module(Dwarf info, Dwarf line) {
        byte[] infoBytes = info.toBytes();
        int version = infoBytes.length >= 6 ? infoBytes[4] : 4;
        Module m = new Module();
        m.customSections.add(new CustomSection(".debug_info", infoBytes, 0));
        m.customSections.add(new CustomSection(".debug_abbrev", abbrevs(version).toBytes(), 0));
        // the block's ranges: DWARF 4 from the unit's base address (0), then after a base address selection
        m.customSections.add(new CustomSection(".debug_ranges", new Dwarf().u32(0x108).u32(0x10c)
                .u32(0xFFFFFFFFL).u32(0x110).u32(2).u32(4).u32(0).u32(0).toBytes(), 0));
        // DWARF 5: a header, the offset table (one list, 4 bytes after it), then the list
        m.customSections.add(new CustomSection(".debug_rnglists", new Dwarf().u32(0).u16(5).u8(4, 0).u32(1).u32(4)
                .u8(7).u32(0x108).uleb(4) // start_length
                .u8(5).u32(0x110).u8(4).uleb(2).uleb(4) // base_address, offset_pair
                .u8(0).toBytes(), 0));
        m.customSections.add(new CustomSection(".debug_line", line.toBytes(), 0));
        m.customSections.add(new CustomSection(".debug_line_str", new Dwarf().string("/src").string("inc").toBytes(), 0));
        // the parameter's location list: local 0 in [0x100, 0x110), local 1 in [0x110, 0x120) after a new base
        m.customSections.add(new CustomSection(".debug_loc", new Dwarf()
                .u32(0xFFFFFFFFL).u32(0x100).u32(0).u32(0x10).u16(3).u8(OP_WASM_LOCATION, 0, 0)
                .u32(0xFFFFFFFFL).u32(0x110).u32(0).u32(0x10).u16(3).u8(OP_WASM_LOCATION, 0, 1).u32(0).u32(0).toBytes(), 0));
        m.customSections.add(new CustomSection(".debug_loclists", new Dwarf().u32(0) // stands for the header
                .u8(7).u32(0x100).u32(0x110).uleb(3).u8(OP_WASM_LOCATION, 0, 0) // start_end
                .u8(8).u32(0x110).uleb(0x10).uleb(3).u8(OP_WASM_LOCATION, 0, 1) // start_length
                .u8(0).toBytes(), 0));
        return m;
    }

    /** Locals 5 and 1000 (the frame base), global 0: 7, operands [3, 11], memory with 42 at 1008. */
    private static final FrameState STATE = new StubFrame(new long[] {5, 1000}, new long[] {7}, new long[] {3, 11},
            memoryWith42At1008());

    private static byte[] memoryWith42At1008() {
        byte[] memory = new byte[2048];
        memory[1008] = 42;
        return memory;
    }

    @Test
    void locationExpressionsOfEachKindVersion4() {
        locationExpressionsOfEachKind(4);
    }

    @Test
    void locationExpressionsOfEachKindVersion5() {
        locationExpressionsOfEachKind(5);
    }

    private void locationExpressionsOfEachKind(int version) {
        DebugInfo info = DebugInfo.read(module(unit(version), header4(program())));
        assertEquals(List.of(), info.warnings());
        Scope f = info.functionAt(0x104);
        assertEquals("f", f.name());
        assertEquals(List.of(f), info.scopesAt(0x104));
        List<Variable> vars = info.variablesAt(f, 0x104);
        assertEquals("int listed", vars.get(0).toString()); // parameters first
        assertEquals("42", value(info, f, "memory", 0x104));
        assertEquals("7", value(info, f, "global", 0x104));
        assertEquals("7", value(info, f, "global32", 0x104));
        assertEquals("11", value(info, f, "operand", 0x104)); // counted from the bottom of the operand stack
        assertEquals("5", value(info, f, "local", 0x104));
        assertEquals("22", value(info, f, "arithmetic", 0x104));
        assertEquals("9", value(info, f, "branch", 0x104));
        assertEquals("43", value(info, f, "deref", 0x104));
        assertEquals(Long.toString((1L << 32) + 42), value(info, f, "pieces", 0x104));
        assertEquals("<optimized out>", value(info, f, "partly", 0x104)); // its low half is nowhere
        assertEquals("42", value(info, f, "implicit", 0x104));
        assertEquals("-3", value(info, f, "constant", 0x104));
        assertTrue(value(info, f, "bad", 0x104).startsWith("<location expression: stack underflow"));
        assertEquals("5", value(info, f, "listed", 0x104));
        assertEquals("1000", value(info, f, "listed", 0x118));
        assertEquals("<optimized out>", value(info, f, "listed", 0x200));
    }

    /** A value set from text is written to its place: memory, a local, a global, an operand; elsewhere the reason why not. */
    @Test
    void valuesInPlacesAreWrittenThere() {
        DebugInfo info = DebugInfo.read(module(unit(5), header4(program())));
        Scope f = info.functionAt(0x104);
        StubFrame state = new StubFrame(new long[] {5, 1000}, new long[] {7}, new long[] {3, 11}, new byte[2048]);
        cValue(info, f, "memory", 0x104, state).set("-2");
        assertEquals(List.of(-2, -1, -1, -1), List.of((int) state.memory[1008], (int) state.memory[1009],
                (int) state.memory[1010], (int) state.memory[1011]));
        cValue(info, f, "local", 0x104, state).set("0x2a");
        assertEquals(42, state.locals[0]);
        cValue(info, f, "global", 0x104, state).set("8");
        assertEquals(8, state.globals[0]);
        cValue(info, f, "operand", 0x104, state).set("12");
        assertEquals(12, state.operands[1]);
        assertEquals("-2", cValue(info, f, "memory", 0x104, state).text());
        cValue(info, f, "listed", 0x118, state).set("1500"); // local 1 there, the frame base
        assertEquals(1500, state.locals[1]);

        assertEquals("it is a computed value (DW_OP_stack_value)", cValue(info, f, "arithmetic", 0x104, state).readOnlyReason());
        assertEquals("it is a computed value (DW_OP_stack_value)", cValue(info, f, "pieces", 0x104, state).readOnlyReason());
        assertEquals("it is an implicit value (DW_OP_implicit_value)", cValue(info, f, "implicit", 0x104, state).readOnlyReason());
        assertEquals("it is a constant (DW_AT_const_value)", cValue(info, f, "constant", 0x104, state).readOnlyReason());
        assertTrue(cValue(info, f, "bad", 0x104, state).readOnlyReason()
                .startsWith("its value is unavailable (location expression: stack underflow"));
        assertEquals("arithmetic cannot be set: it is a computed value (DW_OP_stack_value)", assertThrows(
                IllegalStateException.class, () -> cValue(info, f, "arithmetic", 0x104, state).set("1")).getMessage());
        assertEquals("4294967296 does not fit in int (4 bytes)", assertThrows(IllegalArgumentException.class,
                () -> cValue(info, f, "memory", 0x104, state).set("4294967296")).getMessage());
        assertEquals("\"x\" is not a value of type int", assertThrows(IllegalArgumentException.class,
                () -> cValue(info, f, "memory", 0x104, state).set("x")).getMessage());
        cValue(info, f, "memory", 0x104, state).set("4294967295"); // the unsigned spelling of -1 fits too
        assertEquals("-1", cValue(info, f, "memory", 0x104, state).text());
        assertEquals(-1, state.memory[1508]); // at the new frame base
    }

    @Test
    void rangeListsOfBothVersionsScopeABlocksVariables() {
        for (int version : new int[] {4, 5}) {
            DebugInfo info = DebugInfo.read(module(unit(version), header4(program())));
            assertEquals(List.of(), info.warnings());
            Scope f = info.functionAt(0x100);
            for (long address : new long[] {0x104, 0x108, 0x10b, 0x10c, 0x111, 0x112, 0x113, 0x114}) {
                boolean inBlock = address >= 0x108 && address < 0x10c || address >= 0x112 && address < 0x114;
                assertEquals(inBlock, info.variablesAt(f, address).stream().anyMatch(v -> v.name().equals("scoped")),
                        "version " + version + " at 0x" + Long.toHexString(address));
            }
        }
    }

    @Test
    void aTruncatedDebugInfoLeavesTheUnitOutWithAWarning() {
        byte[] whole = unit(4).toBytes();
        for (int cut = 1; cut < whole.length; cut++) {
            DebugInfo info = DebugInfo.read(module(new Dwarf().bytes(java.util.Arrays.copyOf(whole, cut)), header4(program())));
            assertFalse(info.warnings().isEmpty(), "cut at " + cut);
            assertTrue(info.functions().isEmpty(), "cut at " + cut);
        }
    }

    private static String value(DebugInfo info, Scope f, String name, long address) {
        return cValue(info, f, name, address, STATE).text();
    }

    private static CValue cValue(DebugInfo info, Scope f, String name, long address, FrameState state) {
        for (Variable v : info.variablesAt(f, address)) {
            if (v.name().equals(name)) {
                return CValue.of(info, f, v, address, state);
            }
        }
        throw new AssertionError("no variable " + name);
    }

    private static List<String> rows(DebugInfo info) {
        return info.lineRows().stream().map(DwarfReaderTest::row).toList();
    }

    private static String row(LineRow r) {
        return "0x" + Long.toHexString(r.address()) + " " + (r.endSequence() ? "end"
                : r.position() + (r.isStmt() ? " stmt" : "") + (r.prologueEnd() ? " prologue_end" : ""));
    }
}
