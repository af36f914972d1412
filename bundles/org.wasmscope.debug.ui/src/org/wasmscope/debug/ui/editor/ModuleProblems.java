package org.wasmscope.debug.ui.editor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.wasmscope.debug.core.WasmDebugCore;
import org.wasmscope.debug.core.sourcelookup.Disassembly;
import org.wasmscope.runtime.WasmException;
import org.wasmscope.runtime.embedding.Wasm;
import org.wasmscope.runtime.syntax.Module;
import org.wasmscope.runtime.valid.Validator;

/**
 * The problem markers of a module file, {@code .wat} or {@code .wasm}: what the runtime's parser or decoder
 * and validator say about it, for the Problems view and the editors' rulers. Text is analysed as the
 * {@code .wat} editor does while typing ({@link WatAnalysis}); a binary module's problems carry their byte
 * offset and the line of the disassembly that shows it. Each check replaces the file's markers.
 */
public final class ModuleProblems {
    /** The marker type (a problem marker and a text marker; not kept across sessions). */
    public static final String MARKER = "org.wasmscope.debug.ui.problem";
    /** The marker attribute with a binary module's byte offset of the problem. */
    public static final String OFFSET = "offset";

    /**
     * A problem: the runtime's message, {@code malformed} or {@code invalid}, and where: the line and the
     * characters {@code [start, end)} of text, or the byte offset in a binary module (-1 if none) and the
     * line of its disassembly; the other -1.
     */
    public record Problem(String message, String errorClass, int line, int start, int end, int offset) {
    }

    private ModuleProblems() {
    }

    /** The problems of the module file named {@code name} with contents {@code bytes}. */
    public static List<Problem> of(String name, byte[] bytes, Charset charset) {
        if (name.endsWith(".wat") || !Wasm.isBinary(bytes)) {
            return WatAnalysis.of(new String(bytes, charset)).problems();
        }
        List<WasmException> faults = new ArrayList<>();
        try {
            Module module = Wasm.parse(bytes);
            faults.addAll(Validator.faults(module));
        } catch (WasmException e) { // malformed, or the runtime's own failure
            faults.add(e);
        }
        List<Problem> problems = new ArrayList<>();
        Disassembly disassembly = faults.isEmpty() ? null : Disassembly.of(name, bytes);
        for (WasmException e : faults) {
            int line = e.offset >= 0 ? disassembly.lineOf(e.offset) : -1;
            // a fault not at an instruction (a section, a type) is shown on the listing's first line
            problems.add(new Problem(e.getMessage(), e.errorClass(), Math.max(1, line), -1, -1, e.offset));
        }
        return problems;
    }

    /**
     * Replaces the markers of {@code file} by those of its contents as saved, unless an editor has unsaved
     * changes to it: the editor's own analysis of its text makes them then.
     */
    public static void check(IFile file) throws CoreException {
        if (!file.exists() || isBeingEdited(file)) {
            return;
        }
        byte[] bytes;
        try (InputStream in = file.getContents(true)) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw WasmDebugCore.error("Cannot read " + file.getFullPath() + ": " + e.getMessage(), e);
        }
        update(file, of(file.getName(), bytes, Charset.forName(file.getCharset())));
    }

    private static boolean isBeingEdited(IFile file) {
        ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(file.getFullPath(),
                LocationKind.IFILE);
        return buffer != null && buffer.isDirty();
    }

    /** Replaces the file's markers by {@code problems}. */
    static void update(IFile file, List<Problem> problems) throws CoreException {
        if (!file.exists()) {
            return;
        }
        ResourcesPlugin.getWorkspace().run(monitor -> {
            file.deleteMarkers(MARKER, false, IResource.DEPTH_ZERO);
            for (Problem p : problems) {
                // created with all its attributes at once: a reader never sees a marker half made
                file.createMarker(MARKER, attributes(p));
            }
        }, file, IWorkspace.AVOID_UPDATE, null);
    }

    private static Map<String, Object> attributes(Problem p) {
        Map<String, Object> a = new HashMap<>();
        a.put(IMarker.MESSAGE, p.message());
        a.put(IMarker.SEVERITY, IMarker.SEVERITY_ERROR);
        a.put(IMarker.LINE_NUMBER, p.line());
        if (p.start() >= 0) {
            a.put(IMarker.CHAR_START, p.start());
            a.put(IMarker.CHAR_END, p.end());
            a.put(IMarker.LOCATION, "line " + p.line() + " (" + p.errorClass() + ")");
        } else if (p.offset() >= 0) {
            a.put(OFFSET, p.offset());
            a.put(IMarker.LOCATION, "offset 0x" + Integer.toHexString(p.offset()) + " (" + p.errorClass() + ")");
        } else {
            a.put(IMarker.LOCATION, p.errorClass());
        }
        return a;
    }
}
