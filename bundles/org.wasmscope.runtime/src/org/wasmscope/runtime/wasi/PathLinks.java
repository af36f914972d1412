package org.wasmscope.runtime.wasi;

import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Links: {@code path_link} (a hard link), {@code path_symlink} and {@code path_readlink}. A symbolic link
 * may point anywhere relative (following it is confined by {@link PathResolver}), but not to an absolute
 * path, which could only ever be an escape from the preopens. How links are made and read through held
 * directories is described at {@link OpenDir}.
 */
final class PathLinks {
    private PathLinks() {
    }

    static void register(Wasi.Registry r, WasiState s) {
        r.fn("path_link", "iiiiiii", a -> {
            boolean follow = (a[1] & Flags.LOOKUP_SYMLINK_FOLLOW) != 0;
            try (PathResolver.Resolved from = PathFunctions.resolve(s, a[0], Rights.PATH_LINK_SOURCE, a[2], a[3], follow);
                    PathResolver.Resolved to = PathFunctions.resolve(s, a[4], Rights.PATH_LINK_TARGET, a[5], a[6], false)) {
                if (from.isBase() || from.existing().isDirectory()) {
                    throw new WasiError(Errno.PERM); // no hard links to directories
                }
                if (to.isBase() || to.attributes() != null) {
                    throw new WasiError(Errno.EXIST);
                }
                to.dir().createLink(to.name(), from.dir(), from.name());
            }
            return Errno.SUCCESS;
        });
        r.fn("path_symlink", "iiiii", a -> {
            String target = s.mem().string(a[0], a[1]);
            try (PathResolver.Resolved link = PathFunctions.resolve(s, a[2], Rights.PATH_SYMLINK, a[3], a[4], false)) {
                if (target.isEmpty()) {
                    throw new WasiError(Errno.NOENT);
                }
                if (target.startsWith("/")) {
                    throw new WasiError(Errno.NOTCAPABLE);
                }
                if (link.isBase()) {
                    throw new WasiError(Errno.EXIST);
                }
                link.dir().createSymbolicLink(link.name(), target);
            }
            return Errno.SUCCESS;
        });
        r.fn("path_readlink", "iiiiii", a -> {
            try (PathResolver.Resolved p = PathFunctions.resolve(s, a[0], Rights.PATH_READLINK, a[1], a[2], false)) {
                BasicFileAttributes attrs = p.isBase() ? p.dir().lstat(null) : p.existing();
                if (!attrs.isSymbolicLink()) {
                    throw new WasiError(Errno.INVAL);
                }
                byte[] target = p.dir().readLink(p.name(), attrs).getBytes(StandardCharsets.UTF_8);
                GuestMemory m = s.mem();
                m.check(a[3], a[4]);
                m.check(a[5], 4);
                int n = (int) Math.min(target.length, a[4]); // truncated to the buffer, like readlink(2)
                m.write(a[3], target, 0, n);
                m.put32(a[5], n);
            }
            return Errno.SUCCESS;
        });
    }
}
