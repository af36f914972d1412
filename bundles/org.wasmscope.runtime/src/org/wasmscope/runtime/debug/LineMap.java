package org.wasmscope.runtime.debug;

import java.util.ArrayList;
import java.util.List;

import org.wasmscope.runtime.store.FuncInst;
import org.wasmscope.runtime.store.ModuleInst;
import org.wasmscope.runtime.syntax.Instr;

/**
 * Maps a {@code .wat} source line to instructions, through the line each instruction got from the text
 * parser. A line stops at the first instruction of each run of instructions on it (a folded expression
 * puts several on one line; execution enters the line at the first of them), in every function of the
 * module. A line without instructions moves to the nearest following line that has some.
 */
final class LineMap {
    private LineMap() {
    }

    /** The line actually used for {@code line}, or -1 if no instruction lies on or after it. */
    static int resolve(ModuleInst m, int line) {
        int best = -1;
        for (FuncInst f : m.funcs) {
            if (f.isHost() || f.module != m) {
                continue;
            }
            for (Instr in : f.func.body) {
                if (in.line >= line && (best < 0 || in.line < best)) {
                    best = in.line;
                }
            }
        }
        return best;
    }

    /** Where execution enters {@code line}: the first instruction of each run on it. */
    static List<Breakpoint.Location> locations(ModuleInst m, int line) {
        List<Breakpoint.Location> out = new ArrayList<>();
        for (FuncInst f : m.funcs) {
            if (f.isHost() || f.module != m) {
                continue;
            }
            Instr[] body = f.func.body;
            for (int i = 0; i < body.length; i++) {
                if (body[i].line == line && (i == 0 || body[i - 1].line != line)) {
                    out.add(new Breakpoint.Location(f, i));
                }
            }
        }
        return out;
    }
}
