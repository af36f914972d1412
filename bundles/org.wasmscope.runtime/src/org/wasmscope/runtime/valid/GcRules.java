package org.wasmscope.runtime.valid;

import org.wasmscope.runtime.InvalidException;
import org.wasmscope.runtime.syntax.AbsHeap;
import org.wasmscope.runtime.syntax.ArrayType;
import org.wasmscope.runtime.syntax.DefType;
import org.wasmscope.runtime.syntax.FieldType;
import org.wasmscope.runtime.syntax.Instr;
import org.wasmscope.runtime.syntax.Opcode;
import org.wasmscope.runtime.syntax.StorageType;
import org.wasmscope.runtime.syntax.StructType;
import org.wasmscope.runtime.syntax.ValType;

/**
 * The typing rules of the instructions that WebAssembly 3.0's garbage collection added (spec 3.4, the
 * reference and aggregate instructions): ref.eq, ref.test, ref.cast, the conversions between any and
 * extern, i31 references, structs and arrays. br_on_cast, which branches, is in {@link CodeValidator}.
 *
 * <p>An instruction's struct or array type index must name a type of that kind ("type mismatch" otherwise);
 * its struct or array operand may be null, and a new one is not.
 */
final class GcRules {
    private GcRules() {
    }

    static void apply(ModuleContext c, TypeStack s, Instr in) {
        switch (in.op) {
            case REF_EQ -> {
                s.pop(ValType.EQREF);
                s.pop(ValType.EQREF);
                s.push(ValType.I32);
            }
            case REF_TEST, REF_TEST_NULL, REF_CAST, REF_CAST_NULL -> {
                ValType rt = c.resolve(in.types[0]);
                s.pop(ValType.ref(true, rt.heap.top())); // any reference of the target's hierarchy
                s.push(in.op == Opcode.REF_TEST || in.op == Opcode.REF_TEST_NULL ? ValType.I32 : rt);
            }
            case ANY_CONVERT_EXTERN -> convert(s, in, AbsHeap.EXTERN, AbsHeap.ANY);
            case EXTERN_CONVERT_ANY -> convert(s, in, AbsHeap.ANY, AbsHeap.EXTERN);
            case REF_I31 -> {
                s.pop(ValType.I32);
                s.push(ValType.ref(false, AbsHeap.I31));
            }
            case I31_GET_S, I31_GET_U -> {
                s.pop(ValType.I31REF);
                s.push(ValType.I32);
            }
            case STRUCT_NEW -> {
                StructType t = struct(c, in.x);
                for (int i = t.fields.length - 1; i >= 0; i--) {
                    s.pop(t.fields[i].unpacked());
                }
                s.push(c.defType(in.x).ref);
            }
            case STRUCT_NEW_DEFAULT -> {
                for (FieldType f : struct(c, in.x).fields) {
                    if (!f.defaultable()) {
                        throw new InvalidException("field type is not defaultable");
                    }
                }
                s.push(c.defType(in.x).ref);
            }
            case STRUCT_GET, STRUCT_GET_S, STRUCT_GET_U -> {
                FieldType f = field(c, in);
                packedAccess(f, in, "field");
                s.pop(c.defType(in.x).refNull);
                s.push(f.unpacked());
            }
            case STRUCT_SET -> {
                FieldType f = field(c, in);
                if (!f.mutable()) {
                    throw new InvalidException("immutable field");
                }
                s.pop(f.unpacked());
                s.pop(c.defType(in.x).refNull);
            }
            case ARRAY_NEW -> {
                FieldType e = array(c, in.x).element();
                s.pop(ValType.I32);
                s.pop(e.unpacked());
                s.push(c.defType(in.x).ref);
            }
            case ARRAY_NEW_DEFAULT -> {
                if (!array(c, in.x).element().defaultable()) {
                    throw new InvalidException("array type is not defaultable");
                }
                s.pop(ValType.I32);
                s.push(c.defType(in.x).ref);
            }
            case ARRAY_NEW_FIXED -> {
                s.pop(array(c, in.x).element().unpacked(), Integer.toUnsignedLong(in.y));
                s.push(c.defType(in.x).ref);
            }
            case ARRAY_NEW_DATA -> {
                dataSource(c, array(c, in.x), in.y);
                s.pop(ValType.I32);
                s.pop(ValType.I32);
                s.push(c.defType(in.x).ref);
            }
            case ARRAY_NEW_ELEM -> {
                elemSource(c, array(c, in.x), in.y);
                s.pop(ValType.I32);
                s.pop(ValType.I32);
                s.push(c.defType(in.x).ref);
            }
            case ARRAY_GET, ARRAY_GET_S, ARRAY_GET_U -> {
                FieldType e = array(c, in.x).element();
                packedAccess(e, in, "array");
                s.pop(ValType.I32);
                s.pop(c.defType(in.x).refNull);
                s.push(e.unpacked());
            }
            case ARRAY_SET -> {
                FieldType e = mutableArray(c, in.x).element();
                s.pop(e.unpacked());
                s.pop(ValType.I32);
                s.pop(c.defType(in.x).refNull);
            }
            case ARRAY_LEN -> {
                s.pop(ValType.ARRAYREF);
                s.push(ValType.I32);
            }
            case ARRAY_FILL -> {
                FieldType e = mutableArray(c, in.x).element();
                s.pop(ValType.I32);
                s.pop(e.unpacked());
                s.pop(ValType.I32);
                s.pop(c.defType(in.x).refNull);
            }
            case ARRAY_COPY -> {
                FieldType dst = mutableArray(c, in.x).element();
                FieldType src = array(c, in.y).element();
                if (!StorageType.matches(src.storage(), dst.storage())) {
                    throw new InvalidException("array types do not match");
                }
                s.pop(ValType.I32);
                s.pop(ValType.I32);
                s.pop(c.defType(in.y).refNull);
                s.pop(ValType.I32);
                s.pop(c.defType(in.x).refNull);
            }
            case ARRAY_INIT_DATA, ARRAY_INIT_ELEM -> {
                ArrayType t = mutableArray(c, in.x);
                if (in.op == Opcode.ARRAY_INIT_DATA) {
                    dataSource(c, t, in.y);
                } else {
                    elemSource(c, t, in.y);
                }
                s.pop(ValType.I32);
                s.pop(ValType.I32);
                s.pop(ValType.I32);
                s.pop(c.defType(in.x).refNull);
            }
            default -> throw new IllegalArgumentException(in.op.text);
        }
    }

    /** any.convert_extern, extern.convert_any: a reference of one hierarchy as one of the other, null kept. */
    private static void convert(TypeStack s, Instr in, AbsHeap from, AbsHeap to) {
        ValType t = s.popRef(in.op.text);
        if (!t.matches(ValType.ref(true, from))) {
            throw TypeStack.mismatch(in.op + " expects a reference to " + from + " but found " + t);
        }
        s.push(ValType.ref(t.nullable, to));
    }

    private static StructType struct(ModuleContext c, int x) {
        DefType t = c.defType(x);
        if (!(t.comp() instanceof StructType st)) {
            throw TypeStack.mismatch("type " + x + " is not a structure type");
        }
        return st;
    }

    private static ArrayType array(ModuleContext c, int x) {
        DefType t = c.defType(x);
        if (!(t.comp() instanceof ArrayType at)) {
            throw TypeStack.mismatch("type " + x + " is not an array type");
        }
        return at;
    }

    /** An array type whose elements may be written. */
    private static ArrayType mutableArray(ModuleContext c, int x) {
        ArrayType t = array(c, x);
        if (!t.element().mutable()) {
            throw new InvalidException("immutable array");
        }
        return t;
    }

    /** Field {@code in.y} of struct type {@code in.x}. */
    private static FieldType field(ModuleContext c, Instr in) {
        FieldType[] fields = struct(c, in.x).fields;
        if (in.y < 0 || in.y >= fields.length) {
            throw ModuleContext.unknown("field", in.y);
        }
        return fields[in.y];
    }

    /** A packed field or element is read with a sign extension (_s, _u), any other without. */
    private static void packedAccess(FieldType f, Instr in, String what) {
        boolean extending = in.op.text.endsWith("_s") || in.op.text.endsWith("_u");
        if (extending != f.isPacked()) {
            throw new InvalidException(what + " is " + (extending ? "unpacked" : "packed"));
        }
    }

    /** array.new_data, array.init_data: data segment y exists, and bytes can be read as the elements. */
    private static void dataSource(ModuleContext c, ArrayType t, int y) {
        StorageType st = t.element().storage();
        if (st instanceof ValType v && !v.isNum() && !v.isVec()) {
            throw new InvalidException("array type is not numeric or vector");
        }
        c.data(y);
    }

    /** array.new_elem, array.init_elem: element segment y's references fit in the elements. */
    private static void elemSource(ModuleContext c, ArrayType t, int y) {
        ValType elem = c.elem(y);
        if (!StorageType.matches(elem, t.element().storage())) {
            throw TypeStack.mismatch("an array of " + t.element().storage() + " from a segment of " + elem);
        }
    }
}
