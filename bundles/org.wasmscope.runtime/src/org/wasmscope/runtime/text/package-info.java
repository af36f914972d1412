/**
 * Text format (spec chapter 6): parsing .wat modules and .wast scripts, with source positions.
 */
package org.wasmscope.runtime.text;
