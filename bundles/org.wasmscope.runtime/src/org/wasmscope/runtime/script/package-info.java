/**
 * The .wast script language of the spec testsuite, its runner and the spectest host module.
 */
package org.wasmscope.runtime.script;
