package org.studybench.core;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a comparator computed. Fields it does not compute stay {@code null} (an exact test has no
 * statistic, a test without a natural effect has no estimate); {@code NaN} is never a valid value.
 *
 * @param statisticName e.g. {@code z}, {@code X-squared}, {@code F}
 * @param df            degrees of freedom (numerator df for F)
 * @param df2           denominator degrees of freedom for F statistics
 * @param estimateName  what {@code estimate} is, e.g. {@code difference in proportions}
 * @param values        further named outputs in a stable order (expected counts, residuals, ...)
 * @param methodText    the method as a report should cite it
 * @since 0.1
 */
public record ComparisonOutcome(String statisticName, Double statistic, Double df, Double df2, Double pValue,
        String estimateName, Double estimate, Double ciLow, Double ciHigh, Double ciLevel,
        List<EffectSizeValue> effectSizes, Map<String, Double> values, String methodText, List<String> warnings) {

    public ComparisonOutcome {
        effectSizes = List.copyOf(effectSizes == null ? List.of() : effectSizes);
        values = values == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        warnings = List.copyOf(warnings == null ? List.of() : warnings);
        methodText = methodText == null ? "" : methodText;
    }

    /** An effect size with an optional confidence interval. */
    public record EffectSizeValue(String name, double value, Double ciLow, Double ciHigh) {
    }
}
