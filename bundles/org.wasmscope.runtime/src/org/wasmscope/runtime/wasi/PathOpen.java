package org.wasmscope.runtime.wasi;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code path_open(fd, dirflags, path, oflags, fs_rights_base, fs_rights_inheriting, fdflags) -> fd}: opens
 * or creates a file or directory beneath a directory descriptor. The new descriptor's rights are those
 * asked for, limited to the directory's inheriting rights and to what its kind of file can do.
 */
final class PathOpen {
    private PathOpen() {
    }

    static void register(Wasi.Registry r, WasiState s) {
        r.fn("path_open", "iiiiiIIii", a -> {
            DirectoryFd d = s.fds.dir(a[0]);
            int oflags = (int) a[4];
            d.require(Rights.PATH_OPEN | ((oflags & Flags.OFLAGS_CREAT) != 0 ? Rights.PATH_CREATE_FILE : 0)
                    | ((oflags & Flags.OFLAGS_TRUNC) != 0 ? Rights.PATH_FILESTAT_SET_SIZE : 0));
            if ((oflags & ~0xF) != 0 || (a[7] & ~Flags.FDFLAGS_ALL) != 0) {
                throw new WasiError(Errno.INVAL);
            }
            GuestMemory m = s.mem();
            String path = m.string(a[2], a[3]);
            m.check(a[8], 4);
            boolean follow = (a[1] & Flags.LOOKUP_SYMLINK_FOLLOW) != 0;
            PathResolver.Resolved p = PathResolver.resolve(d.dir, path, follow);
            long base = a[5] & d.rightsInheriting;
            long inheriting = a[6] & d.rightsInheriting;
            FileDescriptor f = open(p, oflags, base, inheriting, (int) a[7]);
            m.put32(a[8], s.fds.add(f));
            return Errno.SUCCESS;
        });
    }

    private static FileDescriptor open(PathResolver.Resolved p, int oflags, long base, long inheriting,
            int fdflags) throws IOException {
        Path host = p.host();
        boolean creat = (oflags & Flags.OFLAGS_CREAT) != 0;
        boolean excl = (oflags & Flags.OFLAGS_EXCL) != 0;
        boolean trunc = (oflags & Flags.OFLAGS_TRUNC) != 0;
        boolean wantDir = (oflags & Flags.OFLAGS_DIRECTORY) != 0 || p.mustBeDir();
        boolean exists = Files.exists(host, LinkOption.NOFOLLOW_LINKS);
        if (exists && creat && excl) {
            throw new WasiError(Errno.EXIST);
        }
        if (exists && Files.isSymbolicLink(host)) {
            throw new WasiError(Errno.LOOP); // a final link not to be followed: O_NOFOLLOW
        }
        if (exists && Files.isDirectory(host, LinkOption.NOFOLLOW_LINKS)) {
            if (trunc || (base & Rights.FD_WRITE) != 0) {
                throw new WasiError(Errno.ISDIR);
            }
            return new DirectoryFd(host, null, base & Rights.DIRECTORY, inheriting);
        }
        if (wantDir) {
            throw new WasiError(exists ? Errno.NOTDIR : creat && p.mustBeDir() ? Errno.ISDIR : Errno.NOENT);
        }
        if (!exists) {
            if (!creat) {
                throw new WasiError(Errno.NOENT);
            }
            PathFunctions.createFile(host, excl);
        }
        boolean read = (base & (Rights.FD_READ | Rights.FD_READDIR)) != 0;
        boolean write = (base & Rights.FD_WRITE) != 0;
        List<OpenOption> options = new ArrayList<>();
        options.add(LinkOption.NOFOLLOW_LINKS);
        if (read || !write) {
            options.add(StandardOpenOption.READ);
        }
        if (write) {
            options.add(StandardOpenOption.WRITE);
        }
        if (trunc) {
            if (write) {
                options.add(StandardOpenOption.TRUNCATE_EXISTING);
            } else {
                try (FileChannel w = FileChannel.open(host, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
                    w.truncate(0);
                }
            }
        }
        FileChannel ch = FileChannel.open(host, options.toArray(OpenOption[]::new));
        return new FileFd(host, ch, base & Rights.REGULAR_FILE, inheriting, fdflags);
    }
}
