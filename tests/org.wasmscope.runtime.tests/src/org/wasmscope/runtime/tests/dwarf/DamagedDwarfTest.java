package org.wasmscope.runtime.tests.dwarf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.wasmscope.runtime.debug.Action;
import org.wasmscope.runtime.debug.SuspendReason;
import org.wasmscope.runtime.dwarf.DebugInfo;
import org.wasmscope.runtime.embedding.Wasm;
import org.wasmscope.runtime.syntax.CustomSection;
import org.wasmscope.runtime.syntax.Module;

/**
 * Damaged DWARF is untrusted input: a module whose {@code .debug_*} sections are cut short or scrambled
 * still loads and runs, with warnings, and what is intact still serves.
 */
class DamagedDwarfTest {
    @Test
    void aTruncatedDebugInfoLoadsWithAWarningAndTheLineTableStillServes() throws Exception {
        byte[] module = CDebuggee.build("steps", "-O0", "-gdwarf-4");
        byte[] damaged = withSection(module, ".debug_info", half(section(module, ".debug_info")));
        try (CDebuggee d = new CDebuggee(damaged)) {
            DebugInfo info = d.info();
            assertFalse(info.warnings().isEmpty());
            assertTrue(info.warnings().get(0).contains(".debug_info"), info.warnings().toString());
            d.session.breakAtSourceLine(d.inst, "steps.c", 33); // from .debug_line, which is intact
            d.run();
            assertInstanceOf(SuspendReason.BreakpointHit.class, d.session.reason());
            d.act(Action.STEP_OVER);
            assertEquals(34, info.rowAt(info.address(d.session.snapshot().top().instr())).line());
            d.session.resume();
        }
    }

    @Test
    void scrambledSectionsNeverFailReading() throws Exception {
        Module clean = Wasm.parse(CDebuggee.build("steps", "-O2", "-gdwarf-5"));
        Random random = new Random(18);
        for (int round = 0; round < 200; round++) {
            Module m = Wasm.parse(CDebuggee.build("steps", "-O2", "-gdwarf-5"));
            m.customSections.clear();
            for (CustomSection s : clean.customSections) {
                byte[] b = s.contents().clone();
                if (s.name().startsWith(".debug_") && b.length > 0) {
                    if (random.nextBoolean()) {
                        b = java.util.Arrays.copyOf(b, random.nextInt(b.length));
                    }
                    for (int i = 0; i < 1 + b.length / 50; i++) {
                        if (b.length > 0) {
                            b[random.nextInt(b.length)] = (byte) random.nextInt();
                        }
                    }
                }
                m.customSections.add(new CustomSection(s.name(), b, s.offset()));
            }
            DebugInfo info = DebugInfo.read(m); // must not throw
            for (var f : info.functions()) {
                info.scopesAt(f.ranges().get(0).start());
                for (var v : info.variablesAt(f, f.ranges().get(0).start())) {
                    v.type().displayName();
                }
            }
        }
    }

    @Test
    void aModuleWithoutDwarfHasNoDebugInfoAndNoWarning() throws Exception {
        byte[] module = CDebuggee.build("steps", "-O0", "-gdwarf-4", "-Wl,--strip-debug");
        DebugInfo info = DebugInfo.read(Wasm.parse(module));
        assertTrue(info.isEmpty());
        assertEquals(List.of(), info.warnings());
        try (CDebuggee d = new CDebuggee(module)) { // steps stay instruction steps
            d.session.start(d.inst, "_start", true);
            d.session.awaitSuspended(org.wasmscope.tests.support.Debuggee.WAIT);
            int before = d.session.snapshot().top().instrIndex();
            d.act(Action.STEP_OVER);
            assertEquals(before + 1, d.session.snapshot().top().instrIndex());
        }
    }

    private static byte[] half(byte[] b) {
        return java.util.Arrays.copyOf(b, b.length / 2);
    }

    /** The contents of custom section {@code name} of binary module {@code module}. */
    static byte[] section(byte[] module, String name) throws Exception {
        for (CustomSection s : Wasm.parse(module).customSections) {
            if (s.name().equals(name)) {
                return s.contents();
            }
        }
        throw new AssertionError("no section " + name);
    }

    /** {@code module} with the contents of custom section {@code name} replaced by {@code contents}. */
    static byte[] withSection(byte[] module, String name, byte[] contents) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(module, 0, 8);
        int pos = 8;
        while (pos < module.length) {
            int id = module[pos++];
            long[] size = leb(module, pos);
            pos = (int) size[1];
            int end = pos + (int) size[0];
            long[] nameLength = id == 0 ? leb(module, pos) : null;
            String sectionName = id == 0
                    ? new String(module, (int) nameLength[1], (int) nameLength[0], StandardCharsets.UTF_8)
                    : null;
            if (name.equals(sectionName)) {
                byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
                ByteArrayOutputStream body = new ByteArrayOutputStream();
                writeLeb(body, nameBytes.length);
                body.writeBytes(nameBytes);
                body.writeBytes(contents);
                out.write(0);
                writeLeb(out, body.size());
                out.writeBytes(body.toByteArray());
            } else {
                out.write(id);
                writeLeb(out, end - pos);
                out.write(module, pos, end - pos);
            }
            pos = end;
        }
        return out.toByteArray();
    }

    private static long[] leb(byte[] b, int pos) {
        long v = 0;
        for (int shift = 0;; shift += 7) {
            int x = b[pos++];
            v |= (long) (x & 0x7F) << shift;
            if ((x & 0x80) == 0) {
                return new long[] {v, pos};
            }
        }
    }

    private static void writeLeb(ByteArrayOutputStream out, long v) {
        do {
            int x = (int) (v & 0x7F);
            v >>>= 7;
            out.write(v != 0 ? x | 0x80 : x);
        } while (v != 0);
    }
}
