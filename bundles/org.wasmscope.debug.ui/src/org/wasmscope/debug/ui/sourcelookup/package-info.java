/**
 * The Source tab's part of finding C sources for DWARF debugging: adding and editing path mappings (the
 * directory a program was compiled in, to a local folder) with a dialog. Uses the Debug UI's source container
 * browsers and debug.core's {@code PathMappingSourceContainer}, which does the lookup.
 */
package org.wasmscope.debug.ui.sourcelookup;
