package org.wasmscope.runtime.wasi;

/** The small preview1 enums and flag sets: filetype, fdflags, oflags, lookupflags, fstflags, whence, ... */
public final class Flags {
    private Flags() {
    }

    // filetype (u8)
    public static final int FILETYPE_UNKNOWN = 0;
    public static final int FILETYPE_BLOCK_DEVICE = 1;
    public static final int FILETYPE_CHARACTER_DEVICE = 2;
    public static final int FILETYPE_DIRECTORY = 3;
    public static final int FILETYPE_REGULAR_FILE = 4;
    public static final int FILETYPE_SOCKET_DGRAM = 5;
    public static final int FILETYPE_SOCKET_STREAM = 6;
    public static final int FILETYPE_SYMBOLIC_LINK = 7;

    // fdflags (u16)
    public static final int FDFLAGS_APPEND = 1;
    public static final int FDFLAGS_DSYNC = 2;
    public static final int FDFLAGS_NONBLOCK = 4;
    public static final int FDFLAGS_RSYNC = 8;
    public static final int FDFLAGS_SYNC = 16;
    public static final int FDFLAGS_ALL = 31;

    // oflags (u16)
    public static final int OFLAGS_CREAT = 1;
    public static final int OFLAGS_DIRECTORY = 2;
    public static final int OFLAGS_EXCL = 4;
    public static final int OFLAGS_TRUNC = 8;

    // lookupflags (u32)
    public static final int LOOKUP_SYMLINK_FOLLOW = 1;

    // fstflags (u16)
    public static final int FST_ATIM = 1;
    public static final int FST_ATIM_NOW = 2;
    public static final int FST_MTIM = 4;
    public static final int FST_MTIM_NOW = 8;

    // whence (u8)
    public static final int WHENCE_SET = 0;
    public static final int WHENCE_CUR = 1;
    public static final int WHENCE_END = 2;

    // advice (u8): normal, sequential, random, willneed, dontneed, noreuse
    public static final int ADVICE_MAX = 5;

    // preopentype (u8)
    public static final int PREOPENTYPE_DIR = 0;

    // eventtype (u8)
    public static final int EVENTTYPE_CLOCK = 0;
    public static final int EVENTTYPE_FD_READ = 1;
    public static final int EVENTTYPE_FD_WRITE = 2;

    // subclockflags (u16)
    public static final int SUBCLOCK_ABSTIME = 1;
}
