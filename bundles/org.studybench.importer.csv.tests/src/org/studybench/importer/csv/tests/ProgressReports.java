package org.studybench.importer.csv.tests;

import java.util.ArrayList;
import java.util.List;

import org.studybench.core.Progress;

/** A progress that is never cancelled and keeps every report as the fraction done. */
final class ProgressReports implements Progress {

    final List<Double> fractions = new ArrayList<>();

    @Override
    public void worked(long done, long total) {
        fractions.add((double) done / total);
    }

    @Override
    public boolean isCancelled() {
        return false;
    }

    /** The first report that is less than the one before it, or -1 when the bar only grew. */
    int firstStepBack() {
        for (int i = 1; i < fractions.size(); i++) {
            if (fractions.get(i) < fractions.get(i - 1)) {
                return i;
            }
        }
        return -1;
    }
}
