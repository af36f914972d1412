/**
 * Runtime structure (spec 4.2): the store, its instances, module instances and instantiation.
 */
package org.wasmscope.runtime.store;
