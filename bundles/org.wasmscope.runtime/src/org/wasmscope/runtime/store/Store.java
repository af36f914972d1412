package org.wasmscope.runtime.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.syntax.DefType;
import org.wasmscope.runtime.syntax.FuncType;
import org.wasmscope.runtime.syntax.Func;
import org.wasmscope.runtime.syntax.GlobalType;
import org.wasmscope.runtime.syntax.MemType;
import org.wasmscope.runtime.syntax.TableType;
import org.wasmscope.runtime.syntax.ValType;
import org.wasmscope.runtime.valid.FunctionCode;

/**
 * The store (spec 4.2.3): every function, table, memory, global, element, data, tag and exception instance
 * allocated so far. An instance's address is its index in its list. Allocation is the only way to create
 * instances, so addresses stay dense and stable. Struct, array and exception instances are in the
 * {@link Heap}, which reclaims the unreachable ones (the spec's store never shrinks, which no program can
 * tell apart).
 */
public final class Store {
    private final ResourceLimits limits;
    /** What the memories and the tables hold together, against {@link ResourceLimits}. */
    private long memoryBytes;
    private long tableElements;
    private FuncInst[] funcs = new FuncInst[16];
    private int funcCount;
    private final List<TableInst> tables = new ArrayList<>();
    private final List<MemInst> memories = new ArrayList<>();
    private final List<GlobalInst> globals = new ArrayList<>();
    private final List<ElemInst> elems = new ArrayList<>();
    private final List<DataInst> datas = new ArrayList<>();
    private final List<TagInst> tags = new ArrayList<>();
    private final Heap heap = new Heap(this);

    /** The struct, array and exception instances. */
    public Heap heap() {
        return heap;
    }

    /** A store with the {@linkplain ResourceLimits#DEFAULT default limits}. */
    public Store() {
        this(ResourceLimits.DEFAULT);
    }

    public Store(ResourceLimits limits) {
        this.limits = limits;
    }

    public ResourceLimits limits() {
        return limits;
    }

    /** Takes {@code bytes} more for a memory: false if that would exceed the store's limit. */
    boolean reserveMemory(long bytes) {
        if (bytes > limits.maxMemoryBytes() - memoryBytes) {
            return false;
        }
        memoryBytes += bytes;
        return true;
    }

    /** Takes {@code n} more elements for a table: false if that would exceed the store's limit. */
    boolean reserveTableElements(long n) {
        if (n > limits.maxTableElements() - tableElements) {
            return false;
        }
        tableElements += n;
        return true;
    }

    /** The function at {@code address}: the target of a funcref (fast: the interpreter calls this). */
    public FuncInst func(long address) {
        return funcs[(int) address];
    }

    public List<FuncInst> funcs() {
        return Collections.unmodifiableList(java.util.Arrays.asList(funcs).subList(0, funcCount));
    }

    public List<TableInst> tables() {
        return Collections.unmodifiableList(tables);
    }

    public List<MemInst> memories() {
        return Collections.unmodifiableList(memories);
    }

    public List<GlobalInst> globals() {
        return Collections.unmodifiableList(globals);
    }

    public List<ElemInst> elems() {
        return Collections.unmodifiableList(elems);
    }

    public List<DataInst> datas() {
        return Collections.unmodifiableList(datas);
    }

    public List<TagInst> tags() {
        return Collections.unmodifiableList(tags);
    }

    /** The exception instances thrown and not yet reclaimed, in the order thrown. */
    public List<ExnInst> exceptions() {
        return heap.exceptions();
    }

    /** The exception instance exnref {@code ref} refers to ({@link Heap#exception}). */
    public ExnInst exception(long ref) {
        return heap.exception(ref);
    }

    /** alloctag (spec 4.5.3.9, 3.0). */
    public TagInst allocTag(DefType type) {
        TagInst t = new TagInst(tags.size(), type);
        tags.add(t);
        return t;
    }

    /**
     * allocexn (spec 4.5.3.10, 3.0), done by throw: an exception of {@code tag} carrying {@code payload}'s slots,
     * taken from the heap with {@link Heap#newSlots}.
     */
    public ExnInst allocException(TagInst tag, long[] payload) {
        return heap.newException(tag, payload);
    }

    /** allocfunc (spec 4.5.3.1). */
    public FuncInst allocFunc(DefType type, ModuleInst module, int index, Func func, FunctionCode code) {
        return addFunc(new FuncInst(funcCount, type, module, index, func, code, null));
    }

    /** allochostfunc (spec 4.5.3.2). */
    public FuncInst allocHostFunc(FuncType type, HostFunction host) {
        return addFunc(new FuncInst(funcCount, DefType.ofFunc(type), null, -1, null, null, host));
    }

    private FuncInst addFunc(FuncInst f) {
        if (funcCount == funcs.length) {
            funcs = java.util.Arrays.copyOf(funcs, funcCount * 2);
        }
        funcs[funcCount++] = f;
        return f;
    }

    /**
     * alloctable (spec 4.5.3.3), every element set to {@code init}.
     *
     * @throws org.wasmscope.runtime.Exhaustion beyond the implementation's or the store's limit
     */
    public TableInst allocTable(TableType type, long init) {
        TableInst t = new TableInst(this, tables.size(), type, init);
        tables.add(t);
        return t;
    }

    /**
     * allocmem (spec 4.5.3.4).
     *
     * @throws org.wasmscope.runtime.Exhaustion beyond the implementation's or the store's limit
     */
    public MemInst allocMemory(MemType type) {
        MemInst m = new MemInst(this, memories.size(), type);
        memories.add(m);
        return m;
    }

    /** allocglobal (spec 4.5.3.5). */
    public GlobalInst allocGlobal(GlobalType type, Value init) {
        GlobalInst g = new GlobalInst(globals.size(), type, init);
        globals.add(g);
        return g;
    }

    /** allocelem (spec 4.5.3.6). */
    public ElemInst allocElem(ValType type, long[] refs) {
        ElemInst e = new ElemInst(elems.size(), type, refs);
        elems.add(e);
        return e;
    }

    /** allocdata (spec 4.5.3.7). */
    public DataInst allocData(byte[] bytes) {
        DataInst d = new DataInst(datas.size(), bytes);
        datas.add(d);
        return d;
    }
}
