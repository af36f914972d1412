package org.wasmscope.runtime.wasi;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.OpenOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.Set;

/**
 * {@code path_open(fd, dirflags, path, oflags, fs_rights_base, fs_rights_inheriting, fdflags) -> fd}: opens
 * or creates a file or directory beneath a directory descriptor. The new descriptor's rights are those
 * asked for, limited to the directory's inheriting rights and to what its kind of file can do. The final
 * entry is opened relative to its (held) directory without following a link, so what was checked is what
 * gets opened, or the open fails.
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
            long base = a[5] & d.rightsInheriting;
            long inheriting = a[6] & d.rightsInheriting;
            FileDescriptor f;
            try (PathResolver.Resolved p = PathResolver.resolve(d.dir, path, follow)) {
                f = open(p, oflags, base, inheriting, (int) a[7]);
            }
            try {
                m.put32(a[8], s.fds.add(f));
            } catch (WasiError e) {
                f.close();
                throw e;
            }
            return Errno.SUCCESS;
        });
    }

    private static FileDescriptor open(PathResolver.Resolved p, int oflags, long base, long inheriting,
            int fdflags) throws IOException {
        OpenDir dir = p.dir();
        String name = p.name();
        boolean creat = (oflags & Flags.OFLAGS_CREAT) != 0;
        boolean excl = (oflags & Flags.OFLAGS_EXCL) != 0;
        boolean trunc = (oflags & Flags.OFLAGS_TRUNC) != 0;
        boolean wantDir = (oflags & Flags.OFLAGS_DIRECTORY) != 0 || p.mustBeDir();
        BasicFileAttributes attrs = p.attributes();
        boolean exists = attrs != null;
        if (exists && creat && excl) {
            throw new WasiError(Errno.EXIST);
        }
        if (exists && attrs.isSymbolicLink()) {
            throw new WasiError(Errno.LOOP); // a final link not to be followed: O_NOFOLLOW
        }
        if (exists && attrs.isDirectory()) {
            if (trunc || (base & Rights.FD_WRITE) != 0) {
                throw new WasiError(Errno.ISDIR);
            }
            OpenDir opened = p.isBase() ? dir.again() : dir.child(name);
            return new DirectoryFd(opened, null, base & Rights.DIRECTORY, inheriting);
        }
        if (wantDir) {
            throw new WasiError(exists ? Errno.NOTDIR : creat && p.mustBeDir() ? Errno.ISDIR : Errno.NOENT);
        }
        if (!exists) {
            if (!creat) {
                throw new WasiError(Errno.NOENT);
            }
            dir.createFile(name, excl);
        }
        boolean read = (base & (Rights.FD_READ | Rights.FD_READDIR)) != 0;
        boolean write = (base & Rights.FD_WRITE) != 0;
        Set<OpenOption> options = new HashSet<>();
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
                dir.openFile(name, Set.of(StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)).close();
            }
        }
        FileChannel ch = dir.openFile(name, options);
        return new FileFd(dir.retain(), name, ch, base & Rights.REGULAR_FILE, inheriting, fdflags);
    }
}
