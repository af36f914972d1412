package org.wasmscope.runtime.wasi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The preview1 {@code filestat} struct (64 bytes: dev u64 @0, ino u64 @8, filetype u8 @16, nlink u64 @24,
 * size u64 @32, atim @40, mtim @48, ctim @56, times in nanoseconds since the epoch) and setting times.
 */
final class FileStats {
    private FileStats() {
    }

    static final int SIZE = 64;

    private static final LinkOption[] FOLLOW = {};
    private static final LinkOption[] NOFOLLOW = {LinkOption.NOFOLLOW_LINKS};

    static LinkOption[] links(boolean follow) {
        return follow ? FOLLOW : NOFOLLOW;
    }

    /** Writes the filestat of {@code p} (of the link itself unless {@code follow}). */
    static void write(GuestMemory m, long ptr, Path p, boolean follow) throws IOException {
        BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, links(follow));
        long dev = 0;
        long ino = 0;
        long nlink = 1;
        long ctim = nanos(a.lastModifiedTime());
        int mode = 0;
        try {
            Map<String, Object> u = Files.readAttributes(p, "unix:dev,ino,nlink,ctime,mode", links(follow));
            dev = ((Number) u.get("dev")).longValue();
            ino = ((Number) u.get("ino")).longValue();
            nlink = ((Number) u.get("nlink")).longValue();
            ctim = nanos((FileTime) u.get("ctime"));
            mode = ((Number) u.get("mode")).intValue();
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            // not a POSIX file system: the basic attributes only
        }
        m.zero(ptr, SIZE);
        m.put64(ptr, dev);
        m.put64(ptr + 8, ino);
        m.put8(ptr + 16, filetype(a, mode));
        m.put64(ptr + 24, nlink);
        m.put64(ptr + 32, a.size());
        m.put64(ptr + 40, nanos(a.lastAccessTime()));
        m.put64(ptr + 48, nanos(a.lastModifiedTime()));
        m.put64(ptr + 56, ctim);
    }

    /** A filestat of only a file type and one link (for streams, which have no file behind them). */
    static void writeEmpty(GuestMemory m, long ptr, int filetype) {
        m.zero(ptr, SIZE);
        m.put8(ptr + 16, filetype);
        m.put64(ptr + 24, 1);
    }

    /** The preview1 filetype of a file, from its attributes and (for special files) its POSIX mode bits. */
    static int filetype(BasicFileAttributes a, int mode) {
        if (a.isSymbolicLink()) {
            return Flags.FILETYPE_SYMBOLIC_LINK;
        }
        if (a.isDirectory()) {
            return Flags.FILETYPE_DIRECTORY;
        }
        if (a.isRegularFile()) {
            return Flags.FILETYPE_REGULAR_FILE;
        }
        return switch (mode & 0170000) {
            case 0020000 -> Flags.FILETYPE_CHARACTER_DEVICE;
            case 0060000 -> Flags.FILETYPE_BLOCK_DEVICE;
            case 0140000 -> Flags.FILETYPE_SOCKET_STREAM;
            default -> Flags.FILETYPE_UNKNOWN;
        };
    }

    /** The filetype of {@code p} without following a final symbolic link, for directory entries. */
    static int filetype(Path p) {
        try {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, NOFOLLOW);
            int mode = a.isOther() ? (Integer) Files.getAttribute(p, "unix:mode", NOFOLLOW) : 0;
            return filetype(a, mode);
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return Flags.FILETYPE_UNKNOWN;
        }
    }

    /** The inode number of {@code p}, or 0 where the file system has none. */
    static long inode(Path p) {
        try {
            return ((Number) Files.getAttribute(p, "unix:ino", NOFOLLOW)).longValue();
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return 0;
        }
    }

    static long nanos(FileTime t) {
        return t == null ? 0 : t.to(TimeUnit.NANOSECONDS);
    }

    /**
     * fd_filestat_set_times / path_filestat_set_times: each of atime and mtime is set to the given time
     * (flag ATIM / MTIM), to now (ATIM_NOW / MTIM_NOW), or left; both flags for one time is EINVAL.
     */
    static void setTimes(Path p, long atim, long mtim, int fst, long now, boolean follow) throws IOException {
        if ((fst & ~0xF) != 0 || (fst & Flags.FST_ATIM) != 0 && (fst & Flags.FST_ATIM_NOW) != 0
                || (fst & Flags.FST_MTIM) != 0 && (fst & Flags.FST_MTIM_NOW) != 0) {
            throw new WasiError(Errno.INVAL);
        }
        FileTime a = (fst & Flags.FST_ATIM_NOW) != 0 ? time(now) : (fst & Flags.FST_ATIM) != 0 ? time(atim) : null;
        FileTime mt = (fst & Flags.FST_MTIM_NOW) != 0 ? time(now) : (fst & Flags.FST_MTIM) != 0 ? time(mtim) : null;
        Files.getFileAttributeView(p, BasicFileAttributeView.class, links(follow)).setTimes(mt, a, null);
    }

    private static FileTime time(long nanos) {
        return FileTime.from(nanos, TimeUnit.NANOSECONDS);
    }
}
