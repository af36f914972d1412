package org.wasmscope.runtime.wasi;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The path functions that work on one file: {@code path_create_directory}, {@code path_remove_directory},
 * {@code path_unlink_file}, {@code path_filestat_get}, {@code path_filestat_set_times}, and
 * {@code path_rename}. Every path is resolved by {@link PathResolver} beneath its directory descriptor.
 * {@code path_open} is in {@link PathOpen}; links in {@link PathLinks}.
 */
final class PathFunctions {
    private PathFunctions() {
    }

    private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;

    static void register(Wasi.Registry r, WasiState s) {
        PathOpen.register(r, s);
        r.fn("path_create_directory", "iii", a -> {
            PathResolver.Resolved p = resolve(s, a[0], Rights.PATH_CREATE_DIRECTORY, a[1], a[2], false);
            if (p.isBase()) {
                throw new WasiError(Errno.EXIST);
            }
            Files.createDirectory(p.host());
            return Errno.SUCCESS;
        });
        r.fn("path_remove_directory", "iii", a -> {
            PathResolver.Resolved p = resolve(s, a[0], Rights.PATH_REMOVE_DIRECTORY, a[1], a[2], false);
            if (p.isBase()) {
                throw new WasiError(Errno.INVAL); // rmdir(".")
            }
            requireExists(p.host());
            if (!Files.isDirectory(p.host(), NOFOLLOW)) {
                throw new WasiError(Errno.NOTDIR);
            }
            Files.delete(p.host());
            return Errno.SUCCESS;
        });
        r.fn("path_unlink_file", "iii", a -> {
            PathResolver.Resolved p = resolve(s, a[0], Rights.PATH_UNLINK_FILE, a[1], a[2], false);
            if (p.isBase() || Files.isDirectory(p.host(), NOFOLLOW)) {
                throw new WasiError(Errno.ISDIR);
            }
            requireExists(p.host());
            if (p.mustBeDir()) {
                throw new WasiError(Errno.NOTDIR);
            }
            Files.delete(p.host());
            return Errno.SUCCESS;
        });
        r.fn("path_filestat_get", "iiiii", a -> {
            boolean follow = (a[1] & Flags.LOOKUP_SYMLINK_FOLLOW) != 0;
            PathResolver.Resolved p = resolve(s, a[0], Rights.PATH_FILESTAT_GET, a[2], a[3], follow);
            GuestMemory m = s.mem();
            m.check(a[4], FileStats.SIZE);
            FileStats.write(m, a[4], p.host(), false); // links to follow are already followed
            return Errno.SUCCESS;
        });
        r.fn("path_filestat_set_times", "iiiiIIi", a -> {
            boolean follow = (a[1] & Flags.LOOKUP_SYMLINK_FOLLOW) != 0;
            PathResolver.Resolved p = resolve(s, a[0], Rights.PATH_FILESTAT_SET_TIMES, a[2], a[3], follow);
            requireExists(p.host());
            FileStats.setTimes(p.host(), a[4], a[5], (int) a[6], s.clocks.now(Clocks.REALTIME), false);
            return Errno.SUCCESS;
        });
        r.fn("path_rename", "iiiiii", a -> {
            PathResolver.Resolved from = resolve(s, a[0], Rights.PATH_RENAME_SOURCE, a[1], a[2], false);
            PathResolver.Resolved to = resolve(s, a[3], Rights.PATH_RENAME_TARGET, a[4], a[5], false);
            if (from.isBase() || to.isBase()) {
                throw new WasiError(Errno.BUSY); // renaming "." or onto it
            }
            requireExists(from.host());
            if (from.host().equals(to.host())) {
                return Errno.SUCCESS;
            }
            // ATOMIC_MOVE is rename(2) itself: it replaces an existing target and fails as POSIX says
            Files.move(from.host(), to.host(), StandardCopyOption.ATOMIC_MOVE);
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

    static void requireExists(Path p) throws IOException {
        if (!Files.exists(p, NOFOLLOW)) {
            throw new WasiError(Errno.NOENT);
        }
    }

    /** Creates an empty regular file; EXIST if {@code exclusive} and something is there. */
    static void createFile(Path p, boolean exclusive) throws IOException {
        try {
            Files.createFile(p);
        } catch (FileAlreadyExistsException e) {
            if (exclusive) {
                throw e;
            }
        }
    }
}
