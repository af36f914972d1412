/**
 * Text format (spec chapter 6): parsing .wat modules and .wast scripts, with source positions, and the
 * syntax of scripts ({@link org.wasmscope.runtime.text.Command} and what it holds).
 */
package org.wasmscope.runtime.text;
