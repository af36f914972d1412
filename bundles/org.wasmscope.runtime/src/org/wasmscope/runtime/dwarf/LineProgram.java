package org.wasmscope.runtime.dwarf;

import java.util.ArrayList;
import java.util.List;

/**
 * A line number program of {@code .debug_line} (DWARF 4 §6.2, DWARF 5 §6.2): its header with the
 * directory and file tables, then the state machine run over the standard, extended and special opcodes
 * into {@link LineRow}s. WebAssembly has no VLIW bundles, so operation indices are not kept.
 */
final class LineProgram {
    // standard opcodes (§6.2.5.2)
    private static final int COPY = 1, ADVANCE_PC = 2, ADVANCE_LINE = 3, SET_FILE = 4, SET_COLUMN = 5,
            NEGATE_STMT = 6, SET_BASIC_BLOCK = 7, CONST_ADD_PC = 8, FIXED_ADVANCE_PC = 9, SET_PROLOGUE_END = 10,
            SET_EPILOGUE_BEGIN = 11, SET_ISA = 12;
    // extended opcodes (§6.2.5.3)
    private static final int END_SEQUENCE = 1, SET_ADDRESS = 2, DEFINE_FILE = 3, SET_DISCRIMINATOR = 4;
    // DWARF 5 entry formats' content types (§6.2.4.1)
    private static final int LNCT_PATH = 1, LNCT_DIRECTORY_INDEX = 2;

    private final Sections sections;
    private final String compDir;
    private final List<String> dirs = new ArrayList<>();
    private final List<String> files = new ArrayList<>();
    private int version;

    private LineProgram(Sections sections, String compDir) {
        this.sections = sections;
        this.compDir = compDir;
    }

    /** A unit's line table: its file names (by the index entries use) and its rows, sequence by sequence. */
    record Table(List<String> files, List<LineRow> rows) {
    }

    /** The program at {@code offset} of {@code .debug_line}, for a unit compiled in {@code compDir}. */
    static Table read(Sections sections, long offset, String compDir) {
        LineProgram p = new LineProgram(sections, compDir);
        List<LineRow> rows = p.run(sections.reader(Sections.LINE).at(offset));
        return new Table(p.files, rows);
    }

    private List<LineRow> run(ByteReader in) {
        long length = in.u32();
        int offsetSize = 4;
        if (length == 0xFFFFFFFFL) {
            length = in.u64();
            offsetSize = 8;
        }
        ByteReader r = in.slice(length);
        version = r.u16();
        if (version < 2 || version > 5) {
            throw r.error("unsupported line table version " + version);
        }
        int addressSize = 4;
        if (version >= 5) {
            addressSize = r.u8();
            r.u8(); // segment selector size
        }
        long headerLength = r.unsigned(offsetSize);
        ByteReader header = r.slice(headerLength);
        int minInstrLength = header.u8();
        if (version >= 4) {
            header.u8(); // maximum operations per instruction
        }
        boolean defaultIsStmt = header.u8() != 0;
        int lineBase = (byte) header.u8();
        int lineRange = header.u8();
        int opcodeBase = header.u8();
        if (lineRange == 0) {
            throw r.error("line_range 0");
        }
        int[] argCounts = new int[Math.max(opcodeBase, 1)];
        for (int i = 1; i < opcodeBase; i++) {
            argCounts[i] = header.u8();
        }
        if (version >= 5) {
            entries(header, offsetSize, true);
            entries(header, offsetSize, false);
        } else {
            dirs.add(compDir);
            for (String d = header.cstring(); !d.isEmpty(); d = header.cstring()) {
                dirs.add(join(compDir, d));
            }
            files.add(null); // DWARF 4 counts files from 1
            for (String f = header.cstring(); !f.isEmpty(); f = header.cstring()) {
                defineFile(f, header);
            }
        }

        List<LineRow> rows = new ArrayList<>();
        State s = new State(defaultIsStmt);
        while (!r.atEnd()) {
            int op = r.u8();
            if (op >= opcodeBase) {
                int adjusted = op - opcodeBase;
                s.address += (long) (adjusted / lineRange) * minInstrLength;
                s.line += lineBase + adjusted % lineRange;
                emit(rows, s, false);
                continue;
            }
            switch (op) {
                case 0 -> {
                    ByteReader ext = r.slice(r.uleb());
                    if (ext.atEnd()) {
                        break;
                    }
                    switch (ext.u8()) {
                        case END_SEQUENCE -> {
                            emit(rows, s, true);
                            s = new State(defaultIsStmt);
                        }
                        case SET_ADDRESS -> s.address = ext.unsigned(ext.end - ext.pos == 8 ? 8 : addressSize);
                        case DEFINE_FILE -> defineFile(ext.cstring(), ext);
                        case SET_DISCRIMINATOR -> ext.uleb();
                        default -> {
                            // an unknown extended opcode: its length lets it be skipped
                        }
                    }
                }
                case COPY -> emit(rows, s, false);
                case ADVANCE_PC -> s.address += r.uleb() * minInstrLength;
                case ADVANCE_LINE -> s.line += (int) r.sleb();
                case SET_FILE -> s.file = r.ulebInt();
                case SET_COLUMN -> s.column = r.ulebInt();
                case NEGATE_STMT -> s.isStmt = !s.isStmt;
                case SET_BASIC_BLOCK, SET_EPILOGUE_BEGIN -> {
                    // not kept
                }
                case CONST_ADD_PC -> s.address += (long) ((255 - opcodeBase) / lineRange) * minInstrLength;
                case FIXED_ADVANCE_PC -> s.address += r.u16();
                case SET_PROLOGUE_END -> s.prologueEnd = true;
                case SET_ISA -> r.uleb();
                default -> {
                    for (int i = 0; i < argCounts[op]; i++) { // an opcode of a newer version: skip its arguments
                        r.uleb();
                    }
                }
            }
        }
        return rows;
    }

    private void emit(List<LineRow> rows, State s, boolean endSequence) {
        rows.add(new LineRow(s.address, file(s.file), Math.max(0, s.line), s.column, s.isStmt, s.prologueEnd,
                endSequence));
        s.prologueEnd = false;
    }

    private String file(int index) {
        String f = index >= 0 && index < files.size() ? files.get(index) : null;
        return f != null ? f : "<file " + index + ">";
    }

    /** A DWARF 4 file entry (header or DW_LNE_define_file): name, directory index, time, length. */
    private void defineFile(String name, ByteReader r) {
        int dir = r.ulebInt();
        r.uleb();
        r.uleb();
        files.add(join(dir < dirs.size() ? dirs.get(dir) : null, name));
    }

    /** DWARF 5's directory or file name table, described by its own entry formats. */
    private void entries(ByteReader r, int offsetSize, boolean directories) {
        int formatCount = r.u8();
        int[] types = new int[formatCount];
        int[] forms = new int[formatCount];
        for (int i = 0; i < formatCount; i++) {
            types[i] = r.ulebInt();
            forms[i] = r.ulebInt();
        }
        int count = r.ulebInt();
        for (int n = 0; n < count; n++) {
            String path = null;
            long dir = 0;
            for (int i = 0; i < formatCount; i++) {
                Object v = value(r, forms[i], offsetSize);
                if (types[i] == LNCT_PATH && v instanceof String p) {
                    path = p;
                } else if (types[i] == LNCT_DIRECTORY_INDEX && v instanceof Long d) {
                    dir = d;
                }
            }
            if (directories) {
                dirs.add(path == null ? "" : n == 0 || isAbsolute(path) ? path : join(compDir, path));
            } else {
                files.add(join(dir >= 0 && dir < dirs.size() ? dirs.get((int) dir) : null, path == null ? "" : path));
            }
        }
    }

    /** A value of an entry format: a string (string, strp, line_strp) or a number; blocks skipped (null). */
    private Object value(ByteReader r, int form, int offsetSize) {
        return switch (form) {
            case Dw.FORM_STRING -> r.cstring();
            case Dw.FORM_LINE_STRP -> sections.string(Sections.LINE_STR, r.unsigned(offsetSize));
            case Dw.FORM_STRP -> sections.string(Sections.STR, r.unsigned(offsetSize));
            case Dw.FORM_UDATA -> r.uleb();
            case Dw.FORM_DATA1 -> (long) r.u8();
            case Dw.FORM_DATA2 -> (long) r.u16();
            case Dw.FORM_DATA4 -> r.u32();
            case Dw.FORM_DATA8 -> r.u64();
            case Dw.FORM_DATA16 -> {
                r.skip(16);
                yield null;
            }
            case Dw.FORM_BLOCK -> {
                r.skip(r.uleb());
                yield null;
            }
            default -> throw r.error("unsupported form 0x" + Integer.toHexString(form) + " in the file table");
        };
    }

    static boolean isAbsolute(String path) {
        return path.startsWith("/") || path.length() > 2 && path.charAt(1) == ':';
    }

    /** {@code name} in directory {@code dir} (unless absolute). */
    static String join(String dir, String name) {
        if (dir == null || dir.isEmpty() || isAbsolute(name)) {
            return name;
        }
        return dir.endsWith("/") ? dir + name : dir + "/" + name;
    }

    /** The state machine's registers (§6.2.2). */
    private static final class State {
        long address;
        int file = 1;
        int line = 1;
        int column;
        boolean isStmt;
        boolean prologueEnd;

        State(boolean isStmt) {
            this.isStmt = isStmt;
        }
    }
}
