package org.wasmscope.runtime.wasi;

/**
 * Reading, writing and positioning through a descriptor: {@code fd_read}, {@code fd_write},
 * {@code fd_pread}, {@code fd_pwrite}, {@code fd_seek}, {@code fd_tell}, {@code fd_sync},
 * {@code fd_datasync}, {@code fd_advise}, {@code fd_allocate}, {@code fd_close}, {@code fd_renumber}.
 */
final class FdIo {
    private FdIo() {
    }

    static void register(Wasi.Registry r, WasiState s) {
        r.fn("fd_read", "iiii", a -> {
            FileDescriptor f = s.fds.get(a[0]);
            f.require(Rights.FD_READ);
            GuestMemory m = s.mem();
            int[] iov = m.iovecs(a[1], a[2]);
            m.check(a[3], 4);
            m.put32(a[3], f.read(m.bytes(), iov));
            return Errno.SUCCESS;
        });
        r.fn("fd_write", "iiii", a -> {
            FileDescriptor f = s.fds.get(a[0]);
            f.require(Rights.FD_WRITE);
            GuestMemory m = s.mem();
            int[] iov = m.iovecs(a[1], a[2]);
            m.check(a[3], 4);
            m.put32(a[3], f.write(m.bytes(), iov));
            return Errno.SUCCESS;
        });
        r.fn("fd_pread", "iiiIi", a -> {
            FileDescriptor f = s.fds.get(a[0]);
            f.require(Rights.FD_READ | Rights.FD_SEEK);
            GuestMemory m = s.mem();
            int[] iov = m.iovecs(a[1], a[2]);
            m.check(a[4], 4);
            m.put32(a[4], f.pread(m.bytes(), iov, a[3]));
            return Errno.SUCCESS;
        });
        r.fn("fd_pwrite", "iiiIi", a -> {
            FileDescriptor f = s.fds.get(a[0]);
            f.require(Rights.FD_WRITE | Rights.FD_SEEK);
            GuestMemory m = s.mem();
            int[] iov = m.iovecs(a[1], a[2]);
            m.check(a[4], 4);
            m.put32(a[4], f.pwrite(m.bytes(), iov, a[3]));
            return Errno.SUCCESS;
        });
        r.fn("fd_seek", "iIii", a -> {
            FileDescriptor f = s.fds.get(a[0]);
            // asking for the position only is a tell, which FD_TELL alone allows
            f.require(a[1] == 0 && a[2] == Flags.WHENCE_CUR ? Rights.FD_TELL : Rights.FD_SEEK);
            GuestMemory m = s.mem();
            m.check(a[3], 8);
            m.put64(a[3], f.seek(a[1], (int) a[2]));
            return Errno.SUCCESS;
        });
        r.fn("fd_tell", "ii", a -> {
            FileDescriptor f = s.fds.get(a[0]);
            f.require(Rights.FD_TELL);
            GuestMemory m = s.mem();
            m.check(a[1], 8);
            m.put64(a[1], f.tell());
            return Errno.SUCCESS;
        });
        r.fn("fd_sync", "i", a -> {
            FileDescriptor f = s.fds.get(a[0]);
            f.require(Rights.FD_SYNC);
            f.sync(true);
            return Errno.SUCCESS;
        });
        r.fn("fd_datasync", "i", a -> {
            FileDescriptor f = s.fds.get(a[0]);
            f.require(Rights.FD_DATASYNC);
            f.sync(false);
            return Errno.SUCCESS;
        });
        r.fn("fd_advise", "iIIi", a -> {
            FileDescriptor f = s.fds.get(a[0]);
            f.require(Rights.FD_ADVISE);
            if (a[3] > Flags.ADVICE_MAX || a[1] < 0 || a[2] < 0) {
                throw new WasiError(Errno.INVAL);
            }
            if (f instanceof StreamFd) {
                throw new WasiError(Errno.SPIPE); // posix_fadvise on a pipe
            }
            return Errno.SUCCESS; // advice only: Java gives no way to pass it on, and ignoring it is allowed
        });
        r.fn("fd_allocate", "iII", a -> {
            FileDescriptor f = s.fds.get(a[0]);
            f.require(Rights.FD_ALLOCATE);
            f.allocate(a[1], a[2]);
            return Errno.SUCCESS;
        });
        r.fn("fd_close", "i", a -> {
            s.fds.close(a[0]);
            return Errno.SUCCESS;
        });
        r.fn("fd_renumber", "ii", a -> {
            s.fds.renumber(a[0], a[1]);
            return Errno.SUCCESS;
        });
    }
}
