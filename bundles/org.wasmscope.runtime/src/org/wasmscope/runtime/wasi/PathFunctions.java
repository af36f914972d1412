package org.wasmscope.runtime.wasi;

import java.nio.file.attribute.BasicFileAttributes;

/**
 * The path functions that work on one file: {@code path_create_directory}, {@code path_remove_directory},
 * {@code path_unlink_file}, {@code path_filestat_get}, {@code path_filestat_set_times}, and
 * {@code path_rename}. Every path is resolved by {@link PathResolver} beneath its directory descriptor,
 * and the operation done on the resulting entry of a held directory ({@link OpenDir}).
 * {@code path_open} is in {@link PathOpen}; links in {@link PathLinks}.
 */
final class PathFunctions {
    private PathFunctions() {
    }

    static void register(Wasi.Registry r, WasiState s) {
        PathOpen.register(r, s);
        r.fn("path_create_directory", "iii", a -> {
            try (PathResolver.Resolved p = resolve(s, a[0], Rights.PATH_CREATE_DIRECTORY, a[1], a[2], false)) {
                if (p.isBase()) {
                    throw new WasiError(Errno.EXIST);
                }
                p.dir().createDirectory(p.name());
            }
            return Errno.SUCCESS;
        });
        r.fn("path_remove_directory", "iii", a -> {
            try (PathResolver.Resolved p = resolve(s, a[0], Rights.PATH_REMOVE_DIRECTORY, a[1], a[2], false)) {
                if (p.isBase()) {
                    throw new WasiError(Errno.INVAL); // rmdir(".")
                }
                if (!p.existing().isDirectory()) {
                    throw new WasiError(Errno.NOTDIR);
                }
                p.dir().deleteDirectory(p.name());
            }
            return Errno.SUCCESS;
        });
        r.fn("path_unlink_file", "iii", a -> {
            try (PathResolver.Resolved p = resolve(s, a[0], Rights.PATH_UNLINK_FILE, a[1], a[2], false)) {
                BasicFileAttributes attrs = p.isBase() ? null : p.attributes();
                if (p.isBase() || attrs != null && attrs.isDirectory()) {
                    throw new WasiError(Errno.ISDIR);
                }
                p.existing();
                if (p.mustBeDir()) {
                    throw new WasiError(Errno.NOTDIR);
                }
                p.dir().deleteFile(p.name());
            }
            return Errno.SUCCESS;
        });
        r.fn("path_filestat_get", "iiiii", a -> {
            boolean follow = (a[1] & Flags.LOOKUP_SYMLINK_FOLLOW) != 0;
            try (PathResolver.Resolved p = resolve(s, a[0], Rights.PATH_FILESTAT_GET, a[2], a[3], follow)) {
                GuestMemory m = s.mem();
                m.check(a[4], FileStats.SIZE);
                FileStats.write(m, a[4], p.dir().stat(p.name())); // links to follow are already followed
            }
            return Errno.SUCCESS;
        });
        r.fn("path_filestat_set_times", "iiiiIIi", a -> {
            boolean follow = (a[1] & Flags.LOOKUP_SYMLINK_FOLLOW) != 0;
            try (PathResolver.Resolved p = resolve(s, a[0], Rights.PATH_FILESTAT_SET_TIMES, a[2], a[3], follow)) {
                if (!p.isBase()) {
                    p.existing();
                }
                // the JDK opens the entry without following a link and futimens it (a final link: LOOP)
                FileStats.times(a[4], a[5], (int) a[6], s.clocks.now(Clocks.REALTIME)).applyTo(p.dir().view(p.name()));
            }
            return Errno.SUCCESS;
        });
        r.fn("path_rename", "iiiiii", a -> {
            try (PathResolver.Resolved from = resolve(s, a[0], Rights.PATH_RENAME_SOURCE, a[1], a[2], false);
                    PathResolver.Resolved to = resolve(s, a[3], Rights.PATH_RENAME_TARGET, a[4], a[5], false)) {
                if (from.isBase() || to.isBase()) {
                    throw new WasiError(Errno.BUSY); // renaming "." or onto it
                }
                from.existing();
                // renameat(2): it replaces an existing target and fails as POSIX says
                from.dir().move(from.name(), to.dir(), to.name());
            }
            return Errno.SUCCESS;
        });
    }

    /** Checks the right on directory {@code fd}, reads the path argument and resolves it beneath the directory. */
    static PathResolver.Resolved resolve(WasiState s, long fd, long right, long ptr, long len, boolean follow) {
        DirectoryFd d = s.fds.dir(fd);
        d.require(right);
        String path = s.mem().string(ptr, len);
        return PathResolver.resolve(d.dir, path, follow);
    }
}
