/**
 * Abstract syntax of modules (spec chapter 2, Structure): types, instructions, module fields.
 */
package org.wasmscope.runtime.syntax;
