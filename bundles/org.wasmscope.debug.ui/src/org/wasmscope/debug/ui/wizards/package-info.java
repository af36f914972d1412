/** Wizards of File › New: a WebAssembly module in the text format. */
package org.wasmscope.debug.ui.wizards;
