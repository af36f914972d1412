package org.wasmscope.runtime.syntax;

/** How an element or data segment is used (spec 2.5.7, 2.5.8). Data segments are never declarative. */
public enum SegmentMode {
    PASSIVE, ACTIVE, DECLARATIVE
}
