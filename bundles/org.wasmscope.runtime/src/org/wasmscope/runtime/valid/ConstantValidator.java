package org.wasmscope.runtime.valid;

import java.util.Arrays;

import org.wasmscope.runtime.InvalidException;
import org.wasmscope.runtime.syntax.Instr;
import org.wasmscope.runtime.syntax.Opcode;
import org.wasmscope.runtime.syntax.SpecVersion;
import org.wasmscope.runtime.syntax.ValType;

/**
 * Constant expressions (spec 3.3.10): only t.const, ref.null, ref.func, global.get of an immutable global
 * and, since 3.0, i32/i64 add, sub and mul (extended constants) and the allocations of GC that take their
 * contents from operands (struct.new*, array.new, array.new_default, array.new_fixed, ref.i31) and the
 * conversions between any and extern; then typed like any expression, to exactly one value of the
 * expected type.
 */
final class ConstantValidator {
    private ConstantValidator() {
    }

    static void validate(ModuleContext c, Instr[] expr, ValType t) {
        if (expr.length == 0 || expr[expr.length - 1].op != Opcode.END) {
            expr = Arrays.copyOf(expr, expr.length + 1); // a producer that left out the final end
            expr[expr.length - 1] = new Instr(Opcode.END);
        }
        for (int i = 0; i < expr.length - 1; i++) {
            Instr in = expr[i];
            try {
                if (!constant(c, in)) {
                    throw new InvalidException("constant expression required");
                }
            } catch (InvalidException e) {
                throw new InvalidException(e.getMessage(), in.offset, in.line, in.column);
            }
        }
        CodeValidator.expression(c, expr, t);
    }

    private static boolean constant(ModuleContext c, Instr in) {
        return switch (in.op) {
            case I32_CONST, I64_CONST, F32_CONST, F64_CONST, V128_CONST, REF_NULL, REF_FUNC -> true;
            case GLOBAL_GET -> !c.global(in.x).mutable();
            case I32_ADD, I32_SUB, I32_MUL, I64_ADD, I64_SUB, I64_MUL, STRUCT_NEW, STRUCT_NEW_DEFAULT, ARRAY_NEW,
                    ARRAY_NEW_DEFAULT, ARRAY_NEW_FIXED, REF_I31, ANY_CONVERT_EXTERN, EXTERN_CONVERT_ANY ->
                c.module.version != SpecVersion.V2;
            default -> false;
        };
    }
}
