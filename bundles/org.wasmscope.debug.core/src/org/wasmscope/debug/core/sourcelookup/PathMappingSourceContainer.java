package org.wasmscope.debug.core.sourcelookup;

import java.io.File;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.sourcelookup.ISourceContainerType;
import org.eclipse.debug.core.sourcelookup.containers.AbstractSourceContainer;

/**
 * A path mapping, as CDT's: source files that DWARF names under the directory they were compiled in
 * ({@code /build/foo/src/fib.c} under {@code /build/foo}) are looked up under a local folder instead
 * ({@code /home/me/foo/src/fib.c}). Added on the launch configuration's Source tab; {@link
 * WasmSourceLookupParticipant} gives it a frame's source path as DWARF has it. A file found inside the
 * workspace is given as the workspace file, so its breakpoints and editor are the workspace's.
 */
public final class PathMappingSourceContainer extends AbstractSourceContainer {
    public static final String TYPE_ID = "org.wasmscope.debug.core.containerType.pathMapping";

    private final String compilePath;
    private final String localPath;

    /** Maps files under {@code compilePath} (as DWARF names them) to the same relative paths under {@code localPath}. */
    public PathMappingSourceContainer(String compilePath, String localPath) {
        this.compilePath = trimmed(compilePath);
        this.localPath = trimmed(localPath);
    }

    /** {@code path} with forward slashes and no slash at its end (unless it is only one). */
    private static String trimmed(String path) {
        String p = path.trim().replace('\\', '/');
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    public String compilePath() {
        return compilePath;
    }

    public String localPath() {
        return localPath;
    }

    /** Where {@code path} (a file as DWARF names it) is under the local folder, or null if it is not under the compile path. */
    public String map(String path) {
        String p = path.replace('\\', '/');
        String prefix = compilePath.endsWith("/") ? compilePath : compilePath + "/";
        if (compilePath.isEmpty() || !p.startsWith(prefix)) {
            return null;
        }
        return (localPath.endsWith("/") ? localPath : localPath + "/") + p.substring(prefix.length());
    }

    /** The file {@code name} (a path as DWARF gives it) maps to, if it exists: a workspace file, else the file itself. */
    @Override
    public Object[] findSourceElements(String name) throws CoreException {
        String mapped = name == null ? null : map(name);
        File file = mapped == null ? null : new File(mapped);
        return file == null || !file.isFile() ? EMPTY : new Object[] { WasmSourceLookupParticipant.element(file) };
    }

    /** {@code /build/foo → /home/me/foo}, as the Source tab lists it. */
    @Override
    public String getName() {
        return compilePath + " \u2192 " + localPath;
    }

    @Override
    public ISourceContainerType getType() {
        return DebugPlugin.getDefault().getLaunchManager().getSourceContainerType(TYPE_ID);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PathMappingSourceContainer c && c.compilePath.equals(compilePath) && c.localPath.equals(localPath);
    }

    @Override
    public int hashCode() {
        return compilePath.hashCode() * 31 + localPath.hashCode();
    }
}
