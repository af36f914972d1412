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

    private static final String UNIX_ATTRIBUTES = "unix:fileKey,dev,ino,mode,nlink,size,lastAccessTime,"
            + "lastModifiedTime,ctime";

    /** A file's filestat, and its {@code fileKey} (device and inode; null where there is none). */
    record Stat(long dev, long ino, int filetype, long nlink, long size, long atim, long mtim, long ctim,
            Object key) {
        Stat withSize(long newSize) {
            return new Stat(dev, ino, filetype, nlink, newSize, atim, mtim, ctim, key);
        }
    }

    /** What the basic attributes give: no device, inode or link count, and ctime is taken to be mtime. */
    static Stat of(BasicFileAttributes a) {
        long mtim = nanos(a.lastModifiedTime());
        return new Stat(0, 0, filetype(a), 1, a.size(), nanos(a.lastAccessTime()), mtim, mtim, a.fileKey());
    }

    /**
     * The full filestat of the object at {@code p} (a final link not followed) if it is the object
     * {@code key}; null if it is not, if there is nothing there, or if the file system has no unix view.
     * The attributes and the key come from one {@code lstat}, so they are that object's.
     */
    static Stat unix(Path p, Object key) {
        if (key == null) {
            return null;
        }
        try {
            Map<String, Object> u = Files.readAttributes(p, UNIX_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
            if (!key.equals(u.get("fileKey"))) {
                return null;
            }
            return new Stat(number(u, "dev"), number(u, "ino"), filetype(((Number) u.get("mode")).intValue()),
                    number(u, "nlink"), number(u, "size"), nanos((FileTime) u.get("lastAccessTime")),
                    nanos((FileTime) u.get("lastModifiedTime")), nanos((FileTime) u.get("ctime")), key);
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return null;
        }
    }

    /** True if the object at {@code p} (a final link not followed) is the object {@code key}. */
    static boolean isObject(Path p, Object key) {
        try {
            return key != null && key.equals(Files.readAttributes(p, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS).fileKey());
        } catch (IOException e) {
            return false;
        }
    }

    private static long number(Map<String, Object> u, String name) {
        return ((Number) u.get(name)).longValue();
    }

    static void write(GuestMemory m, long ptr, Stat s) {
        m.zero(ptr, SIZE);
        m.put64(ptr, s.dev());
        m.put64(ptr + 8, s.ino());
        m.put8(ptr + 16, s.filetype());
        m.put64(ptr + 24, s.nlink());
        m.put64(ptr + 32, s.size());
        m.put64(ptr + 40, s.atim());
        m.put64(ptr + 48, s.mtim());
        m.put64(ptr + 56, s.ctim());
    }

    /** A filestat of only a file type and one link (for streams, which have no file behind them). */
    static void writeEmpty(GuestMemory m, long ptr, int filetype) {
        m.zero(ptr, SIZE);
        m.put8(ptr + 16, filetype);
        m.put64(ptr + 24, 1);
    }

    /** The preview1 filetype from basic attributes (a special file is unknown: they cannot tell which). */
    static int filetype(BasicFileAttributes a) {
        if (a.isSymbolicLink()) {
            return Flags.FILETYPE_SYMBOLIC_LINK;
        }
        if (a.isDirectory()) {
            return Flags.FILETYPE_DIRECTORY;
        }
        return a.isRegularFile() ? Flags.FILETYPE_REGULAR_FILE : Flags.FILETYPE_UNKNOWN;
    }

    /** The preview1 filetype from POSIX mode bits. */
    static int filetype(int mode) {
        return switch (mode & 0170000) {
            case 0120000 -> Flags.FILETYPE_SYMBOLIC_LINK;
            case 0040000 -> Flags.FILETYPE_DIRECTORY;
            case 0100000 -> Flags.FILETYPE_REGULAR_FILE;
            case 0020000 -> Flags.FILETYPE_CHARACTER_DEVICE;
            case 0060000 -> Flags.FILETYPE_BLOCK_DEVICE;
            case 0140000 -> Flags.FILETYPE_SOCKET_STREAM;
            default -> Flags.FILETYPE_UNKNOWN;
        };
    }

    static long nanos(FileTime t) {
        return t == null ? 0 : t.to(TimeUnit.NANOSECONDS);
    }

    /** New access and modification times; null leaves one as it is. */
    record Times(FileTime atime, FileTime mtime) {
        void applyTo(BasicFileAttributeView view) throws IOException {
            view.setTimes(mtime, atime, null);
        }
    }

    /**
     * fd_filestat_set_times / path_filestat_set_times: each of atime and mtime is set to the given time
     * (flag ATIM / MTIM), to now (ATIM_NOW / MTIM_NOW), or left; both flags for one time is EINVAL.
     */
    static Times times(long atim, long mtim, int fst, long now) {
        if ((fst & ~0xF) != 0 || (fst & Flags.FST_ATIM) != 0 && (fst & Flags.FST_ATIM_NOW) != 0
                || (fst & Flags.FST_MTIM) != 0 && (fst & Flags.FST_MTIM_NOW) != 0) {
            throw new WasiError(Errno.INVAL);
        }
        FileTime a = (fst & Flags.FST_ATIM_NOW) != 0 ? time(now) : (fst & Flags.FST_ATIM) != 0 ? time(atim) : null;
        FileTime mt = (fst & Flags.FST_MTIM_NOW) != 0 ? time(now) : (fst & Flags.FST_MTIM) != 0 ? time(mtim) : null;
        return new Times(a, mt);
    }

    private static FileTime time(long nanos) {
        return FileTime.from(nanos, TimeUnit.NANOSECONDS);
    }
}
