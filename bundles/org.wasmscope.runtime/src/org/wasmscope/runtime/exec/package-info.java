/**
 * Execution (spec chapter 4): the pre-decoded code and the interpreter that runs it.
 */
package org.wasmscope.runtime.exec;
