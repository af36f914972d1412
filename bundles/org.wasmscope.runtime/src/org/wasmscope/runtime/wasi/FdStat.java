package org.wasmscope.runtime.wasi;

import java.nio.charset.StandardCharsets;

/**
 * What a descriptor is and its file's attributes: {@code fd_fdstat_get}, {@code fd_fdstat_set_flags},
 * {@code fd_fdstat_set_rights}, {@code fd_filestat_get}, {@code fd_filestat_set_size},
 * {@code fd_filestat_set_times}, {@code fd_prestat_get}, {@code fd_prestat_dir_name}.
 */
final class FdStat {
    private FdStat() {
    }

    static void register(Wasi.Registry r, WasiState s) {
        // fdstat: fs_filetype u8 @0, fs_flags u16 @2, fs_rights_base u64 @8, fs_rights_inheriting u64 @16
        r.fn("fd_fdstat_get", "ii", a -> {
            FileDescriptor f = s.fds.get(a[0]);
            GuestMemory m = s.mem();
            m.zero(a[1], 24);
            m.put8(a[1], f.filetype());
            m.put16(a[1] + 2, f.fdflags);
            m.put64(a[1] + 8, f.rightsBase);
            m.put64(a[1] + 16, f.rightsInheriting);
            return Errno.SUCCESS;
        });
        r.fn("fd_fdstat_set_flags", "ii", a -> {
            FileDescriptor f = s.fds.get(a[0]);
            f.require(Rights.FD_FDSTAT_SET_FLAGS);
            if ((a[1] & ~Flags.FDFLAGS_ALL) != 0) {
                throw new WasiError(Errno.INVAL);
            }
            f.fdflags = (int) a[1];
            return Errno.SUCCESS;
        });
        r.fn("fd_fdstat_set_rights", "iII", a -> {
            FileDescriptor f = s.fds.get(a[0]);
            if ((a[1] & ~f.rightsBase) != 0 || (a[2] & ~f.rightsInheriting) != 0) {
                throw new WasiError(Errno.NOTCAPABLE); // rights can only be dropped
            }
            f.rightsBase = a[1];
            f.rightsInheriting = a[2];
            return Errno.SUCCESS;
        });
        r.fn("fd_filestat_get", "ii", a -> {
            FileDescriptor f = s.fds.get(a[0]);
            f.require(Rights.FD_FILESTAT_GET);
            GuestMemory m = s.mem();
            m.check(a[1], FileStats.SIZE);
            f.stat(m, a[1]);
            return Errno.SUCCESS;
        });
        r.fn("fd_filestat_set_size", "iI", a -> {
            FileDescriptor f = s.fds.get(a[0]);
            f.require(Rights.FD_FILESTAT_SET_SIZE);
            f.setSize(a[1]);
            return Errno.SUCCESS;
        });
        r.fn("fd_filestat_set_times", "iIIi", a -> {
            FileDescriptor f = s.fds.get(a[0]);
            f.require(Rights.FD_FILESTAT_SET_TIMES);
            f.setTimes(a[1], a[2], (int) a[3], s.clocks.now(Clocks.REALTIME));
            return Errno.SUCCESS;
        });
        // prestat: tag u8 @0 (0 = dir), pr_name_len u32 @4
        r.fn("fd_prestat_get", "ii", a -> {
            String name = preopenName(s, a[0]);
            GuestMemory m = s.mem();
            m.zero(a[1], 8);
            m.put8(a[1], Flags.PREOPENTYPE_DIR);
            m.put32(a[1] + 4, name.getBytes(StandardCharsets.UTF_8).length);
            return Errno.SUCCESS;
        });
        r.fn("fd_prestat_dir_name", "iii", a -> {
            byte[] name = preopenName(s, a[0]).getBytes(StandardCharsets.UTF_8);
            if (a[2] < name.length) {
                throw new WasiError(Errno.NAMETOOLONG);
            }
            s.mem().write(a[1], name, 0, name.length);
            return Errno.SUCCESS;
        });
    }

    /** The guest name of a preopened directory; BADF for any other descriptor. */
    private static String preopenName(WasiState s, long fd) {
        if (s.fds.get(fd) instanceof DirectoryFd d && d.preopenName != null) {
            return d.preopenName;
        }
        throw new WasiError(Errno.BADF);
    }
}
