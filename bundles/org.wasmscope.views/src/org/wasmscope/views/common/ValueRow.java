package org.wasmscope.views.common;

import java.util.List;

import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.debug.ObjectView;
import org.wasmscope.runtime.debug.StoreView;

/**
 * A row that shows a value: an operand, a local, a global, a table element, a field. One that holds a struct or
 * array reference opens to the object's fields or elements, and <i>Show Object in Store</i> reveals the object in
 * the Store's heap.
 */
public interface ValueRow extends Row {
    StoreView store();

    Value value();

    /** The object the value refers to, or null (not an object reference, null, or reclaimed). */
    default ObjectView object() {
        return ObjectRows.object(store(), value());
    }

    @Override
    default boolean hasChildren() {
        return object() != null;
    }

    @Override
    default List<? extends Row> children() {
        return ObjectRows.children(store(), key(), value());
    }
}
