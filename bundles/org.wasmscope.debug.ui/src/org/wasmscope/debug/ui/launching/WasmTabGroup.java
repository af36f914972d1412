package org.wasmscope.debug.ui.launching;

import org.eclipse.debug.ui.AbstractLaunchConfigurationTabGroup;
import org.eclipse.debug.ui.CommonTab;
import org.eclipse.debug.ui.EnvironmentTab;
import org.eclipse.debug.ui.ILaunchConfigurationDialog;
import org.eclipse.debug.ui.ILaunchConfigurationTab;
import org.eclipse.debug.ui.sourcelookup.SourceLookupTab;

/** The tabs of a WebAssembly launch configuration: Main, Limits, Environment (a WASI program's), Source and Common. */
public final class WasmTabGroup extends AbstractLaunchConfigurationTabGroup {
    @Override
    public void createTabs(ILaunchConfigurationDialog dialog, String mode) {
        setTabs(new ILaunchConfigurationTab[] { new WasmMainTab(), new WasmLimitsTab(), new EnvironmentTab(), new SourceLookupTab(), new CommonTab() });
    }
}
