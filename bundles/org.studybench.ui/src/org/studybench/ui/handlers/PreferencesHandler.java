package org.studybench.ui.handlers;

import java.util.List;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.studybench.ui.editor.Ids;
import org.studybench.ui.editor.Preferences;

import jakarta.inject.Named;

/** Edit > Preferences...: the workbench defaults (interval method and palette of new charts, alpha and correction of letters). */
public class PreferencesHandler {

    public static final String INTERVAL_ID = "studybench.preferences.interval";
    public static final String PALETTE_ID = "studybench.preferences.palette";
    public static final String ALPHA_ID = "studybench.preferences.alpha";
    public static final String CORRECTION_ID = "studybench.preferences.correction";
    public static final String REPORTS_ID = "studybench.preferences.reports";

    static final List<String> PALETTES = List.of("okabe-ito", "grey");
    static final List<String> CORRECTIONS = List.of("bonferroni", "holm", "hochberg", "BH", "BY", "none");

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
        new PreferencesDialog(shell).open();
    }

    static final class PreferencesDialog extends Dialog {
        private Combo interval;
        private Combo palette;
        private Text alpha;
        private Combo correction;
        private Combo reports;
        private Label problem;

        PreferencesDialog(Shell parent) {
            super(parent);
        }

        @Override
        protected void configureShell(Shell shell) {
            super.configureShell(shell);
            shell.setText("Preferences");
        }

        @Override
        protected Control createDialogArea(Composite parent) {
            Composite area = (Composite) super.createDialogArea(parent);
            area.setLayout(new GridLayout(2, false));
            interval = combo(area, "Interval of new charts", INTERVAL_ID, org.studybench.ui.editor.ChartsPage.INTERVALS, Preferences.interval());
            palette = combo(area, "Palette of new charts", PALETTE_ID, PALETTES, Preferences.palette());
            new Label(area, SWT.NONE).setText("Alpha of letters in crosstabs");
            alpha = new Text(area, SWT.BORDER);
            alpha.setData(Ids.KEY, ALPHA_ID);
            alpha.setText(Double.toString(Preferences.alpha()));
            alpha.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            correction = combo(area, "Correction of letters", CORRECTION_ID, CORRECTIONS, Preferences.correction().id());
            reports = combo(area, "Open generated reports in", REPORTS_ID, Preferences.REPORT_VIEWERS, Preferences.reportsIn());
            problem = new Label(area, SWT.NONE);
            problem.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
            return area;
        }

        @Override
        protected void okPressed() {
            try {
                Preferences.store(interval.getText(), palette.getText(), Double.parseDouble(alpha.getText().trim()), correction.getText(), reports.getText());
            } catch (IllegalArgumentException e) { // includes NumberFormatException
                problem.setText("Alpha: a number between 0 and 1, e.g. 0.05");
                return;
            }
            super.okPressed();
        }

        @Override
        protected void createButtonsForButtonBar(Composite parent) {
            createButton(parent, IDialogConstants.OK_ID, IDialogConstants.OK_LABEL, true);
            createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        }

        private static Combo combo(Composite area, String label, String id, List<String> items, String selected) {
            new Label(area, SWT.NONE).setText(label);
            Combo combo = new Combo(area, SWT.READ_ONLY);
            combo.setData(Ids.KEY, id);
            items.forEach(combo::add);
            combo.select(Math.max(0, items.indexOf(selected)));
            combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            return combo;
        }
    }
}
