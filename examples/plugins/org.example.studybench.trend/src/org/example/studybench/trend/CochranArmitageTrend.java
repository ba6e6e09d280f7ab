package org.example.studybench.trend;

import java.util.List;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.osgi.service.component.annotations.Component;
import org.studybench.core.Arguments;
import org.studybench.core.ComparisonOutcome;
import org.studybench.core.Comparator;
import org.studybench.core.InputException;
import org.studybench.core.ParameterSpec;
import org.studybench.core.ParameterType;

/**
 * The Cochran-Armitage test for a linear trend in proportions across ordered groups — e.g. the share
 * agreeing along a Likert scale, or across firm-size classes — as R's {@code prop.trend.test}: the
 * weighted regression of the group proportions on the scores, X² on 1 df. The slope (change in
 * proportion per score unit) is the estimate.
 */
@Component(service = Comparator.class)
public class CochranArmitageTrend implements Comparator {

    @Override
    public String id() {
        return "cochran-armitage";
    }

    @Override
    public String label() {
        return "Cochran-Armitage test for trend in proportions";
    }

    @Override
    public String description() {
        return "Is there a linear trend in the proportion across ordered groups? Counts per group, group sizes and optional scores (default 1, 2, ...).";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(ParameterSpec.required("successes", ParameterType.REAL_LIST, "count with the attribute in each ordered group, e.g. 83,90,129,70"),
                ParameterSpec.required("totals", ParameterType.REAL_LIST, "size of each group, e.g. 86,93,136,82"),
                ParameterSpec.optional("scores", ParameterType.REAL_LIST, "", "score of each group (default 1, 2, 3, ...)"));
    }

    @Override
    public ComparisonOutcome compare(Arguments arguments) throws InputException {
        double[] x = arguments.realList("successes");
        double[] n = arguments.realList("totals");
        int k = x.length;
        if (k < 2 || n.length != k) {
            throw new InputException("successes and totals need the same number of groups, at least 2 (got " + k + " and " + n.length + ")");
        }
        double[] s = new double[k];
        if (arguments.has("scores") && arguments.realList("scores").length > 0) {
            s = arguments.realList("scores");
            if (s.length != k) {
                throw new InputException("scores has " + s.length + " values for " + k + " groups");
            }
        } else {
            for (int i = 0; i < k; i++) {
                s[i] = i + 1;
            }
        }
        double sumX = 0;
        double sumN = 0;
        for (int i = 0; i < k; i++) {
            if (n[i] <= 0 || x[i] < 0 || x[i] > n[i] || x[i] != Math.rint(x[i]) || n[i] != Math.rint(n[i])) {
                throw new InputException("group " + (i + 1) + ": successes " + x[i] + " of " + n[i] + " is not a count within its group size");
            }
            sumX += x[i];
            sumN += n[i];
        }
        double p = sumX / sumN;
        if (p == 0 || p == 1) {
            throw new InputException("every group has " + (p == 0 ? "no" : "only") + " successes: there is no trend to test");
        }
        double meanScore = 0;
        for (int i = 0; i < k; i++) {
            meanScore += n[i] * s[i] / sumN;
        }
        double cross = 0; // sum of n (s - mean score)(x/n - p)
        double spread = 0; // sum of n (s - mean score)^2
        for (int i = 0; i < k; i++) {
            double d = s[i] - meanScore;
            cross += d * (x[i] - n[i] * p);
            spread += n[i] * d * d;
        }
        if (spread == 0) {
            throw new InputException("all groups have the same score: there is no order to test a trend along");
        }
        double chiSquared = cross * cross / (p * (1 - p) * spread);
        return ComparisonOutcome.builder("Chi-squared test for trend in proportions (Cochran-Armitage)")
                .statistic("X-squared", chiSquared)
                .df(1)
                .pValue(ChiSquaredDistribution.of(1).survivalProbability(chiSquared))
                .n(sumN)
                .estimate("change in proportion per score unit", cross / spread)
                .build();
    }
}
