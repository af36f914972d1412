package org.wasmscope.runtime.syntax;

import java.io.PrintStream;

/**
 * The disassembler: a readable listing of a module, section by section: types, imports, functions with
 * their instructions (indented by block depth, each with its byte offset or source line), tables,
 * memories, globals, exports, start, element and data segments, custom sections. The command line's
 * {@code dump} prints it, and the debugger shows it as the source of a binary module.
 */
public final class ModuleListing {
    private ModuleListing() {
    }

    public static void print(Module m, PrintStream out) {
        new Printer(m, out).all();
    }

    private static final class Printer {
        private final Module m;
        private final PrintStream out;

        Printer(Module m, PrintStream out) {
            this.m = m;
            this.out = out;
        }

        void all() {
            if (m.names.module != null) {
                out.println("module " + m.names.module);
            }
            types();
            imports();
            funcs();
            section("tables", m.tables.size());
            int tableBase = m.importCount(ExternKind.TABLE);
            for (int i = 0; i < m.tables.size(); i++) {
                out.println("  table " + (tableBase + i) + ": " + m.tables.get(i));
            }
            section("memories", m.memories.size());
            int memBase = m.importCount(ExternKind.MEMORY);
            for (int i = 0; i < m.memories.size(); i++) {
                out.println("  memory " + (memBase + i) + ": " + m.memories.get(i));
            }
            section("tags", m.tags.size());
            int tagBase = m.importCount(ExternKind.TAG);
            for (int i = 0; i < m.tags.size(); i++) {
                int type = m.tags.get(i).typeIndex();
                String name = m.names.tags.get(tagBase + i);
                out.println("  tag " + (name != null ? "$" + name : tagBase + i) + ": type " + type + " "
                        + (type < m.types.size() ? m.types.get(type) : "?"));
            }
            globals();
            section("exports", m.exports.size());
            for (Export e : m.exports) {
                out.println("  \"" + e.name() + "\" -> " + e.kind() + " " + e.index());
            }
            if (m.start >= 0) {
                out.println("start: func " + funcName(m.start));
            }
            elems();
            datas();
            if (m.dataCount >= 0) {
                out.println("data count: " + m.dataCount);
            }
            section("custom sections", m.customSections.size());
            for (CustomSection c : m.customSections) {
                out.println("  \"" + c.name() + "\" " + c.contents().length + " bytes at " + hex(c.offset()));
            }
        }

        private void section(String title, int count) {
            if (count > 0) {
                out.println(title + " (" + count + "):");
            }
        }

        /** Each type with its name and its fields' names; a recursive group of several types is announced. */
        private void types() {
            section("types", m.types.size());
            for (int g = 0; g < m.recStarts.size(); g++) {
                int start = m.recStarts.get(g);
                int end = m.recEnd(g);
                if (end - start > 1) {
                    out.println("  rec group of types " + start + " to " + (end - 1) + ":");
                }
                for (int x = start; x < end; x++) {
                    SubType s = m.types.get(x);
                    String name = m.names.types.get(x);
                    int typeIndex = x;
                    String comp = s.comp instanceof StructType st ? st.text(f -> m.names.field(typeIndex, f))
                            : s.comp.toString();
                    out.println("  type " + x + (name != null ? " $" + name : "") + ": " + s.text(comp));
                }
            }
        }

        private void imports() {
            section("imports", m.imports.size());
            for (Import i : m.imports) {
                String desc = switch (i.kind()) {
                    case FUNC -> "(type " + i.typeIndex() + ")";
                    case TABLE -> i.table().toString();
                    case MEMORY -> i.memory().toString();
                    case GLOBAL -> i.global().toString();
                    case TAG -> "(type " + i.typeIndex() + ")";
                };
                out.println("  \"" + i.module() + "\" \"" + i.name() + "\": " + i.kind() + " " + desc);
            }
        }

        private void funcs() {
            section("functions", m.funcs.size());
            int base = m.importCount(ExternKind.FUNC);
            for (int i = 0; i < m.funcs.size(); i++) {
                Func f = m.funcs.get(i);
                int index = base + i;
                String at = f.bodyOffset >= 0 ? " at " + hex(f.bodyOffset) : "";
                out.println("  func " + funcName(index) + ": type " + f.typeIndex + " "
                        + (f.typeIndex < m.types.size() ? m.types.get(f.typeIndex) : "?") + at);
                if (f.locals.length > 0) {
                    StringBuilder b = new StringBuilder("    locals:");
                    for (int k = 0; k < f.locals.length; k++) {
                        String name = m.names.local(index, k + paramCount(f));
                        b.append(' ').append(name == null ? "" : "$" + name + ":").append(f.locals[k]);
                    }
                    out.println(b);
                }
                body(f.body, 4);
            }
        }

        private int paramCount(Func f) {
            FuncType t = m.funcTypeAt(f.typeIndex);
            return t == null ? 0 : t.params.length;
        }

        /** Instructions one per line, with position, indented by nesting depth. */
        private void body(Instr[] body, int indent) {
            int depth = 0;
            for (Instr i : body) {
                if (i.op == Opcode.END || i.op == Opcode.ELSE) {
                    depth = Math.max(0, depth - 1);
                }
                out.println(" ".repeat(indent) + position(i) + "  " + "  ".repeat(depth) + i);
                if (i.op == Opcode.BLOCK || i.op == Opcode.LOOP || i.op == Opcode.IF || i.op == Opcode.ELSE
                        || i.op == Opcode.TRY_TABLE) {
                    depth++;
                }
            }
        }

        private static String position(Instr i) {
            if (i.offset >= 0) {
                return String.format("%06x", i.offset);
            }
            if (i.line > 0) {
                return String.format("%4d:%-3d", i.line, i.column);
            }
            return "      ";
        }

        private void globals() {
            section("globals", m.globals.size());
            int base = m.importCount(ExternKind.GLOBAL);
            for (int i = 0; i < m.globals.size(); i++) {
                Global g = m.globals.get(i);
                out.println("  global " + (base + i) + ": " + g.type() + " = " + expr(g.init()));
            }
        }

        private void elems() {
            section("elements", m.elems.size());
            for (int i = 0; i < m.elems.size(); i++) {
                Elem e = m.elems.get(i);
                StringBuilder b = new StringBuilder("  elem " + i + ": " + mode(e.mode(), "table", e.table(), e.offset())
                        + " " + e.type() + " [");
                for (int k = 0; k < e.init().length; k++) {
                    b.append(k == 0 ? "" : ", ").append(expr(e.init()[k]));
                }
                out.println(b.append(']'));
            }
        }

        private void datas() {
            section("data", m.datas.size());
            for (int i = 0; i < m.datas.size(); i++) {
                Data d = m.datas.get(i);
                out.println("  data " + i + ": " + mode(d.mode(), "memory", d.memory(), d.offset()) + " "
                        + d.init().length + " bytes " + preview(d.init()));
            }
        }

        private static String mode(SegmentMode mode, String target, int index, Instr[] offset) {
            return mode == SegmentMode.ACTIVE ? "active " + target + " " + index + " offset " + expr(offset)
                    : mode.toString().toLowerCase();
        }

        /** A constant expression on one line, without its final end. */
        private static String expr(Instr[] e) {
            StringBuilder b = new StringBuilder();
            for (Instr i : e) {
                if (i.op != Opcode.END || i != e[e.length - 1]) {
                    b.append(b.length() == 0 ? "" : "; ").append(i);
                }
            }
            return "(" + b + ")";
        }

        /** The first bytes of a data segment, printable ASCII as is, others escaped. */
        private static String preview(byte[] bytes) {
            StringBuilder b = new StringBuilder("\"");
            int n = Math.min(bytes.length, 32);
            for (int k = 0; k < n; k++) {
                int c = bytes[k] & 0xFF;
                if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') {
                    b.append((char) c);
                } else {
                    b.append(String.format("\\%02x", c));
                }
            }
            return b.append(bytes.length > n ? "\"..." : "\"").toString();
        }

        private String funcName(int index) {
            String name = m.names.function(index);
            return name == null ? Integer.toString(index) : index + " $" + name;
        }

        private static String hex(int offset) {
            return "0x" + Integer.toHexString(offset);
        }
    }
}
