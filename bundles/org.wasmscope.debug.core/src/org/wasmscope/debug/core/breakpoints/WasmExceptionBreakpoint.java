package org.wasmscope.debug.core.breakpoints;

import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.model.Breakpoint;
import org.wasmscope.debug.core.model.WasmDebugElement;
import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.store.ExternVal;
import org.wasmscope.runtime.store.ModuleInst;
import org.wasmscope.runtime.store.TagInst;
import org.wasmscope.runtime.syntax.ExternKind;

/**
 * A WebAssembly exception breakpoint (3.0 exceptions), like Java's: suspends at the {@code throw} or
 * {@code throw_ref} of an exception of one tag, or of any tag, before anything is unwound; when a handler
 * will catch it ({@link #CAUGHT}), when none will ({@link #UNCAUGHT}), or both. The tag is given as the
 * debugged module names it: {@code $overflow} (its {@code .wat} identifier or name section name), an export
 * name, or {@code tag[0]} / {@code 0} (its index); empty for any tag. Kept as a persistent marker on the
 * workspace root, since it applies to every module. A {@link PayloadCondition condition} on the payload narrows the
 * throws it matches; its {@link HitCountBreakpoint hit count} lets the first of them go by, as a line
 * breakpoint's does.
 */
public class WasmExceptionBreakpoint extends Breakpoint implements HitCountBreakpoint {
    public static final String MARKER_TYPE = "org.wasmscope.debug.core.exceptionBreakpointMarker";
    /** String marker attribute: the tag as given; empty for any tag. */
    public static final String TAG = "org.wasmscope.debug.core.tag";
    /** Boolean marker attribute: suspend at the throw of an exception that a handler will catch. */
    public static final String CAUGHT = "org.wasmscope.debug.core.caught";
    /** Boolean marker attribute: suspend at the throw of an exception that no handler catches. */
    public static final String UNCAUGHT = "org.wasmscope.debug.core.uncaught";
    /** String marker attribute: a {@link PayloadCondition} the exception's payload must meet; empty for none. */
    public static final String CONDITION = "org.wasmscope.debug.core.condition";

    /** For the breakpoint manager, which restores breakpoints from their markers. */
    public WasmExceptionBreakpoint() {
    }

    /** A new, enabled, registered breakpoint on exceptions of {@code tag} (empty: any tag). */
    public WasmExceptionBreakpoint(String tag, boolean caught, boolean uncaught) throws CoreException {
        IResource root = ResourcesPlugin.getWorkspace().getRoot();
        run(getMarkerRule(root), monitor -> {
            IMarker marker = root.createMarker(MARKER_TYPE);
            setMarker(marker);
            marker.setAttribute(ENABLED, true);
            marker.setAttribute(ID, getModelIdentifier());
            marker.setAttribute(TAG, tag.trim());
            marker.setAttribute(CAUGHT, caught);
            marker.setAttribute(UNCAUGHT, uncaught);
            marker.setAttribute(IMarker.MESSAGE, "WebAssembly exception breakpoint: " + describe(tag.trim(), caught, uncaught));
        });
        DebugPlugin.getDefault().getBreakpointManager().addBreakpoint(this);
    }

    @Override
    public String getModelIdentifier() {
        return WasmDebugElement.MODEL_ID;
    }

    /** The tag as given; empty for any tag. */
    public String getTag() {
        IMarker m = getMarker();
        return m == null ? "" : m.getAttribute(TAG, "");
    }

    public boolean isCaught() {
        IMarker m = getMarker();
        return m != null && m.getAttribute(CAUGHT, true);
    }

    public boolean isUncaught() {
        IMarker m = getMarker();
        return m != null && m.getAttribute(UNCAUGHT, true);
    }

    public void setCaught(boolean caught) throws CoreException {
        setAttribute(CAUGHT, caught);
    }

    public void setUncaught(boolean uncaught) throws CoreException {
        setAttribute(UNCAUGHT, uncaught);
    }

    /** The condition on the payload as written; empty for none. */
    public String getCondition() {
        IMarker m = getMarker();
        return m == null ? "" : m.getAttribute(CONDITION, "");
    }

    /** @throws IllegalArgumentException when {@code condition} is no {@link PayloadCondition}, saying why */
    public void setCondition(String condition) throws CoreException {
        if (!condition.isBlank()) {
            PayloadCondition.parse(condition);
        }
        setAttribute(CONDITION, condition.strip());
    }

    /**
     * Whether {@code payload} meets the condition; also when the condition cannot be evaluated for it (a value it
     * does not have, a constant of the wrong type), so that the user sees the throw, as a Java breakpoint suspends
     * when its condition fails.
     */
    public boolean conditionHolds(List<Value> payload) {
        String condition = getCondition();
        try {
            return condition.isEmpty() || PayloadCondition.parse(condition).holds(payload);
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    @Override
    public void setHitCount(int hit) throws CoreException {
        setAttribute(HIT_COUNT, Math.max(1, hit));
    }

    /** {@code $overflow, caught and uncaught}, {@code any tag, uncaught}: what the Breakpoints view shows. */
    public String describe() {
        return describe(getTag(), isCaught(), isUncaught());
    }

    private static String describe(String tag, boolean caught, boolean uncaught) {
        String which = caught && uncaught ? "caught and uncaught" : caught ? "caught" : uncaught ? "uncaught" : "never";
        return (tag.isEmpty() ? "any tag" : tag) + ", " + which;
    }

    /**
     * Whether an exception with {@code tag} thrown in a run of {@code instance}, caught or not, suspends
     * here: its tag is the one this breakpoint names in {@code instance} (or any), and it asks for that case.
     */
    public boolean matches(ModuleInst instance, TagInst tag, boolean caught) {
        if (!(caught ? isCaught() : isUncaught())) {
            return false;
        }
        String name = getTag().trim();
        return name.isEmpty() || instance != null && tag == resolve(instance, name);
    }

    /** The tag {@code name} names in {@code instance}: {@code $id}, an export name, {@code tag[i]} or {@code i}; or null. */
    static TagInst resolve(ModuleInst instance, String name) {
        String plain = name.startsWith("$") ? name.substring(1) : name;
        String index = plain.startsWith("tag[") && plain.endsWith("]") ? plain.substring(4, plain.length() - 1) : plain;
        for (int i = 0; i < instance.tags.length; i++) {
            if (plain.equals(instance.module.names.tags.get(i)) || index.equals(Integer.toString(i))) {
                return instance.tags[i];
            }
        }
        ExternVal export = instance.exports.get(plain);
        return export != null && export.kind() == ExternKind.TAG ? export.tag() : null;
    }
}
