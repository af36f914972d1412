package org.wasmscope.debug.core.sourcelookup;

/** A debug element that knows the name of its source: the path of a module file, relative to its project. */
public interface SourceNamed {
    /** The project-relative path of the source, or null if there is none. */
    String getSourceName();

    /** The source's absolute path in the file system where it is known (a C file from DWARF), else null. */
    default String getSourceLocation() {
        return null;
    }
}
