package org.wasmscope.runtime.syntax;

/**
 * The shape of the immediates that follow an opcode, and where {@link Instr} keeps them.
 */
public enum Immediates {
    /** None. */
    NONE,
    /** A block type: {@link Instr#blockType}. */
    BLOCK,
    /** A label index: {@link Instr#x}. */
    LABEL,
    /** Label indices, the default last: {@link Instr#labels}. */
    BR_TABLE,
    /** A function index: {@link Instr#x}. */
    FUNC,
    /** A type index: {@link Instr#x}. */
    TYPE,
    /** Type index {@link Instr#x}, table index {@link Instr#y}. */
    CALL_INDIRECT,
    /** A local index: {@link Instr#x}. */
    LOCAL,
    /** A global index: {@link Instr#x}. */
    GLOBAL,
    /** A table index: {@link Instr#x}. */
    TABLE,
    /** Alignment exponent {@link Instr#x}, memory index {@link Instr#y} (0), offset {@link Instr#imm}. */
    MEMARG,
    /** A memory index (always 0 in 2.0): {@link Instr#x}. */
    MEMORY,
    /** An i32 constant: {@link Instr#imm} (sign-extended). */
    I32,
    /** An i64 constant: {@link Instr#imm}. */
    I64,
    /** An f32 constant's bits: {@link Instr#imm} (low 32 bits). */
    F32,
    /** An f64 constant's bits: {@link Instr#imm}. */
    F64,
    /** Value types of a typed select: {@link Instr#types}. */
    SELECT_T,
    /** A reference type: {@link Instr#types}[0]. */
    REF_NULL,
    /** Data index {@link Instr#x}, memory index {@link Instr#y}. */
    MEMORY_INIT,
    /** A data index: {@link Instr#x}. */
    DATA,
    /** Destination memory {@link Instr#x}, source memory {@link Instr#y}. */
    MEMORY_COPY,
    /** Element index {@link Instr#x}, table index {@link Instr#y}. */
    TABLE_INIT,
    /** An element index: {@link Instr#x}. */
    ELEM,
    /** Destination table {@link Instr#x}, source table {@link Instr#y}. */
    TABLE_COPY,
    /** A v128 constant: low 64 bits {@link Instr#imm}, high 64 bits {@link Instr#imm2} (little endian). */
    V128,
    /** Sixteen lane indices: {@link Instr#lanes}. */
    SHUFFLE,
    /** A lane index: {@link Instr#lane}. */
    LANE,
    /** A memarg as {@link #MEMARG} plus a lane index {@link Instr#lane}. */
    MEMARG_LANE,
    /** A tag index: {@link Instr#x}. */
    TAG,
    /** A block type {@link Instr#blockType} and the handler's clauses {@link Instr#catches}. */
    TRY_TABLE,
    /** A structure type index {@link Instr#x} and a field index {@link Instr#y}. */
    FIELD,
    /** An array type index {@link Instr#x} and the number of elements {@link Instr#y} (array.new_fixed). */
    ARRAY_FIXED,
    /** An array type index {@link Instr#x} and a data index {@link Instr#y}. */
    ARRAY_DATA,
    /** An array type index {@link Instr#x} and an element index {@link Instr#y}. */
    ARRAY_ELEM,
    /** Destination array type index {@link Instr#x}, source array type index {@link Instr#y}. */
    ARRAY_COPY,
    /**
     * The target reference type of ref.test and ref.cast: {@link Instr#types}[0], nullable for the
     * {@code _NULL} opcodes (one text name, two binary opcodes).
     */
    REF_TYPE,
    /**
     * A label index {@link Instr#x}, the operand's reference type {@link Instr#types}[0] and the type cast
     * to {@link Instr#types}[1] (br_on_cast, br_on_cast_fail).
     */
    BR_ON_CAST
}
