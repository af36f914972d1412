/**
 * The Call Frames view: the frames, top first, with function, next instruction, source position and
 * (editable) locals, the oldest of a deep recursion under one row. Choosing a frame makes it the selected
 * frame everywhere: in the Debug view when a debug model shows the session (through the Debug view's
 * viewer), else in the page's machine views directly. Uses the {@code common} package, SWT, JFace and the
 * Debug UI.
 */
package org.wasmscope.views.frames;
