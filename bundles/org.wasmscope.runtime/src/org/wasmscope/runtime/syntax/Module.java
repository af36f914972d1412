package org.wasmscope.runtime.syntax;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A module (spec 2.5): the abstract syntax shared by the binary decoder, the text parser, validation
 * and instantiation. The index spaces of functions, tables, memories, tags and globals start with the imports
 * of that kind, followed by the module's own definitions.
 */
public final class Module {
    /** The type index space: one sub type per index, in recursive type groups (see {@link #recStarts}). */
    public final List<SubType> types = new ArrayList<>();
    /**
     * The first type index of each recursive type group, ascending; a group ends where the next starts, the
     * last at the end of {@link #types}. Add types with {@link #addRec} or {@link #addFuncType}.
     */
    public final List<Integer> recStarts = new ArrayList<>();
    public final List<Import> imports = new ArrayList<>();
    /** {@link #imports} by kind, as of when it had {@code size} entries (published whole: readers may be threads). */
    private volatile ImportsByKind importsByKind;

    private record ImportsByKind(int size, Map<ExternKind, List<Import>> byKind) {
    }
    public final List<Func> funcs = new ArrayList<>();
    public final List<Table> tables = new ArrayList<>();
    public final List<MemType> memories = new ArrayList<>();
    public final List<TagType> tags = new ArrayList<>();
    public final List<Global> globals = new ArrayList<>();
    public final List<Export> exports = new ArrayList<>();
    public final List<Elem> elems = new ArrayList<>();
    public final List<Data> datas = new ArrayList<>();
    public final List<CustomSection> customSections = new ArrayList<>();
    /** The start function's index, or -1. */
    public int start = -1;
    /** The data count section's value, or -1 if the section is absent. */
    public long dataCount = -1;
    /**
     * Byte offset in the binary module where the code section's contents begin (its vector's length), or -1
     * (no code section, or a text module). DWARF's code addresses count from there.
     */
    public int codeSectionOffset = -1;
    public final Names names = new Names();
    /** The edition whose rules validation applies; set by the decoder or parser that read the module. */
    public SpecVersion version = SpecVersion.V3;

    /** Appends a recursive type group; returns the type index of its first type. */
    public int addRec(List<SubType> group) {
        int first = types.size();
        recStarts.add(first);
        types.addAll(group);
        return first;
    }

    /** The type index after the last type of recursive type group {@code g} (its start if the group is empty). */
    public int recEnd(int g) {
        return g + 1 < recStarts.size() ? recStarts.get(g + 1) : types.size();
    }

    /** Appends a plain function type in a group of its own (the abbreviated form); returns its type index. */
    public int addFuncType(FuncType t) {
        return addRec(List.of(SubType.of(t)));
    }

    /** The function type at type index {@code x} as the syntax has it, or null if there is none there. */
    public FuncType funcTypeAt(int x) {
        return x >= 0 && x < types.size() && types.get(x).comp instanceof FuncType f ? f : null;
    }

    public int importCount(ExternKind kind) {
        return importsOf(kind).size();
    }

    /** The i-th import of the given kind. */
    public Import imported(ExternKind kind, int index) {
        List<Import> of = importsOf(kind);
        if (index < 0 || index >= of.size()) {
            throw new IndexOutOfBoundsException(kind + " import " + index);
        }
        return of.get(index);
    }

    /**
     * The imports of {@code kind} in order: found again only when {@link #imports} has grown (the parsers
     * only append), so that looking up an import's index costs no scan of the imports.
     */
    private List<Import> importsOf(ExternKind kind) {
        ImportsByKind index = importsByKind;
        if (index == null || index.size() != imports.size()) {
            Map<ExternKind, List<Import>> byKind = new EnumMap<>(ExternKind.class);
            for (ExternKind k : ExternKind.values()) {
                byKind.put(k, new ArrayList<>());
            }
            for (Import i : imports) {
                byKind.get(i.kind()).add(i);
            }
            index = new ImportsByKind(imports.size(), byKind);
            importsByKind = index;
        }
        return index.byKind().get(kind);
    }

    public int funcCount() {
        return importCount(ExternKind.FUNC) + funcs.size();
    }

    public int tableCount() {
        return importCount(ExternKind.TABLE) + tables.size();
    }

    public int memoryCount() {
        return importCount(ExternKind.MEMORY) + memories.size();
    }

    public int tagCount() {
        return importCount(ExternKind.TAG) + tags.size();
    }

    public int globalCount() {
        return importCount(ExternKind.GLOBAL) + globals.size();
    }

    /** The type index of function {@code funcIndex} in the function index space. */
    public int funcTypeIndex(int funcIndex) {
        int imported = importCount(ExternKind.FUNC);
        return funcIndex < imported ? imported(ExternKind.FUNC, funcIndex).typeIndex()
                : funcs.get(funcIndex - imported).typeIndex;
    }

    /** The function type of function {@code funcIndex} as the syntax has it, or null if its type index is bad. */
    public FuncType funcType(int funcIndex) {
        return funcTypeAt(funcTypeIndex(funcIndex));
    }

    public TableType tableType(int tableIndex) {
        int imported = importCount(ExternKind.TABLE);
        return tableIndex < imported ? imported(ExternKind.TABLE, tableIndex).table()
                : tables.get(tableIndex - imported).type();
    }

    public MemType memoryType(int memIndex) {
        int imported = importCount(ExternKind.MEMORY);
        return memIndex < imported ? imported(ExternKind.MEMORY, memIndex).memory() : memories.get(memIndex - imported);
    }

    public TagType tagType(int tagIndex) {
        int imported = importCount(ExternKind.TAG);
        return tagIndex < imported ? new TagType(imported(ExternKind.TAG, tagIndex).typeIndex())
                : tags.get(tagIndex - imported);
    }

    public GlobalType globalType(int globalIndex) {
        int imported = importCount(ExternKind.GLOBAL);
        return globalIndex < imported ? imported(ExternKind.GLOBAL, globalIndex).global()
                : globals.get(globalIndex - imported).type();
    }

    public Export export(String name) {
        for (Export e : exports) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        return null;
    }
}
