package org.wasmscope.runtime.dwarf;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.wasmscope.runtime.syntax.Instr;
import org.wasmscope.runtime.syntax.Module;

/**
 * A module's DWARF debug information: the line table of all its compile units, its functions (with
 * their inlined calls) by code address, their C variables and types. {@link #read} never fails: what is
 * damaged becomes a {@linkplain #warnings() warning} and is left out; a module without DWARF gives an
 * {@linkplain #isEmpty() empty} one.
 */
public final class DebugInfo {
    private static final int MAX_TYPE_DEPTH = 64;

    private final List<String> warnings = new ArrayList<>();
    private final Map<Long, Die> byOffset = new HashMap<>();
    private final Map<Long, CType> types = new HashMap<>();
    private final List<Unit> units;
    /** All rows of all units, by address (a sequence's end row after the rows it ends). */
    private final List<LineRow> rows = new ArrayList<>();
    private final long[] rowAddresses;
    /** The functions with code, by their first address. */
    private final List<Scope> functions = new ArrayList<>();
    private record FunctionRange(Range range, Scope function) {
    }

    /** Every range of every function, by start address. */
    private final List<FunctionRange> functionRanges = new ArrayList<>();

    /** Weakly: the shared cache ({@link #of}) holds this by its module, which must stay collectable. */
    private final WeakReference<Module> module;
    private final int codeSectionOffset;
    /** The code address of every instruction of every function, ascending, and where it is; made when first needed. */
    private long[] instrAddresses;
    private int[][] instrPlaces;

    private DebugInfo(Module m) {
        this.module = new WeakReference<>(m);
        this.codeSectionOffset = m.codeSectionOffset;
        Sections sections = new Sections(m);
        List<Unit> read = List.of();
        if (sections.has(Sections.INFO)) {
            try {
                read = new InfoReader(this, sections, warnings).read(byOffset);
            } catch (DwarfFormatException e) {
                warnings.add(e.getMessage());
            }
        }
        units = read;
        for (Unit u : units) {
            lines(u, sections);
            collectFunctions(u.root);
        }
        rows.sort(Comparator.comparingLong(LineRow::address).thenComparing(LineRow::endSequence, Comparator.reverseOrder()));
        rowAddresses = rows.stream().mapToLong(LineRow::address).toArray();
        functions.sort(Comparator.comparingLong(f -> f.ranges().get(0).start()));
        for (Scope f : functions) {
            for (Range r : f.ranges()) {
                functionRanges.add(new FunctionRange(r, f));
            }
        }
        functionRanges.sort(Comparator.comparingLong(r -> r.range().start()));
    }

    private static final Map<Module, DebugInfo> READ = new java.util.WeakHashMap<>();

    /** The debug information of {@code m}, read once for all who ask (a session, a view, the debug model). */
    public static DebugInfo of(Module m) {
        synchronized (READ) {
            return READ.computeIfAbsent(m, DebugInfo::read);
        }
    }

    /** The debug information of {@code m}'s {@code .debug_*} sections, read afresh; never throws. */
    public static DebugInfo read(Module m) {
        try {
            return new DebugInfo(m);
        } catch (RuntimeException | StackOverflowError e) { // untrusted input must not fail a launch
            DebugInfo none = new DebugInfo(new Module());
            none.warnings.add("DWARF debug information unreadable: " + e);
            return none;
        }
    }

    /** Whether there is nothing: no line table and no function. */
    public boolean isEmpty() {
        return rows.isEmpty() && functions.isEmpty();
    }

    /** What was damaged and left out, one message each. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    // ---------------------------------------------------------------- code addresses

    /** The code address of instruction {@code in} of the module: its offset from the code section's contents; -1 if unknown. */
    public long address(Instr in) {
        return in.offset < 0 || codeSectionOffset < 0 ? -1 : in.offset - codeSectionOffset;
    }

    /**
     * The instruction at code address {@code address}, or the first after it in the same function (a
     * function's first row is at its start, before its locals): {@code {i, k}} for instruction {@code k}
     * of the module's {@code i}-th defined function ({@link Module#funcs}); null if there is none.
     */
    public synchronized int[] instructionAt(long address) {
        Module m = module.get();
        if (m == null) {
            return null;
        }
        if (instrAddresses == null) {
            List<int[]> places = new ArrayList<>();
            for (int i = 0; i < m.funcs.size(); i++) {
                Instr[] body = m.funcs.get(i).body;
                for (int k = 0; k < body.length; k++) {
                    if (body[k].offset >= 0) {
                        places.add(new int[] {i, k});
                    }
                }
            }
            places.sort(Comparator.comparingInt(p -> m.funcs.get(p[0]).body[p[1]].offset));
            instrAddresses = places.stream().mapToLong(p -> address(m.funcs.get(p[0]).body[p[1]])).toArray();
            instrPlaces = places.toArray(int[][]::new);
        }
        int i = java.util.Arrays.binarySearch(instrAddresses, address);
        if (i < 0) {
            i = -i - 1; // the first instruction after the address
            if (i == instrAddresses.length || m.funcs.get(instrPlaces[i][0]).bodyOffset - codeSectionOffset > address) {
                return null;
            }
        }
        return instrPlaces[i].clone();
    }

    // ---------------------------------------------------------------- lines

    private void lines(Unit u, Sections sections) {
        Die.Attr stmtList = u.root.attr(Dw.AT_STMT_LIST);
        if (stmtList == null) {
            return;
        }
        try {
            Die.Attr dir = u.root.attr(Dw.AT_COMP_DIR);
            String compDir = dir == null ? null : dir.string(u);
            LineProgram.Table t = LineProgram.read(sections, stmtList.number(), compDir);
            u.files = t.files();
            List<LineRow> sequence = new ArrayList<>();
            for (LineRow row : t.rows()) {
                sequence.add(row);
                if (row.endSequence()) {
                    if (sequence.get(0).address() < u.tombstone()) { // else: a function the linker dropped
                        rows.addAll(sequence);
                    }
                    sequence.clear();
                }
            }
        } catch (DwarfFormatException e) {
            warnings.add(e.getMessage());
        }
    }

    /** Every row of the line table, by address. */
    public List<LineRow> lineRows() {
        return List.copyOf(rows);
    }

    /** The row whose code contains {@code address}, or null. */
    public LineRow rowAt(long address) {
        int i = lastAtOrBefore(address);
        if (i < 0) {
            return null;
        }
        LineRow r = rows.get(i);
        return r.endSequence() ? null : r;
    }

    /** The source position of instruction {@code in} as {@link LineRow#shortPosition()}, or null where the line table has none. */
    public String positionOf(Instr in) {
        LineRow row = rowAt(address(in));
        return row == null || row.line() == 0 ? null : row.shortPosition();
    }

    /** Whether a row that starts a statement begins exactly at {@code address} (a line's entry). */
    public boolean isStatementStart(long address) {
        int i = lastAtOrBefore(address);
        for (; i >= 0 && rowAddresses[i] == address; i--) {
            LineRow r = rows.get(i);
            if (!r.endSequence() && r.isStmt() && r.line() > 0) {
                return true;
            }
        }
        return false;
    }

    private int lastAtOrBefore(long address) {
        int lo = 0;
        int hi = rowAddresses.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (rowAddresses[mid] <= address) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** The source files the line table names, in order of first appearance. */
    public List<String> files() {
        return rows.stream().map(LineRow::file).distinct().toList();
    }

    /**
     * The line a breakpoint on {@code line} of {@code file} stops at: that line if it has code; a line without
     * code inside a function (from the line it is declared on to its last line with code: a blank line, a
     * comment, a declaration, a closing brace of a block) goes to the next line of that function that has
     * code, as GDB installs it for CDT; -1 elsewhere (outside every function: a type's declaration, between
     * functions, past a function's last line), where no code will ever run. {@code file} matches a table's
     * file when one path ends with the other ({@link #sameFile}).
     */
    public int resolveLine(String file, int line) {
        Map<Scope, int[]> spans = new HashMap<>(); // per function: its first and last line, the first line at or after line
        for (LineRow r : rows) {
            if (r.endSequence() || !r.isStmt() || r.line() <= 0 || !sameFile(r.file(), file)) {
                continue;
            }
            if (r.line() == line) {
                return line;
            }
            Scope f = functionAt(r.address());
            if (f == null) {
                continue;
            }
            int[] span = spans.computeIfAbsent(f, k -> {
                int declared = (int) k.die.number(Dw.AT_DECL_LINE, 0);
                return new int[] {declared > 0 ? declared : Integer.MAX_VALUE, 0, Integer.MAX_VALUE};
            });
            span[0] = Math.min(span[0], r.line());
            span[1] = Math.max(span[1], r.line());
            if (r.line() > line) {
                span[2] = Math.min(span[2], r.line());
            }
        }
        int best = -1;
        for (int[] span : spans.values()) {
            if (span[0] <= line && line <= span[1] && (best < 0 || span[2] < best)) {
                best = span[2];
            }
        }
        return best;
    }

    /** Whether the line table names {@code file} (matched as {@link #resolveLine} does). */
    public boolean hasFile(String file) {
        for (String f : files()) {
            if (sameFile(f, file)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where execution enters {@code line} of {@code file}: the first address of each run of the line's
     * statement rows (a {@code for} header is entered for its initialization, test and increment).
     */
    public List<Long> lineEntries(String file, int line) {
        List<Long> out = new ArrayList<>();
        LineRow previous = null;
        for (LineRow r : rows) {
            boolean onLine = !r.endSequence() && r.line() == line && sameFile(r.file(), file);
            boolean previousOnLine = previous != null && !previous.endSequence() && previous.line() == line
                    && previous.file().equals(r.file());
            if (onLine && r.isStmt() && !previousOnLine && (out.isEmpty() || out.get(out.size() - 1) != r.address())) {
                out.add(r.address());
            }
            previous = r;
        }
        return out;
    }

    /** Whether two paths name the same file: equal, or one ends with the other at a path separator. */
    public static boolean sameFile(String a, String b) {
        String x = a.replace('\\', '/');
        String y = b.replace('\\', '/');
        if (x.length() < y.length()) {
            String t = x;
            x = y;
            y = t;
        }
        return x.equals(y) || x.endsWith(y) && (y.startsWith("/") || x.charAt(x.length() - y.length() - 1) == '/');
    }

    // ---------------------------------------------------------------- functions and scopes

    private void collectFunctions(Die root) {
        List<Die> work = new ArrayList<>(List.of(root));
        while (!work.isEmpty()) {
            Die d = work.remove(work.size() - 1);
            if (d.tag == Dw.TAG_SUBPROGRAM) {
                try {
                    List<Range> ranges = Lists.ranges(d);
                    if (!ranges.isEmpty()) {
                        functions.add(new Scope(d, false, ranges, null));
                    }
                } catch (DwarfFormatException e) {
                    warnings.add(e.getMessage() + " (the ranges of the function at 0x" + Long.toHexString(d.offset) + ")");
                }
            } else {
                work.addAll(d.children); // subprograms may sit in namespaces or other scopes
            }
        }
    }

    /** The function whose code contains {@code address}, or null. */
    public Scope functionAt(long address) {
        int lo = 0;
        int hi = functionRanges.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (functionRanges.get(mid).range().start() <= address) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found >= 0 && functionRanges.get(found).range().contains(address) ? functionRanges.get(found).function()
                : null;
    }

    /** The functions with code, by address. */
    public List<Scope> functions() {
        return List.copyOf(functions);
    }

    /**
     * The C frames that run at {@code address}, innermost first: the inlined calls that contain it, then the
     * function; empty if no function's code contains it.
     */
    public List<Scope> scopesAt(long address) {
        Scope function = functionAt(address);
        List<Scope> out = new ArrayList<>();
        if (function == null) {
            return out;
        }
        out.add(function);
        Die scope = function.die;
        for (boolean deeper = true; deeper;) {
            deeper = false;
            List<Die> work = new ArrayList<>(scope.children);
            while (!work.isEmpty()) {
                Die d = work.remove(work.size() - 1);
                if (d.tag == Dw.TAG_INLINED_SUBROUTINE || d.tag == Dw.TAG_LEXICAL_BLOCK) {
                    List<Range> ranges;
                    try {
                        ranges = Lists.ranges(d);
                    } catch (DwarfFormatException e) {
                        continue;
                    }
                    if (ranges.stream().noneMatch(r -> r.contains(address))) {
                        continue;
                    }
                    if (d.tag == Dw.TAG_LEXICAL_BLOCK) {
                        work.addAll(d.children);
                    } else {
                        out.add(0, new Scope(d, true, ranges, function));
                        scope = d;
                        deeper = true;
                        break;
                    }
                }
            }
        }
        return out;
    }

    /**
     * The parameters, then the local variables, of {@code scope} that are in scope at {@code address} (those
     * of the lexical blocks that contain it too; not those of calls inlined into it).
     */
    public List<Variable> variablesAt(Scope scope, long address) {
        List<Variable> params = new ArrayList<>();
        List<Variable> locals = new ArrayList<>();
        collectVariables(scope.die, address, params, locals);
        params.addAll(locals);
        return params;
    }

    private void collectVariables(Die scope, long address, List<Variable> params, List<Variable> locals) {
        for (Die d : scope.children) {
            try {
                if (d.tag == Dw.TAG_FORMAL_PARAMETER) {
                    params.add(variable(d, true));
                } else if (d.tag == Dw.TAG_VARIABLE) {
                    locals.add(variable(d, false));
                } else if (d.tag == Dw.TAG_LEXICAL_BLOCK && Lists.ranges(d).stream().anyMatch(r -> r.contains(address))) {
                    collectVariables(d, address, params, locals);
                }
            } catch (DwarfFormatException e) {
                // a damaged entry: the variable is left out
            }
        }
    }

    private Variable variable(Die d, boolean parameter) {
        String name = d.name();
        CType type = type(d.ref(Dw.AT_TYPE), 0);
        Die.Attr location = d.attr(Dw.AT_LOCATION);
        byte[] expr = null;
        List<Lists.LocEntry> list = null;
        if (location != null) {
            if (location.block() != null) {
                expr = location.block();
            } else {
                list = Lists.locations(d.unit, location);
            }
        }
        return new Variable(name == null ? "<unnamed>" : name, type, parameter, (int) d.number(Dw.AT_DECL_LINE, 0),
                d.unit, expr, list, d.attr(Dw.AT_CONST_VALUE));
    }

    /** The value of {@code function}'s frame base at {@code address}, or null if it has none. */
    Long frameBase(Scope function, long address, FrameState state) {
        Die.Attr a = function.die.attr(Dw.AT_FRAME_BASE);
        if (a == null) {
            return null;
        }
        byte[] expr = a.block();
        if (expr == null) {
            for (Lists.LocEntry e : Lists.locations(function.die.unit, a)) {
                if (e.range() == null || e.range().contains(address)) {
                    expr = e.expr();
                }
            }
        }
        if (expr == null) {
            return null;
        }
        List<Expression.Piece> pieces = Expression.evaluate(expr, function.die.unit, state, null);
        if (pieces.size() != 1) {
            return null;
        }
        Expression.Piece p = pieces.get(0);
        return p.kind() == Expression.Piece.Kind.MEMORY ? Long.valueOf(p.where())
                : p.kind() == Expression.Piece.Kind.BYTES || p.kind() == Expression.Piece.Kind.NONE ? null : p.value();
    }

    // ---------------------------------------------------------------- types

    Die die(long offset) {
        return byOffset.get(offset);
    }

    private CType type(Die d, int depth) {
        if (d == null || depth > MAX_TYPE_DEPTH) {
            return CType.VOID;
        }
        CType known = types.get(d.offset);
        if (known != null) {
            return known;
        }
        String name = d.name();
        long size = d.number(Dw.AT_BYTE_SIZE, 0);
        CType.Kind kind = switch (d.tag) {
            case Dw.TAG_BASE_TYPE -> CType.Kind.BASE;
            case Dw.TAG_POINTER_TYPE -> CType.Kind.POINTER;
            case Dw.TAG_ARRAY_TYPE -> CType.Kind.ARRAY;
            case Dw.TAG_STRUCTURE_TYPE -> CType.Kind.STRUCT;
            case Dw.TAG_UNION_TYPE -> CType.Kind.UNION;
            case Dw.TAG_ENUMERATION_TYPE -> CType.Kind.ENUM;
            case Dw.TAG_TYPEDEF -> CType.Kind.TYPEDEF;
            case Dw.TAG_CONST_TYPE -> CType.Kind.CONST;
            case Dw.TAG_VOLATILE_TYPE, Dw.TAG_RESTRICT_TYPE, Dw.TAG_ATOMIC_TYPE -> CType.Kind.VOLATILE;
            case Dw.TAG_SUBROUTINE_TYPE -> CType.Kind.FUNCTION;
            default -> CType.Kind.VOID;
        };
        if (kind == CType.Kind.VOID) {
            return CType.VOID;
        }
        if (kind == CType.Kind.POINTER && size == 0) {
            size = d.unit.addressSize;
        }
        CType t = new CType(kind, name, size, (int) d.number(Dw.AT_ENCODING, 0));
        types.put(d.offset, t); // before its parts: a struct may point to itself
        t.target = type(d.ref(Dw.AT_TYPE), depth + 1);
        for (Die c : d.children) {
            switch (c.tag) {
                case Dw.TAG_SUBRANGE_TYPE -> {
                    Die.Attr count = c.attr(Dw.AT_COUNT);
                    Die.Attr upper = c.attr(Dw.AT_UPPER_BOUND);
                    t.counts.add(count != null && count.value() == null ? count.number()
                            : upper != null && upper.value() == null ? upper.number() + 1 : -1);
                }
                case Dw.TAG_MEMBER -> t.members.add(new CType.Member(c.name(), memberOffset(c),
                        type(c.ref(Dw.AT_TYPE), depth + 1)));
                case Dw.TAG_ENUMERATOR -> {
                    Die.Attr v = c.attr(Dw.AT_CONST_VALUE);
                    if (v != null && v.value() == null) {
                        t.enumerators.put(v.number(), c.name());
                    }
                }
                default -> {
                }
            }
        }
        return t;
    }

    /** A member's offset: a constant, or (older producers) an expression {@code DW_OP_plus_uconst n}. */
    private static long memberOffset(Die member) {
        Die.Attr a = member.attr(Dw.AT_DATA_MEMBER_LOCATION);
        if (a == null) {
            return 0;
        }
        byte[] expr = a.block();
        if (expr == null) {
            return a.number();
        }
        ByteReader r = new ByteReader("member location", expr);
        return r.u8() == 0x23 ? r.uleb() : 0;
    }
}
