package org.wasmscope.runtime.wasi;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Resolves a program's path beneath a directory descriptor, the way {@code openat2(RESOLVE_BENEATH)} does:
 * component by component, each directory opened relative to the one before it without following a link
 * ({@link OpenDir#child}), symbolic links followed here, so that the result never leaves the directory,
 * however the tree changes meanwhile. An absolute path, a {@code ..} above the directory, or a symbolic
 * link whose target is absolute or climbs out fails with {@link Errno#NOTCAPABLE}.
 *
 * <p>The directories resolved so far are held open on a stack, so {@code ..} is going back to the one
 * before (not to whatever the host's {@code ..} of a moved directory is). The result is an open directory
 * and a name in it, which the operations then use through that directory, again without following a link.
 */
final class PathResolver {
    /** The most symbolic links one resolution follows, like Linux's MAXSYMLINKS. */
    static final int MAX_LINKS = 40;

    private PathResolver() {
    }

    /**
     * A resolved path: the entry {@code name} of the open directory {@code dir}, or (if {@code name} is
     * null) the base directory itself; {@code mustBeDir} if the path ended in {@code /}, {@code .} or
     * {@code ..}. Closing it releases {@code dir}.
     */
    record Resolved(OpenDir dir, String name, boolean mustBeDir) implements Closeable {
        boolean isBase() {
            return name == null;
        }

        /** The entry's attributes (of a link itself), or null if there is no such entry. */
        BasicFileAttributes attributes() throws IOException {
            return dir.lstat(name);
        }

        /** As {@link #attributes}, but NOENT if there is no such entry. */
        BasicFileAttributes existing() throws IOException {
            BasicFileAttributes a = attributes();
            if (a == null) {
                throw new WasiError(Errno.NOENT);
            }
            return a;
        }

        @Override
        public void close() throws IOException {
            dir.close();
        }
    }

    /**
     * Resolves {@code path} beneath {@code base}. Symbolic links in intermediate components are followed;
     * a final one only if {@code followLast} (or the path ends in a slash).
     */
    static Resolved resolve(OpenDir base, String path, boolean followLast) {
        if (path.isEmpty()) {
            throw new WasiError(Errno.NOENT);
        }
        if (path.startsWith("/")) {
            throw new WasiError(Errno.NOTCAPABLE);
        }
        if (path.indexOf('\0') >= 0) {
            throw new WasiError(Errno.INVAL);
        }
        Deque<String> todo = new ArrayDeque<>();
        boolean mustBeDir = split(path, todo);
        List<OpenDir> dirs = new ArrayList<>(); // dirs.get(i + 1) is the entry names.get(i) of dirs.get(i)
        List<String> names = new ArrayList<>();
        dirs.add(base.retain());
        int links = 0;
        try {
            while (!todo.isEmpty()) {
                String c = todo.pollFirst();
                OpenDir top = dirs.get(dirs.size() - 1);
                if (c.equals("..")) {
                    if (names.isEmpty()) {
                        throw new WasiError(Errno.NOTCAPABLE);
                    }
                    names.remove(names.size() - 1);
                    dirs.remove(dirs.size() - 1).close();
                    continue;
                }
                boolean last = todo.isEmpty();
                if (last && !followLast && !mustBeDir) {
                    return result(dirs, c, false, null);
                }
                BasicFileAttributes a = top.lstat(c);
                if (a != null && a.isSymbolicLink()) {
                    if (++links > MAX_LINKS) {
                        throw new WasiError(Errno.LOOP);
                    }
                    String target = top.readLink(c, a);
                    if (target.startsWith("/")) {
                        throw new WasiError(Errno.NOTCAPABLE);
                    }
                    Deque<String> parts = new ArrayDeque<>();
                    boolean dirTarget = split(target, parts);
                    mustBeDir |= last && dirTarget;
                    while (!parts.isEmpty()) {
                        todo.addFirst(parts.pollLast());
                    }
                    continue;
                }
                if (last) {
                    return result(dirs, c, mustBeDir, a);
                }
                if (a == null) {
                    throw new WasiError(Errno.NOENT);
                }
                if (!a.isDirectory()) {
                    throw new WasiError(Errno.NOTDIR);
                }
                dirs.add(top.child(c));
                names.add(c);
            }
            // the path ended on a directory of the stack: the base, or an entry of the one before it
            if (names.isEmpty()) {
                return result(dirs, null, mustBeDir, null);
            }
            String name = names.remove(names.size() - 1);
            dirs.remove(dirs.size() - 1).close();
            return result(dirs, name, true, null);
        } catch (IOException e) {
            closeAll(dirs);
            throw WasiError.of(e);
        } catch (InvalidPathException e) {
            closeAll(dirs);
            throw new WasiError(Errno.INVAL);
        } catch (RuntimeException e) {
            closeAll(dirs);
            throw e;
        }
    }

    /** The last directory of {@code dirs} and {@code name} in it; the other directories are closed. */
    private static Resolved result(List<OpenDir> dirs, String name, boolean mustBeDir, BasicFileAttributes a)
            throws IOException {
        OpenDir dir = dirs.remove(dirs.size() - 1);
        closeAll(dirs);
        if (mustBeDir && a != null && !a.isDirectory()) {
            dir.close();
            throw new WasiError(Errno.NOTDIR);
        }
        return new Resolved(dir, name, mustBeDir);
    }

    private static void closeAll(List<OpenDir> dirs) {
        while (!dirs.isEmpty()) {
            try {
                dirs.remove(dirs.size() - 1).close();
            } catch (IOException e) {
                // a directory stream that cannot be closed is gone anyway
            }
        }
    }

    /**
     * Appends the meaningful components of {@code path} (not empty, not {@code .}) to {@code out}; true if
     * the path names a directory by its form (ends in {@code /}, {@code .} or {@code ..}).
     */
    private static boolean split(String path, Deque<String> out) {
        boolean dirForm = path.endsWith("/");
        for (String c : path.split("/")) {
            if (!c.isEmpty() && !c.equals(".")) {
                out.addLast(c);
            }
        }
        String lastRaw = path.substring(path.lastIndexOf('/') + 1);
        return dirForm || lastRaw.equals(".") || lastRaw.equals("..");
    }
}
