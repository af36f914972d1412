/**
 * Running .wast scripts, the spec testsuite's script language (parsed by
 * {@link org.wasmscope.runtime.text.ScriptParser}): its runner, results and watchdog.
 */
package org.wasmscope.runtime.script;
