package org.wasmscope.runtime.text;

import java.util.Set;

import org.wasmscope.runtime.syntax.Opcode;

/**
 * The keywords the text format and the script language know. A keyword outside this set is reported as
 * an unknown operator (as the reference interpreter's lexer does); a known keyword in the wrong place is
 * an unexpected token.
 */
final class Keywords {
    private static final Set<String> STRUCTURE = Set.of("module", "type", "func", "param", "result", "local", "global",
            "table", "memory", "elem", "data", "start", "import", "export", "mut", "then", "else", "end", "offset",
            "item", "declare", "extern", "funcref", "externref", "i32", "i64", "f32", "f64", "v128", "i8x16",
            "i16x8", "i32x4", "i64x2", "f32x4", "f64x2", "binary", "quote", "register", "invoke", "get",
            "assert_return", "assert_trap", "assert_exhaustion", "assert_malformed", "assert_invalid",
            "assert_unlinkable", "nan:canonical", "nan:arithmetic", "ref.extern", "script", "input", "output",
            "tag", "exn", "exnref", "catch", "catch_ref", "catch_all", "catch_all_ref", "assert_exception");

    /** The keywords of the 3.0 type system: reference and heap types, recursive and sub types, structs and arrays. */
    private static final Set<String> TYPES = Set.of("ref", "null", "rec", "sub", "final", "any", "eq", "i31",
            "struct", "array", "none", "nofunc", "noextern", "exn", "noexn", "exnref", "anyref", "eqref", "i31ref",
            "structref", "arrayref", "nullref", "nullfuncref", "nullexternref", "nullexnref", "field", "i8", "i16");

    private Keywords() {
    }

    static boolean known(String keyword) {
        return STRUCTURE.contains(keyword) || TYPES.contains(keyword) || Opcode.byText(keyword) != null || keyword.startsWith("offset=")
                || keyword.startsWith("align=");
    }
}
