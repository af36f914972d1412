package org.wasmscope.runtime.wasi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Resolves a program's path beneath a directory descriptor, the way {@code openat2(RESOLVE_BENEATH)} does:
 * component by component, following symbolic links itself, so that the result never leaves the
 * directory. An absolute path, a {@code ..} above the directory, or a symbolic link whose target is
 * absolute or climbs out fails with {@link Errno#NOTCAPABLE}.
 *
 * <p>The components resolved so far are always real directories beneath the base (links are replaced by
 * their targets before anything else is appended), so {@code ..} is simply dropping the last one. The
 * operations then use the resolved host path without following links; a host process that swaps a
 * directory for a link between the two steps could still redirect one operation (the host's own files are
 * assumed not to change under a running program).
 */
final class PathResolver {
    /** The most symbolic links one resolution follows, like Linux's MAXSYMLINKS. */
    static final int MAX_LINKS = 40;

    private PathResolver() {
    }

    /**
     * A resolved path: {@code host} is the file on the host; {@code isBase} if it is the base directory
     * itself; {@code mustBeDir} if the path ended in {@code /}, {@code .} or {@code ..}.
     */
    record Resolved(Path host, boolean isBase, boolean mustBeDir) {
    }

    /**
     * Resolves {@code path} beneath {@code base}. Symbolic links in intermediate components are followed;
     * a final one only if {@code followLast} (or the path ends in a slash).
     */
    static Resolved resolve(Path base, String path, boolean followLast) {
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
        List<String> done = new ArrayList<>();
        int links = 0;
        try {
            while (!todo.isEmpty()) {
                String c = todo.pollFirst();
                if (c.equals("..")) {
                    if (done.isEmpty()) {
                        throw new WasiError(Errno.NOTCAPABLE);
                    }
                    done.remove(done.size() - 1);
                    continue;
                }
                done.add(c);
                boolean last = todo.isEmpty();
                Path p = join(base, done);
                if ((!last || followLast || mustBeDir) && Files.isSymbolicLink(p)) {
                    if (++links > MAX_LINKS) {
                        throw new WasiError(Errno.LOOP);
                    }
                    String target = Files.readSymbolicLink(p).toString();
                    if (target.startsWith("/")) {
                        throw new WasiError(Errno.NOTCAPABLE);
                    }
                    done.remove(done.size() - 1);
                    Deque<String> parts = new ArrayDeque<>();
                    boolean dirTarget = split(target, parts);
                    mustBeDir |= last && dirTarget;
                    while (!parts.isEmpty()) {
                        todo.addFirst(parts.pollLast());
                    }
                    continue;
                }
                if (!last) {
                    if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                        throw new WasiError(Errno.NOENT);
                    }
                    if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                        throw new WasiError(Errno.NOTDIR);
                    }
                }
            }
        } catch (IOException e) {
            throw WasiError.of(e);
        } catch (InvalidPathException e) {
            throw new WasiError(Errno.INVAL);
        }
        Path host = join(base, done);
        if (mustBeDir && Files.exists(host, LinkOption.NOFOLLOW_LINKS)
                && !Files.isDirectory(host, LinkOption.NOFOLLOW_LINKS)) {
            throw new WasiError(Errno.NOTDIR);
        }
        return new Resolved(host, done.isEmpty(), mustBeDir);
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

    private static Path join(Path base, List<String> parts) {
        Path p = base;
        for (String s : parts) {
            p = p.resolve(s);
        }
        return p;
    }
}
