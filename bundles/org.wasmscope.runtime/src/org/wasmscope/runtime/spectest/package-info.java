/**
 * The {@code spectest} host module that the spec testsuite's scripts import from, and that the command
 * line and the launches offer to any module: print functions, globals, a table and a memory.
 */
package org.wasmscope.runtime.spectest;
