package org.wasmscope.views.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.contexts.AbstractDebugContextProvider;
import org.eclipse.debug.ui.contexts.DebugContextEvent;
import org.eclipse.debug.ui.contexts.IDebugContextService;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IWorkbenchPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wasmscope.runtime.Value;
import org.wasmscope.runtime.debug.Frame;
import org.wasmscope.runtime.debug.Session;
import org.wasmscope.tests.support.Debuggee;
import org.wasmscope.tests.support.workbench.Workbench;
import org.wasmscope.views.common.MachineView;

/**
 * The views follow the window's debug context: whatever debug element is selected and adapts to a
 * runtime {@link Session} (and to a {@link Frame} for a stack frame), across two sessions at once, and
 * look again when a debug event says the machine suspended or ended. The context comes from a provider
 * of the test's own, as the Debug view provides it for the real debug model.
 */
class DebugContextTest {
    private MachineViews views;
    private Debuggee first;
    private Debuggee second;
    private TestContext context;
    private IDebugContextService service;

    /** A debug element of no debug model in particular: it adapts to a session and, optionally, a frame. */
    private record Element(Session session, Frame frame) implements IAdaptable {
        @Override
        public <T> T getAdapter(Class<T> adapter) {
            if (adapter == Session.class) {
                return adapter.cast(session);
            }
            return adapter == Frame.class && frame != null ? adapter.cast(frame) : null;
        }
    }

    private static final class TestContext extends AbstractDebugContextProvider {
        private ISelection selection = StructuredSelection.EMPTY;

        TestContext(IWorkbenchPart part) {
            super(part);
        }

        @Override
        public ISelection getActiveContext() {
            return selection;
        }

        void select(Object... elements) {
            selection = new StructuredSelection(elements);
            fire(new DebugContextEvent(this, selection, DebugContextEvent.ACTIVATED));
            Workbench.pump(30);
        }
    }

    @BeforeEach
    void open() throws Exception {
        views = MachineViews.open();
        first = new Debuggee(Workbench.testWat("sample.wat"));
        first.start("run", Value.i32(3));
        second = new Debuggee(Workbench.testWat("sample.wat"));
        second.start("run", Value.i32(1));
        service = DebugUITools.getDebugContextManager().getContextService(Workbench.page().getWorkbenchWindow());
        context = new TestContext(views.stack);
        service.addDebugContextProvider(context);
        Workbench.page().activate(views.stack);
        Workbench.pump(30);
    }

    @AfterEach
    void close() throws Exception {
        if (service != null && context != null) {
            service.removeDebugContextProvider(context);
        }
        if (first != null) {
            first.close();
        }
        if (second != null) {
            second.close();
        }
    }

    @Test
    void followsTheSelectedSessionAndFrame() throws Exception {
        first.stepToLine(27, 3);
        context.select(new Element(first.session, null));
        assertEquals("Frame 1 func 2 $square at #3 call_indirect 0 (type 0) (27:5); innermost label first", views.labels.headerText());
        assertEquals("4 values in 2 frames; top first; after a step", views.stack.headerText());

        // A stack frame selected: its frame.
        context.select(new Element(first.session, first.session.snapshot().frames().get(0)));
        assertEquals("Frame 0 func 3 at #9 call 2 (40:11); innermost label first", views.labels.headerText());
        assertEquals(0, views.frames.getInput().frame());

        // The other target: its machine.
        context.select(new Element(second.session, null));
        assertEquals("0 values in 1 frame; top first; at entry", views.stack.headerText());
        assertEquals("  $n (param 0) | i32 | 1", views.frames.lines(" | ", true).get(1));

        // Something that is no WebAssembly machine, then nothing: the empty state.
        context.select("not a debug element");
        views.all().forEach(v -> assertTrue(v.isEmpty(), v.getTitle()));
        context.select(new Element(second.session, null));
        context.select();
        views.all().forEach(v -> assertTrue(v.isEmpty(), v.getTitle()));
    }

    @Test
    void looksAgainOnSuspendAndTerminateEvents() throws Exception {
        Element element = new Element(first.session, null);
        context.select(element);
        assertEquals("0 values in 1 frame; top first; at entry", views.stack.headerText());
        first.steps(3); // block, loop, local.get $i: one value on the stack
        DebugPlugin.getDefault().fireDebugEventSet(new DebugEvent[] {new DebugEvent(element, DebugEvent.SUSPEND)});
        Workbench.waitFor("the views to show the new suspension", 5,
                () -> views.all().stream().allMatch(
                        v -> v.getInput() != null && v.getInput().snapshot() == first.session.snapshot()));
        assertEquals(List.of("frame 0 func 3", "  label 0 $next", "    *0 | i32 | 0"), views.stack.lines(" | ", true));
        assertEquals("Frame 0 func 3 at #3 local.get 0 (34:9); innermost label first", views.labels.headerText());

        first.session.terminate();
        first.session.awaitTerminated(Debuggee.WAIT);
        DebugPlugin.getDefault().fireDebugEventSet(new DebugEvent[] {new DebugEvent(element, DebugEvent.TERMINATE)});
        Workbench.waitFor("the views to empty", 5, () -> views.all().stream().allMatch(MachineView::isEmpty));
    }
}
