/**
 * Runtime structure (spec 4.2): the store, its instances and module instances, and the store's
 * {@link org.wasmscope.runtime.store.Heap} of struct, array and exception instances, which reclaims those
 * nothing reaches.
 * Instantiation, which executes, is in {@link org.wasmscope.runtime.exec.Instantiator}.
 */
package org.wasmscope.runtime.store;
