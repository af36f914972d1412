package org.wasmscope.runtime.tests.exec;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.Test;
import org.wasmscope.runtime.exec.Machine;

/**
 * The machine's loop ({@code Machine.execute}) must stay below HotSpot's limit for compiling a method,
 * 8000 bytes of bytecode (-XX:-DontCompileHugeMethods is not the default): above it the JIT never
 * compiles the loop and the interpreter runs about ten times slower. Rare operations live in helpers
 * (Convert, RareFloatOps, BulkOps) to leave room for superinstructions.
 */
class LoopSizeTest {
    private static final int HUGE_METHOD_LIMIT = 8000;

    @Test
    void executeStaysCompilable() throws IOException {
        int size = codeLength(Machine.class, "execute");
        assertTrue(size > 0, "Machine.execute not found");
        assertTrue(size < HUGE_METHOD_LIMIT, "Machine.execute has " + size + " bytes of bytecode");
    }

    /** The bytecode length of the (first) method {@code name} of class {@code c}, read from its class file. */
    static int codeLength(Class<?> c, String name) throws IOException {
        try (InputStream in = c.getResourceAsStream(c.getSimpleName() + ".class")) {
            DataInputStream d = new DataInputStream(in);
            d.readInt(); // magic
            d.readUnsignedShort(); // minor version
            d.readUnsignedShort(); // major version
            int count = d.readUnsignedShort();
            String[] utf8 = new String[count];
            for (int i = 1; i < count; i++) {
                int tag = d.readUnsignedByte();
                switch (tag) {
                    case 1 -> utf8[i] = d.readUTF();
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> d.skipBytes(4);
                    case 5, 6 -> {
                        d.skipBytes(8);
                        i++; // takes two entries
                    }
                    case 7, 8, 16, 19, 20 -> d.skipBytes(2);
                    case 15 -> d.skipBytes(3);
                    default -> throw new IOException("constant pool tag " + tag);
                }
            }
            d.skipBytes(6); // access flags, this class, super class
            d.skipBytes(2 * d.readUnsignedShort()); // interfaces
            skipMembers(d); // fields
            int methods = d.readUnsignedShort();
            for (int m = 0; m < methods; m++) {
                d.readUnsignedShort(); // access flags
                String methodName = utf8[d.readUnsignedShort()];
                d.readUnsignedShort(); // descriptor
                int attributes = d.readUnsignedShort();
                for (int a = 0; a < attributes; a++) {
                    String attribute = utf8[d.readUnsignedShort()];
                    int length = d.readInt();
                    if (methodName.equals(name) && attribute.equals("Code")) {
                        d.readUnsignedShort(); // max stack
                        d.readUnsignedShort(); // max locals
                        return d.readInt();
                    }
                    d.skipBytes(length);
                }
            }
            return -1;
        }
    }

    private static void skipMembers(DataInputStream d) throws IOException {
        int n = d.readUnsignedShort();
        for (int i = 0; i < n; i++) {
            d.skipBytes(6); // access flags, name, descriptor
            int attributes = d.readUnsignedShort();
            for (int a = 0; a < attributes; a++) {
                d.skipBytes(2);
                d.skipBytes(d.readInt());
            }
        }
    }
}
