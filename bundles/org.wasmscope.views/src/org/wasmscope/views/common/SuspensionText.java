package org.wasmscope.views.common;

import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.debug.Session;
import org.wasmscope.runtime.debug.SuspendReason;

/** Why the machine stands still, in a few words for a view's header. */
public final class SuspensionText {
    private SuspensionText() {
    }

    public static String of(Session session, NumberFormat format) {
        SuspendReason reason = session.reason();
        if (reason == null) {
            return "";
        }
        return switch (reason) {
            case SuspendReason.Entry e -> "at entry";
            case SuspendReason.Step s -> "after a step";
            case SuspendReason.BreakpointHit b -> "at a breakpoint (" + b.breakpoint() + ", hit " + b.hitCount() + ")";
            case SuspendReason.Pause p -> "paused";
            case SuspendReason.Waiting w -> "paused, waiting in " + w.name() + " (resume goes on waiting)";
            case SuspendReason.Trapped t -> "trapped: " + t.message();
            case SuspendReason.Thrown t -> (t.caught() ? "exception thrown: " : "uncaught exception: ")
                    + session.store().describe(t.exception());
            case SuspendReason.Done d -> "returned " + results(d, format);
        };
    }

    private static String results(SuspendReason.Done d, NumberFormat format) {
        StringBuilder b = new StringBuilder("[");
        for (Value v : d.results()) {
            b.append(b.length() > 1 ? " " : "").append(ValueText.typed(v, format));
        }
        return b.append(']').toString();
    }
}
