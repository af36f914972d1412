/**
 * The Store view: the store's function, table, memory, global, element and data instances by address, large
 * tables in pages, mutable globals editable, and below them a hex and ASCII dump of a linear memory, drawn
 * on an SWT canvas that reads only the lines on screen so that a memory of any size is never copied. Uses
 * the {@code common} package, SWT and the runtime's live views of the store.
 */
package org.wasmscope.views.store;
