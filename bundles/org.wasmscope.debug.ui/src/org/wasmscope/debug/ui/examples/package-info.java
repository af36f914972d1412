/**
 * The examples project: at workbench startup, when the IDE was started with {@code -Dwasmscope.examples=DIR}
 * (as {@code wasmscope-ide} does), the examples folder is opened as a workspace project so that a new user
 * finds programs to step through. Uses only the workspace and the workbench's startup hook.
 */
package org.wasmscope.debug.ui.examples;
