package org.studybench.ui.editor;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;
import org.studybench.stats.Defaults;
import org.studybench.stats.PAdjust;

/**
 * The workbench's defaults, kept per user (Eclipse instance preferences): the interval method and
 * palette a new chart gets, and the significance level and multiple-comparison correction of the
 * letters in crosstabs and banners, and where generated reports open. They only fill in what a user has not chosen; a study stores its
 * own choices, so reports come out the same from the CLI.
 */
public final class Preferences {

    public static final String INTERVAL = "chart.interval";
    public static final String PALETTE = "chart.palette";
    public static final String ALPHA = "letters.alpha";
    public static final String CORRECTION = "letters.correction";
    public static final String REPORTS_IN = "reports.open";
    /** Where generated reports open: in a part of the workbench, or in the system's browser. */
    public static final java.util.List<String> REPORT_VIEWERS = java.util.List.of("workbench", "system browser");

    private static final String NODE = "org.studybench.ui";

    private Preferences() {
    }

    private static IEclipsePreferences node() {
        return InstanceScope.INSTANCE.getNode(NODE);
    }

    public static String interval() {
        return node().get(INTERVAL, Defaults.INTERVAL_ID);
    }

    public static String palette() {
        return node().get(PALETTE, "okabe-ito");
    }

    public static double alpha() {
        return node().getDouble(ALPHA, Defaults.ALPHA);
    }

    public static PAdjust correction() {
        try {
            return PAdjust.of(node().get(CORRECTION, Defaults.LETTER_CORRECTION_ID));
        } catch (IllegalArgumentException e) {
            return Defaults.LETTER_CORRECTION;
        }
    }

    /** Whether reports open inside the workbench (when a browser engine is installed). */
    public static boolean internalBrowser() {
        return REPORT_VIEWERS.get(0).equals(reportsIn());
    }

    public static String reportsIn() {
        return node().get(REPORTS_IN, REPORT_VIEWERS.get(0));
    }

    /** Stores the defaults; the alpha must be in (0, 1). */
    public static void store(String interval, String palette, double alpha, String correction, String reportsIn) {
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be between 0 and 1, got " + alpha);
        }
        IEclipsePreferences node = node();
        node.put(INTERVAL, interval);
        node.put(PALETTE, palette);
        node.putDouble(ALPHA, alpha);
        node.put(CORRECTION, correction);
        node.put(REPORTS_IN, reportsIn);
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // kept for this session; the next store tries again
        }
    }
}
