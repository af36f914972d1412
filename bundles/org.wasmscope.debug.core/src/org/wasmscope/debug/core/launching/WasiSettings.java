package org.wasmscope.debug.core.launching;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.wasmscope.debug.core.WasmDebugCore;
import org.wasmscope.runtime.wasi.WasiConfig;
import org.wasmscope.runtime.wasi.WasiConfig.Preopen;

/**
 * What a WASI program is started with, checked: its arguments (after {@code argv[0]}, the module's file
 * name), its environment and its preopened directories, which must exist.
 */
public record WasiSettings(List<String> args, Map<String, String> env, List<Preopen> preopens, Path workingDirectory) {

    /** Reads and checks the WASI attributes of {@code config}, which runs {@code file}. */
    public static WasiSettings of(ILaunchConfiguration config, IFile file) throws CoreException {
        String argText = config.getAttribute(WasmLaunchConstants.ATTR_ARGUMENTS, "");
        List<String> args = argText.isBlank() ? List.of() : List.of(DebugPlugin.parseArguments(argText.trim()));
        // the Environment tab's variables (with the workbench's own if it says to append them), else none
        String[] vars = DebugPlugin.getDefault().getLaunchManager().getEnvironment(config);
        Map<String, String> env = new LinkedHashMap<>();
        for (String v : vars == null ? new String[0] : vars) {
            int eq = v.indexOf('=');
            if (eq > 0) {
                env.put(v.substring(0, eq), v.substring(eq + 1));
            }
        }
        Path dir = workingDirectory(config.getAttribute(WasmLaunchConstants.ATTR_WORKING_DIRECTORY, ""), file);
        List<Preopen> preopens = new ArrayList<>();
        for (String entry : config.getAttribute(WasmLaunchConstants.ATTR_PREOPENS, List.of())) {
            if (!entry.isBlank()) {
                preopens.add(preopen(entry.trim(), dir));
            }
        }
        return new WasiSettings(args, env, preopens, dir);
    }

    /** {@code text} or, if empty, the folder of {@code file}; it must be an existing directory. */
    public static Path workingDirectory(String text, IFile file) throws CoreException {
        Path dir;
        if (text == null || text.isBlank()) {
            IPath location = file.getParent().getLocation();
            if (location == null) {
                throw WasmDebugCore.error("The folder of " + file.getFullPath() + " is not in the file system.");
            }
            dir = location.toFile().toPath();
        } else {
            dir = Path.of(text.trim());
            if (!dir.isAbsolute()) {
                throw WasmDebugCore.error("The working directory \"" + text.trim() + "\" is not an absolute path.");
            }
        }
        if (!Files.isDirectory(dir)) {
            throw WasmDebugCore.error("The working directory " + dir + " does not exist.");
        }
        return dir;
    }

    /** {@code HOST::GUEST} or {@code HOST}, HOST resolved against {@code dir}; HOST must be a directory. */
    public static Preopen preopen(String entry, Path dir) throws CoreException {
        int sep = entry.indexOf("::");
        String host = sep < 0 ? entry : entry.substring(0, sep).trim();
        String guest = sep < 0 ? entry : entry.substring(sep + 2).trim();
        if (host.isEmpty() || guest.isEmpty()) {
            throw WasmDebugCore.error("Preopened directory \"" + entry + "\": write HOST or HOST::GUEST.");
        }
        Path path = dir.resolve(host.replace('/', File.separatorChar)).normalize();
        if (!Files.isDirectory(path)) {
            throw WasmDebugCore.error("Preopened directory \"" + entry + "\": " + path + " is not a directory.");
        }
        return new Preopen(path, guest);
    }

    /** A WASI host configuration for a run whose Console is {@code streams}. */
    public WasiConfig config(String argv0, ProcessStreams streams) {
        WasiConfig c = new WasiConfig().stdin(streams.in()).stdout(streams.out()).stderr(streams.err());
        c.arg(argv0).args(args).env(env);
        for (Preopen p : preopens) {
            c.preopen(p.host(), p.guestName());
        }
        return c;
    }
}
