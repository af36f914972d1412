package org.wasmscope.runtime.tests.binary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.wasmscope.runtime.MalformedException;
import org.wasmscope.runtime.binary.Decoder;
import org.wasmscope.runtime.syntax.AbsHeap;
import org.wasmscope.runtime.syntax.Instr;
import org.wasmscope.runtime.syntax.Module;
import org.wasmscope.runtime.syntax.ModuleListing;
import org.wasmscope.runtime.syntax.Opcode;
import org.wasmscope.runtime.syntax.SpecVersion;
import org.wasmscope.runtime.syntax.TypeIdx;
import org.wasmscope.runtime.syntax.ValType;
import org.wasmscope.runtime.text.TextParser;
import org.wasmscope.runtime.valid.Validator;

/** The binary format of GC (spec 5.3.6, 5.4.7): struct and array types, rec and sub groups, the 0xFB instructions. */
class GcDecoderTest {
    /** The text of the types that {@link #types()} encodes. */
    private static final String TYPES_TEXT = "(type (struct (field (mut i32)) (field i8) (field (ref null 0))))"
            + " (rec (type (sub (array (mut i16)))) (type (sub final 1 (array (mut i16)))))"
            + " (type (func (param (ref 0)) (result i32)))";

    private static Bytes types() {
        return new Bytes().u32(3)
                .raw(0x5F, 3, 0x7F, 1, 0x78, 0, 0x63, 0, 0) // struct: (mut i32), i8, (ref null 0)
                .raw(0x4E, 2, 0x50, 0, 0x5E, 0x77, 1, 0x4F, 1, 1, 0x5E, 0x77, 1) // rec: sub array, sub final 1 array
                .raw(0x60, 1, 0x64, 0, 1, 0x7F); // func [(ref 0)] -> [i32]
    }

    /** A module with {@link #types()} and one function of type 3 whose body (locals and code) is {@code body}. */
    private static byte[] withBody(Bytes body) {
        return Bytes.module().section(1, types()).section(3, new Bytes().u32(1).u32(3))
                .section(10, new Bytes().u32(1).u32(body.size()).bytes(body)).toArray();
    }

    private static String listing(Module m) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ModuleListing.print(m, new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void typesDecodeAsTheTextDefinesThem() {
        Module binary = Decoder.decode(Bytes.module().section(1, types()).toArray());
        Module text = TextParser.parseModule("(module " + TYPES_TEXT + ")");
        assertEquals(text.types, binary.types);
        assertEquals(text.recStarts, binary.recStarts);
        assertEquals(listing(text), listing(binary));
        assertEquals("""
                types (4):
                  type 0: (struct (field (mut i32)) (field i8) (field (ref null 0)))
                  rec group of types 1 to 2:
                  type 1: (sub (array (mut i16)))
                  type 2: (sub final 1 (array (mut i16)))
                  type 3: (func (param (ref 0)) (result i32))
                """, listing(binary));
        Validator.validate(binary);
    }

    @Test
    void emptyRecursiveGroups() {
        Module m = Decoder.decode(Bytes.module().section(1, new Bytes().u32(3).raw(0x4E, 0).raw(0x5F, 0).raw(0x4E, 0))
                .toArray());
        assertEquals(List.of(0, 0, 1), m.recStarts);
        assertTrue(listing(m).contains("  type 0: (struct)\n"), listing(m));
        Validator.validate(m);
    }

    @Test
    void gcInstructionsAndTheirImmediates() {
        Bytes code = new Bytes().u32(0)
                .raw(0x20, 0, 0xFB, 0x02, 0, 0, 0x1A) // struct.get 0 0, drop
                .raw(0x41, 1, 0x41, 2, 0xFB, 0x08, 1, 2, 0x1A) // array.new_fixed 1 2
                .raw(0xD0, 0x6E, 0xFB, 0x17, 0x01, 0x1A) // ref.cast (ref null 1)
                .raw(0xD0, 0x6E, 0xFB, 0x14, 0x6C, 0x1A) // ref.test (ref i31)
                .raw(0x02, 0x6E, 0xD0, 0x6E, 0xFB, 0x18, 0x01, 0, 0x6E, 0x00, 0x0B, 0x1A) // br_on_cast 0 anyref (ref 0)
                .raw(0x20, 0, 0x20, 0, 0xD3, 0x0B); // ref.eq
        Module m = Decoder.decode(withBody(code));
        Instr[] b = m.funcs.get(0).body;
        assertEquals(Opcode.STRUCT_GET, b[1].op);
        assertEquals(Opcode.ARRAY_NEW_FIXED, b[5].op);
        assertEquals(2, b[5].y);
        assertEquals(Opcode.REF_CAST_NULL, b[8].op);
        assertEquals(ValType.ref(true, new TypeIdx(1)), b[8].types[0]);
        assertEquals(Opcode.REF_TEST, b[11].op);
        assertEquals(ValType.ref(false, AbsHeap.I31), b[11].types[0]);
        Instr cast = b[15];
        assertEquals(Opcode.BR_ON_CAST, cast.op);
        assertArrayEquals(new ValType[] {ValType.ANYREF, ValType.ref(false, new TypeIdx(0))}, cast.types);
        assertEquals("br_on_cast 0 anyref (ref 0)", cast.toString());
        assertEquals(Opcode.REF_EQ, b[20].op);
        Validator.validate(m);
    }

    @Test
    void malformedGcEncodings() {
        MalformedException flags = assertThrows(MalformedException.class, () -> Decoder.decode(withBody(new Bytes()
                .u32(0).raw(0x02, 0x6E, 0xD0, 0x6E, 0xFB, 0x18, 0x04, 0, 0x6E, 0x6E, 0x0B, 0x1A, 0x41, 0, 0x0B))));
        assertTrue(flags.getMessage().startsWith("malformed br_on_cast flags"), flags.getMessage());
        MalformedException mutability = assertThrows(MalformedException.class, () -> Decoder.decode(Bytes.module()
                .section(1, new Bytes().u32(1).raw(0x5F, 1, 0x7F, 2)).toArray()));
        assertTrue(mutability.getMessage().startsWith("malformed mutability"), mutability.getMessage());
        // 2.0 has no GC: 0xFB is no prefix there
        byte[] fb = withBody(new Bytes().u32(0).raw(0x20, 0, 0xFB, 0x02, 0, 0, 0x1A, 0x41, 0, 0x0B));
        MalformedException v2 = assertThrows(MalformedException.class, () -> Decoder.decode(fb, SpecVersion.V2));
        assertTrue(v2.getMessage().startsWith("illegal opcode fb"), v2.getMessage());
    }

    @Test
    void typeAndFieldNamesFromTheNameSection() {
        Bytes names = new Bytes().name("name")
                .raw(4).bytes(sized(new Bytes().u32(1).u32(0).name("point")))
                .raw(10).bytes(sized(new Bytes().u32(1).u32(0).u32(2).u32(0).name("x").u32(2).name("next")));
        Module m = Decoder.decode(Bytes.module().section(1, types()).section(0, names).toArray());
        assertEquals("point", m.names.types.get(0));
        assertEquals("x", m.names.field(0, 0));
        assertEquals("next", m.names.field(0, 2));
        assertTrue(listing(m).contains("type 0 $point: (struct (field $x (mut i32)) (field i8) (field $next (ref null 0)))"),
                listing(m));
    }

    /** A name subsection's contents with their size in front. */
    private static Bytes sized(Bytes contents) {
        return new Bytes().u32(contents.size()).bytes(contents);
    }
}
