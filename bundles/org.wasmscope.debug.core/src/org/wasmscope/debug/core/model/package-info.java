/**
 * The Debug platform's model of a debug-mode launch: a debug target on a runtime {@code Session}, its one
 * thread, stack frames read from the session's snapshots, variables for locals and globals (editable where
 * the machine allows) with their values, and a memory block on linear memory for the Memory view. The target
 * turns the session's suspensions into debug events and installs the workspace's breakpoints into the
 * session. Every element adapts to the runtime {@code Session}, a stack frame also to its runtime
 * {@code Frame}: that is all the machine views need, so they do not depend on this model. Uses the runtime's
 * stepping API, the breakpoints, launching and source lookup packages and the Debug platform's core; no UI.
 */
package org.wasmscope.debug.core.model;
