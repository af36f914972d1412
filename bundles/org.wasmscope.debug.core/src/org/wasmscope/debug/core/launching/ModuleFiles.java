package org.wasmscope.debug.core.launching;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Path;
import org.wasmscope.debug.core.WasmDebugCore;
import org.wasmscope.runtime.InvalidException;
import org.wasmscope.runtime.MalformedException;
import org.wasmscope.runtime.embedding.Wasm;
import org.wasmscope.runtime.syntax.Module;
import org.wasmscope.runtime.valid.ValidModule;

/**
 * Finding a module in the workspace and loading it, with errors a person can act on: which project or
 * file is missing, or the runtime's malformed/invalid message with its line and column or byte offset.
 */
public final class ModuleFiles {
    private ModuleFiles() {
    }

    /** True for the file names the launcher accepts: {@code .wat} (text) and {@code .wasm} (binary). */
    public static boolean isModuleName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".wat") || n.endsWith(".wasm");
    }

    /** The module file {@code module} (project relative) in project {@code projectName}. */
    public static IFile resolve(String projectName, String module) throws CoreException {
        if (projectName == null || projectName.isBlank()) {
            throw WasmDebugCore.error("No project is selected.");
        }
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(projectName);
        if (!project.exists()) {
            throw WasmDebugCore.error("The project \"" + projectName + "\" does not exist.");
        }
        if (!project.isOpen()) {
            throw WasmDebugCore.error("The project \"" + projectName + "\" is closed.");
        }
        if (module == null || module.isBlank()) {
            throw WasmDebugCore.error("No module file is selected.");
        }
        IResource resource = project.findMember(new Path(module));
        if (!(resource instanceof IFile file) || !file.exists()) {
            throw WasmDebugCore.error("The module file \"" + module + "\" does not exist in project \""
                    + projectName + "\".");
        }
        if (!isModuleName(file.getName())) {
            throw WasmDebugCore.error("\"" + module + "\" is not a WebAssembly module (.wat or .wasm).");
        }
        return file;
    }

    /** Decodes or parses the file, then validates it. */
    public static ValidModule load(IFile file) throws CoreException {
        try {
            return Wasm.validate(parse(file));
        } catch (InvalidException e) {
            throw WasmDebugCore.error(file.getName() + ": invalid module: " + e.describe());
        }
    }

    /** Decodes or parses the file, without validating it. */
    public static Module parse(IFile file) throws CoreException {
        byte[] bytes;
        try (InputStream in = file.getContents(true)) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw WasmDebugCore.error("Cannot read " + file.getFullPath() + ": " + e.getMessage(), e);
        }
        try {
            return Wasm.parse(bytes);
        } catch (MalformedException e) {
            throw WasmDebugCore.error(file.getName() + ": malformed module: " + e.describe());
        }
    }
}
