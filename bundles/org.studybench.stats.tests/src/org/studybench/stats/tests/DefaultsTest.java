package org.studybench.stats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.studybench.stats.Defaults;
import org.studybench.stats.PAdjust;
import org.studybench.stats.ProportionInterval;

/** The text forms of the defaults (for annotations and declared parameters) name the typed ones. */
class DefaultsTest {

    @Test
    void textFormsAgreeWithTheTypedDefaults() {
        assertEquals(Defaults.ALPHA, Double.parseDouble(Defaults.ALPHA_TEXT));
        assertEquals(Defaults.INTERVAL, ProportionInterval.of(Defaults.INTERVAL_ID));
        assertEquals(Defaults.LETTER_CORRECTION, PAdjust.of(Defaults.LETTER_CORRECTION_ID));
        assertEquals(Defaults.FAMILY_CORRECTION, PAdjust.of(Defaults.FAMILY_CORRECTION_ID));
        assertEquals(1 - Defaults.CONFIDENCE, Defaults.ALPHA, 1e-15, "intervals and tests agree: a 95% interval excludes what a 5% test rejects");
    }
}
