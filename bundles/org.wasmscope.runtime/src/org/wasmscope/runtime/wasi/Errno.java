package org.wasmscope.runtime.wasi;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;

/** The preview1 {@code errno} values (witx typename errno, u16), and how Java I/O failures map to them. */
public final class Errno {
    private Errno() {
    }

    public static final int SUCCESS = 0;
    public static final int TOOBIG = 1; // 2big
    public static final int ACCES = 2;
    public static final int ADDRINUSE = 3;
    public static final int ADDRNOTAVAIL = 4;
    public static final int AFNOSUPPORT = 5;
    public static final int AGAIN = 6;
    public static final int ALREADY = 7;
    public static final int BADF = 8;
    public static final int BADMSG = 9;
    public static final int BUSY = 10;
    public static final int CANCELED = 11;
    public static final int CHILD = 12;
    public static final int CONNABORTED = 13;
    public static final int CONNREFUSED = 14;
    public static final int CONNRESET = 15;
    public static final int DEADLK = 16;
    public static final int DESTADDRREQ = 17;
    public static final int DOM = 18;
    public static final int DQUOT = 19;
    public static final int EXIST = 20;
    public static final int FAULT = 21;
    public static final int FBIG = 22;
    public static final int HOSTUNREACH = 23;
    public static final int IDRM = 24;
    public static final int ILSEQ = 25;
    public static final int INPROGRESS = 26;
    public static final int INTR = 27;
    public static final int INVAL = 28;
    public static final int IO = 29;
    public static final int ISCONN = 30;
    public static final int ISDIR = 31;
    public static final int LOOP = 32;
    public static final int MFILE = 33;
    public static final int MLINK = 34;
    public static final int MSGSIZE = 35;
    public static final int MULTIHOP = 36;
    public static final int NAMETOOLONG = 37;
    public static final int NETDOWN = 38;
    public static final int NETRESET = 39;
    public static final int NETUNREACH = 40;
    public static final int NFILE = 41;
    public static final int NOBUFS = 42;
    public static final int NODEV = 43;
    public static final int NOENT = 44;
    public static final int NOEXEC = 45;
    public static final int NOLCK = 46;
    public static final int NOLINK = 47;
    public static final int NOMEM = 48;
    public static final int NOMSG = 49;
    public static final int NOPROTOOPT = 50;
    public static final int NOSPC = 51;
    public static final int NOSYS = 52;
    public static final int NOTCONN = 53;
    public static final int NOTDIR = 54;
    public static final int NOTEMPTY = 55;
    public static final int NOTRECOVERABLE = 56;
    public static final int NOTSOCK = 57;
    public static final int NOTSUP = 58;
    public static final int NOTTY = 59;
    public static final int NXIO = 60;
    public static final int OVERFLOW = 61;
    public static final int OWNERDEAD = 62;
    public static final int PERM = 63;
    public static final int PIPE = 64;
    public static final int PROTO = 65;
    public static final int PROTONOSUPPORT = 66;
    public static final int PROTOTYPE = 67;
    public static final int RANGE = 68;
    public static final int ROFS = 69;
    public static final int SPIPE = 70;
    public static final int SRCH = 71;
    public static final int STALE = 72;
    public static final int TIMEDOUT = 73;
    public static final int TXTBSY = 74;
    public static final int XDEV = 75;
    public static final int NOTCAPABLE = 76;

    /**
     * The errno for a failed Java file operation. NIO reports most POSIX errors as a
     * {@link FileSystemException} whose reason is the C library's strerror text, so those texts are matched.
     */
    public static int of(IOException e) {
        if (e instanceof NoSuchFileException) {
            return NOENT;
        }
        if (e instanceof FileAlreadyExistsException) {
            return EXIST;
        }
        if (e instanceof DirectoryNotEmptyException) {
            return NOTEMPTY;
        }
        if (e instanceof NotDirectoryException) {
            return NOTDIR;
        }
        if (e instanceof AccessDeniedException) {
            return ACCES;
        }
        if (e instanceof NotLinkException) {
            return INVAL;
        }
        if (e instanceof FileSystemLoopException) {
            return LOOP;
        }
        String reason = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
        if (reason == null) {
            return IO;
        }
        return switch (reason) {
            case "Is a directory" -> ISDIR;
            case "Not a directory" -> NOTDIR;
            case "Directory not empty" -> NOTEMPTY;
            case "Invalid argument" -> INVAL;
            case "Operation not permitted" -> PERM;
            case "Permission denied" -> ACCES;
            case "Read-only file system" -> ROFS;
            case "No space left on device" -> NOSPC;
            case "File name too long" -> NAMETOOLONG;
            case "Device or resource busy" -> BUSY;
            case "Invalid cross-device link" -> XDEV;
            case "Too many links" -> MLINK;
            case "File too large" -> FBIG;
            case "Text file busy" -> TXTBSY;
            case "Disk quota exceeded" -> DQUOT;
            case "Broken pipe" -> PIPE;
            case "Illegal seek" -> SPIPE;
            default -> reason.startsWith("Too many levels of symbolic links") ? LOOP : IO;
        };
    }
}
