package org.studybench.ui.pages;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * A tab of the study editor, contributed as an OSGi service; StudyBench's own pages are contributed
 * the same way (their ids are the constants below). Called on the UI thread.
 *
 * @since 0.1
 */
public interface StudyEditorPage {

    /** Positions of the built-in pages, for {@link #position()}: a page at 750 sits between Comparisons and Crosstab. */
    int OVERVIEW = 100, OUTLINE = 200, INSTRUMENT = 300, DICTIONARY = 400, SEGMENTS = 500, FINDINGS = 600, COMPARISONS = 700, CROSSTAB = 800,
            CHARTS = 900, REPORT = 1000, PROBLEMS = 1100;

    /** Ids of the built-in pages, for {@link StudyEditorContext#showPage}. */
    String OVERVIEW_ID = "org.studybench.ui.page.overview", OUTLINE_ID = "org.studybench.ui.page.outline",
            INSTRUMENT_ID = "org.studybench.ui.page.instrument", DICTIONARY_ID = "org.studybench.ui.page.dictionary",
            SEGMENTS_ID = "org.studybench.ui.page.segments", FINDINGS_ID = "org.studybench.ui.page.findings",
            COMPARISONS_ID = "org.studybench.ui.page.comparisons", CROSSTAB_ID = "org.studybench.ui.page.crosstab",
            CHARTS_ID = "org.studybench.ui.page.charts", REPORT_ID = "org.studybench.ui.page.report", PROBLEMS_ID = "org.studybench.ui.page.problems";

    /** Unique and stable, e.g. {@code org.example.lollipop.page}. */
    String id();

    /** The tab's text. */
    String label();

    /**
     * The tab's icon (a 16x16 PNG or GIF, e.g. {@code getClass().getResource("/icons/lollipop.png")}); null
     * for none, the default. Kept small: the built-in tabs all fit beside each other in a 1200-pixel window.
     */
    default java.net.URL icon() {
        return null;
    }

    /** Where the tab goes: after the built-in pages with a smaller position (see the constants). */
    int position();

    /**
     * Creates the page's control in {@code parent}. The page follows the study with
     * {@link StudyEditorContext#follow} rather than reading it once, and changes it only through
     * {@link StudyEditorContext#execute}.
     */
    Control create(Composite parent, StudyEditorContext context);
}
