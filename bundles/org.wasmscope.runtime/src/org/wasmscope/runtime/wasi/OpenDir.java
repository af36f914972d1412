package org.wasmscope.runtime.wasi;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A directory held open on the host: a {@link SecureDirectoryStream}, whose operations on a name work
 * relative to the directory's own descriptor ({@code openat}, {@code fstatat}, {@code unlinkat},
 * {@code renameat}, {@code futimens}) and never follow a symbolic link in that name. Whatever happens to
 * the directory's path after it was opened (a rename, a symbolic link put in its place), it stays this
 * directory, and a name in it stays an entry of it.
 *
 * <p>The JDK has no such operation for a few things: reading a link, the {@code unix:} attributes (inode,
 * device, link count, ctime), and creating a directory, symbolic link or hard link. For those:
 * <ul>
 * <li>Reads go by the path the directory was opened at ({@link #hint}), and their result is used only if
 * the object found there is the one this directory holds (its {@code fileKey}, device and inode, read in
 * the same {@code lstat}); a link's text is read between two such checks. Otherwise the attributes fall
 * back to what the held directory gives, and a link cannot be read ({@link Errno#NOTCAPABLE}).</li>
 * <li>Creations happen under a fresh name directly in the preopened directory ({@link #root}), whose path
 * the program cannot change (it can only change what is inside), and the new entry is then moved into
 * place with {@code renameat}. A hard link's source is first moved there too, so that the link is made
 * to the object this directory holds and never to what a path happens to reach.</li>
 * </ul>
 * Instances are shared by reference count ({@link #retain}, {@link #close}); one program's WASI calls
 * come from one thread.
 */
final class OpenDir implements Closeable {
    private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;
    /** Names of entries being created in {@link #root} before they are moved into place start so. */
    static final String STAGING_PREFIX = ".wasmscope-new-";

    private final SecureDirectoryStream<Path> stream;
    /** Where the directory was when it was opened; only trusted after checking (see the class comment). */
    final Path hint;
    /** The preopened directory this one was reached from (itself for a preopen). */
    private final OpenDir root;
    private int users = 1;

    private OpenDir(SecureDirectoryStream<Path> stream, Path hint, OpenDir root) {
        this.stream = stream;
        this.hint = hint;
        this.root = root == null ? this : root;
    }

    /**
     * Opens a preopened directory (a real path, chosen by the host). Fails with
     * {@link UnsupportedOperationException} where the platform has no {@link SecureDirectoryStream} (the
     * JDK on Windows): without it paths could not be confined, so files are refused rather than exposed.
     */
    static OpenDir preopen(Path dir) throws IOException {
        DirectoryStream<Path> ds = Files.newDirectoryStream(dir);
        if (ds instanceof SecureDirectoryStream<Path> secure) {
            return new OpenDir(secure, dir, null);
        }
        ds.close();
        throw new UnsupportedOperationException("this platform's Java has no SecureDirectoryStream (openat), "
                + "which the WASI sandbox needs to keep a program inside its directories");
    }

    /** One more user of this directory; each one calls {@link #close} once. */
    OpenDir retain() {
        users++;
        return this;
    }

    @Override
    public void close() throws IOException {
        if (--users == 0) {
            stream.close();
        }
    }

    /** Opens the directory {@code name} of this one (NOTDIR if it is not one, LOOP if it is a link). */
    OpenDir child(String name) throws IOException {
        return new OpenDir(stream.newDirectoryStream(Path.of(name), NOFOLLOW), hint.resolve(name), root);
    }

    /** This directory opened once more, as a descriptor of its own. */
    OpenDir again() throws IOException {
        return new OpenDir(stream.newDirectoryStream(Path.of("."), NOFOLLOW), hint, root);
    }

    /** The names in this directory (without "." and ".."), in no particular order. */
    List<String> names() throws IOException {
        List<String> names = new ArrayList<>();
        try (OpenDir listing = again()) {
            for (Path p : listing.stream) { // a stream lists its entries only once, hence the fresh one
                names.add(p.getFileName().toString());
            }
        }
        return names;
    }

    /** The attributes of entry {@code name} (a link itself, not its target), or of this directory if null. */
    BasicFileAttributeView view(String name) {
        return name == null ? stream.getFileAttributeView(BasicFileAttributeView.class)
                : stream.getFileAttributeView(Path.of(name), BasicFileAttributeView.class, NOFOLLOW);
    }

    /** The basic attributes of entry {@code name} (or of this directory if null); null if there is none. */
    BasicFileAttributes lstat(String name) throws IOException {
        try {
            return view(name).readAttributes();
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /** The filestat of entry {@code name} (or of this directory if null); NOENT if there is none. */
    FileStats.Stat stat(String name) throws IOException {
        BasicFileAttributes a = view(name).readAttributes();
        FileStats.Stat unix = FileStats.unix(hostPath(name), a.fileKey());
        return unix != null ? unix : FileStats.of(a);
    }

    /** The filestat of entry {@code name} if it still is the object {@code key}; null if not. */
    FileStats.Stat statIfSame(String name, Object key) throws IOException {
        BasicFileAttributes a = lstat(name);
        if (a == null || key == null || !key.equals(a.fileKey())) {
            return null;
        }
        FileStats.Stat unix = FileStats.unix(hostPath(name), key);
        return unix != null ? unix : FileStats.of(a);
    }

    /** The text of the symbolic link {@code name}, whose attributes {@code link} were just read. */
    String readLink(String name, BasicFileAttributes link) throws IOException {
        Path p = hostPath(name);
        Object key = link.fileKey();
        if (FileStats.isObject(p, key)) {
            String target = Files.readSymbolicLink(p).toString();
            if (FileStats.isObject(p, key)) {
                return target;
            }
        }
        throw new WasiError(Errno.NOTCAPABLE); // this directory's path has changed: the link cannot be read safely
    }

    /** Opens the regular file {@code name} with {@code options} (a final link is never followed). */
    FileChannel openFile(String name, Set<OpenOption> options) throws IOException {
        Set<OpenOption> all = new java.util.HashSet<>(options);
        all.add(NOFOLLOW);
        SeekableByteChannel ch = stream.newByteChannel(Path.of(name), all);
        if (ch instanceof FileChannel f) {
            return f;
        }
        ch.close();
        throw new WasiError(Errno.NOTSUP);
    }

    /** Creates an empty regular file {@code name}; EXIST if {@code exclusive} and something is there. */
    void createFile(String name, boolean exclusive) throws IOException {
        try {
            openFile(name, Set.of(StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW)).close();
        } catch (FileAlreadyExistsException e) {
            if (exclusive) {
                throw e;
            }
        }
    }

    void deleteFile(String name) throws IOException {
        stream.deleteFile(Path.of(name));
    }

    void deleteDirectory(String name) throws IOException {
        stream.deleteDirectory(Path.of(name));
    }

    /** rename(2) of entry {@code name} to entry {@code toName} of {@code to} (replacing it, as POSIX says). */
    void move(String name, OpenDir to, String toName) throws IOException {
        stream.move(Path.of(name), to.stream, Path.of(toName));
    }

    void createDirectory(String name) throws IOException {
        String staged = root.stagingName();
        Files.createDirectory(root.hint.resolve(staged));
        place(staged, name);
    }

    void createSymbolicLink(String name, String target) throws IOException {
        String staged = root.stagingName();
        Files.createSymbolicLink(root.hint.resolve(staged), Path.of(target));
        place(staged, name);
    }

    /** Makes {@code name} a hard link to entry {@code sourceName} of {@code source}. */
    void createLink(String name, OpenDir source, String sourceName) throws IOException {
        String held = root.stagingName();
        String made = root.stagingName();
        source.move(sourceName, root, held);
        try {
            Files.createLink(root.hint.resolve(made), root.hint.resolve(held));
        } finally {
            root.move(held, source, sourceName);
        }
        place(made, name);
    }

    /** Moves the new entry {@code staged} of the root to {@code name} here, unless something is there. */
    private void place(String staged, String name) throws IOException {
        try {
            if (lstat(name) != null) {
                throw new FileAlreadyExistsException(name);
            }
            root.move(staged, this, name);
        } catch (IOException | RuntimeException e) {
            BasicFileAttributes a = root.lstat(staged);
            if (a != null && a.isDirectory()) {
                root.deleteDirectory(staged);
            } else if (a != null) {
                root.deleteFile(staged);
            }
            throw e;
        }
    }

    private String stagingName() {
        return STAGING_PREFIX + Long.toHexString(ThreadLocalRandom.current().nextLong());
    }

    /** The host path of entry {@code name} as of opening (or of this directory): to be checked before use. */
    private Path hostPath(String name) {
        return name == null ? hint : hint.resolve(name);
    }
}
