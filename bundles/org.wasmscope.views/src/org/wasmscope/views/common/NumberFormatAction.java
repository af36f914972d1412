package org.wasmscope.views.common;

import org.eclipse.jface.action.Action;

/** The toolbar toggle between decimal and hexadecimal integers. */
final class NumberFormatAction extends Action {
    private final MachineView view;

    NumberFormatAction(MachineView view) {
        super("0x", AS_CHECK_BOX);
        this.view = view;
        setToolTipText("Hexadecimal: integers as their bits (two's complement), floats as exact hexadecimal floats");
        setChecked(view.numberFormat() == NumberFormat.HEX);
    }

    @Override
    public void run() {
        view.setNumberFormat(isChecked() ? NumberFormat.HEX : NumberFormat.DECIMAL);
    }
}
