/**
 * Runtime structure (spec 4.2): the store, its instances and module instances. Instantiation, which
 * executes, is in {@link org.wasmscope.runtime.exec.Instantiator}.
 */
package org.wasmscope.runtime.store;
