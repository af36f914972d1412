package org.wasmscope.debug.ui.launching;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.ui.AbstractLaunchConfigurationTab;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.wasmscope.debug.core.launching.LaunchTarget;
import org.wasmscope.debug.core.launching.WasmLaunchConstants;
import org.wasmscope.runtime.store.ResourceLimits;

/**
 * The Limits tab: what the module may take from the workbench (all memories, all tables, the heap of
 * structs, arrays and exceptions, call depth) and, in run mode, how long it may run (fuel, wall-clock
 * time), as the command line's options take them. Empty fields keep the defaults, which are shown as the
 * fields' hints.
 */
public final class WasmLimitsTab extends AbstractLaunchConfigurationTab {
    private static final Map<String, String[]> LABELS = new LinkedHashMap<>();
    static {
        LABELS.put("max-memory", new String[] {"&Memory (all memories):", "1g (bytes, or with k, m, g or p for pages)"});
        LABELS.put("max-table", new String[] {"&Table elements (all tables):", "10000000"});
        LABELS.put("max-heap", new String[] {"&Heap (structs, arrays, exceptions):", "512m (bytes, or with k, m, g)"});
        LABELS.put("max-depth", new String[] {"Call &depth:", "50000 frames"});
        LABELS.put("fuel", new String[] {"&Fuel (run mode):", "none (loop iterations and calls)"});
        LABELS.put("timeout", new String[] {"T&imeout (run mode):", "none (seconds, or with ms, s, m)"});
    }

    private final Map<String, Text> fields = new LinkedHashMap<>();
    /** True while initializeFrom fills the fields: their modify events are no user edits. */
    private boolean initializing;

    @Override
    public void createControl(Composite parent) {
        Composite top = new Composite(parent, SWT.NONE);
        top.setLayout(new GridLayout(2, false));
        for (Map.Entry<String, String[]> e : LABELS.entrySet()) {
            new Label(top, SWT.NONE).setText(e.getValue()[0]);
            Text text = new Text(top, SWT.SINGLE | SWT.BORDER);
            text.setMessage(e.getValue()[1]);
            text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            text.addModifyListener(m -> {
                if (!initializing) {
                    setDirty(true);
                    updateLaunchConfigurationDialog();
                }
            });
            fields.put(e.getKey(), text);
        }
        Label hint = new Label(top, SWT.WRAP);
        hint.setText("Reaching a limit ends the run with an exhaustion trap (memory.grow and table.grow return -1). "
                + "Debugging leaves out fuel and timeout.");
        GridData hintData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        hintData.widthHint = 400;
        hint.setLayoutData(hintData);
        setControl(top);
    }

    @Override
    public void setDefaults(ILaunchConfigurationWorkingCopy config) {
        for (String name : ResourceLimits.NAMES) {
            config.removeAttribute(WasmLaunchConstants.ATTR_LIMIT_PREFIX + name);
        }
    }

    @Override
    public void initializeFrom(ILaunchConfiguration config) {
        initializing = true;
        try {
            for (Map.Entry<String, Text> e : fields.entrySet()) {
                e.getValue().setText(config.getAttribute(WasmLaunchConstants.ATTR_LIMIT_PREFIX + e.getKey(), ""));
            }
        } catch (CoreException e) {
            setErrorMessage(e.getStatus().getMessage());
        } finally {
            initializing = false;
        }
    }

    @Override
    public void performApply(ILaunchConfigurationWorkingCopy config) {
        for (Map.Entry<String, Text> e : fields.entrySet()) {
            String value = e.getValue().getText().trim();
            config.setAttribute(WasmLaunchConstants.ATTR_LIMIT_PREFIX + e.getKey(), value.isEmpty() ? null : value);
        }
    }

    @Override
    public boolean isValid(ILaunchConfiguration config) {
        setErrorMessage(null);
        try {
            LaunchTarget.limits(config);
            return true;
        } catch (CoreException e) {
            setErrorMessage(e.getStatus().getMessage());
            return false;
        }
    }

    @Override
    public String getName() {
        return "Limits";
    }
}
