package org.studybench.stats;

/**
 * StudyBench's statistical defaults, in one place: the command line, the workbench, comparators,
 * charts and reports read them from here. The text forms are compile-time constants for annotations
 * and declared parameter defaults; {@code DefaultsTest} keeps them equal to the typed ones.
 */
public final class Defaults {

    /** Significance level of tests, letters and verdicts. */
    public static final String ALPHA_TEXT = "0.05";
    public static final double ALPHA = 0.05;

    /** Confidence level of intervals. */
    public static final double CONFIDENCE = 0.95;

    /** Interval of a proportion: Wilson's score interval, the one Newcombe (1998) recommends. */
    public static final String INTERVAL_ID = "wilson";
    public static final ProportionInterval INTERVAL = ProportionInterval.WILSON;

    /** Correction of a banner row's pairwise column letters: Bonferroni, as SPSS Custom Tables by default. */
    public static final String LETTER_CORRECTION_ID = "bonferroni";
    public static final PAdjust LETTER_CORRECTION = PAdjust.BONFERRONI;

    /** Correction across a family of comparisons (findings tested together): Holm, uniformly more powerful than Bonferroni. */
    public static final String FAMILY_CORRECTION_ID = "holm";
    public static final PAdjust FAMILY_CORRECTION = PAdjust.HOLM;

    private Defaults() {
    }
}
