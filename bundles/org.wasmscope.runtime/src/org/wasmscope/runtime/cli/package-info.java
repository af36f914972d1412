/**
 * The wasmscope command line.
 */
package org.wasmscope.runtime.cli;
