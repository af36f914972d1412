package org.wasmscope.debug.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.wasmscope.debug.ui.WasmDebugUI;
import org.wasmscope.debug.ui.editor.WatStructure.Form;
import org.wasmscope.debug.ui.editor.WatStructure.Word;

/**
 * The Outline of a {@code .wat} module: its fields in text order, each with its kind, index and name
 * (types, imports, functions with their signature, tables, memories, globals, exports, tags, segments,
 * start). Choosing one shows it in the editor.
 */
public final class WatOutlinePage extends ContentOutlinePage {

    /** One field: how the outline names it and where it is. */
    public record Entry(String label, int start, int length) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final WatEditor editor;
    private List<Entry> entries = List.of();

    WatOutlinePage(WatEditor editor) {
        this.editor = editor;
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        TreeViewer viewer = getTreeViewer();
        viewer.setContentProvider(new Flat());
        viewer.setLabelProvider(new LabelProvider() {
            @Override
            public Image getImage(Object element) {
                return WasmDebugUI.moduleImage();
            }
        });
        viewer.addSelectionChangedListener(e -> {
            if (e.getSelection() instanceof IStructuredSelection s && s.getFirstElement() instanceof Entry entry) {
                editor.selectAndReveal(entry.start(), entry.length());
            }
        });
        viewer.setInput(entries);
    }

    /** Shows the fields of {@code structure} (on the UI thread). */
    void update(WatStructure structure) {
        entries = entries(structure);
        TreeViewer viewer = getTreeViewer();
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.setInput(entries);
        }
    }

    /** The entries the outline shows now. */
    public List<Entry> entries() {
        return entries;
    }

    static List<Entry> entries(WatStructure structure) {
        List<Entry> out = new ArrayList<>();
        List<WatStructure.Definition> definitions = structure.moduleDefinitions();
        for (Form field : structure.fields()) {
            String label = label(field, definitions);
            if (label != null) {
                Word name = WatStructure.binder(field) == null ? null : WatStructure.binder(field).id();
                out.add(name != null ? new Entry(label, name.start(), name.end() - name.start())
                        : new Entry(label, field.start(), 1));
            }
        }
        return out;
    }

    private static String label(Form field, List<WatStructure.Definition> definitions) {
        String keyword = field.keyword();
        switch (keyword) {
            case "export" -> {
                return "export " + words(field, 1) + " \u2192 " + (field.forms.isEmpty() ? "?" : text(field.forms.get(0)));
            }
            case "start" -> {
                return "start " + words(field, 1);
            }
            case "rec" -> {
                return "rec " + field.forms("type").size() + " types";
            }
            default -> {
                for (WatStructure.Definition d : definitions) {
                    if (d.form() == field) {
                        Form binder = WatStructure.binder(field);
                        String head = keyword.equals("import") ? "import " + words(field, 1) + " " : "";
                        String name = binder.id() == null ? "" : " " + binder.id().text();
                        StringBuilder exports = new StringBuilder();
                        for (Form export : binder.forms("export")) { // which function is "main" tells what runs
                            exports.append(' ').append(text(export));
                        }
                        String signature = d.space() == WatStructure.Space.FUNC ? " " + signature(binder) : "";
                        return head + d.space().word + " " + d.index() + name + exports + signature;
                    }
                }
                return null;
            }
        }
    }

    /** A function's type as written: {@code [i64] -> [i64]}, or its type use {@code (type $t)}. */
    private static String signature(Form func) {
        List<String> params = new ArrayList<>();
        List<String> results = new ArrayList<>();
        for (Form f : func.forms) {
            if (f.keyword().equals("type") && f.id() != null) {
                return "(type " + f.id().text() + ")";
            }
            List<String> into = f.keyword().equals("param") ? params : f.keyword().equals("result") ? results : null;
            if (into != null) {
                for (Object item : f.items.subList(1, f.items.size())) {
                    if (item instanceof Word w && !w.isName()) {
                        into.add(w.text());
                    } else if (item instanceof Form ref) {
                        into.add(text(ref));
                    }
                }
            }
        }
        return "[" + String.join(" ", params) + "] -> [" + String.join(" ", results) + "]";
    }

    /** The words of a form from the {@code from}-th on, joined by spaces. */
    private static String words(Form form, int from) {
        List<String> out = new ArrayList<>();
        for (int i = from; i < form.words.size(); i++) {
            out.add(form.words.get(i).text());
        }
        return String.join(" ", out);
    }

    /** A small form in one line: {@code (func $fac)}. */
    private static String text(Form form) {
        return "(" + words(form, 0) + ")";
    }

    private static final class Flat extends ArrayContentProvider implements ITreeContentProvider {
        @Override
        public Object[] getChildren(Object parentElement) {
            return new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return false;
        }
    }
}
