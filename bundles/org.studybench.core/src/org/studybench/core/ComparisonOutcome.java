package org.studybench.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a comparator computed. Fields it does not compute stay {@code null} (an exact test has no
 * statistic, a test without a natural effect has no estimate); {@code NaN} is never a valid value.
 * Build one with {@link #builder(String)}.
 *
 * @param method        the method as a report should name it, e.g. "Pearson's chi-squared test with Yates' continuity correction"
 * @param statisticName e.g. {@code X-squared}, {@code z}, {@code t}, {@code F}, {@code W}, {@code H}
 * @param df            degrees of freedom (numerator df for F)
 * @param df2           denominator degrees of freedom for F statistics
 * @param n             the number of cases the test is based on, when it has one (for "N = " in APA style)
 * @param estimateName  what {@code estimate} is, e.g. {@code difference in proportions}
 * @param values        further named numeric outputs in a stable order (expected counts, residuals, ...)
 * @param texts         named text outputs, e.g. column-proportion letters
 * @since 0.1
 */
public record ComparisonOutcome(String method, String statisticName, Double statistic, Double df, Double df2, Double pValue, Double n,
        String estimateName, Double estimate, Double ciLow, Double ciHigh, Double ciLevel, List<EffectSizeValue> effectSizes,
        Map<String, Double> values, Map<String, String> texts, List<String> warnings) {

    public ComparisonOutcome {
        method = method == null ? "" : method;
        effectSizes = List.copyOf(effectSizes == null ? List.of() : effectSizes);
        values = values == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(values));
        texts = texts == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(texts));
        warnings = List.copyOf(warnings == null ? List.of() : warnings);
        for (Double v : new Double[] { statistic, df, df2, pValue, n, estimate, ciLow, ciHigh, ciLevel }) {
            if (v != null && v.isNaN()) {
                throw new IllegalArgumentException("a comparison outcome must not contain NaN (method: " + method + ")");
            }
        }
        for (Map.Entry<String, Double> e : values.entrySet()) {
            if (e.getValue() == null || e.getValue().isNaN()) {
                throw new IllegalArgumentException("value '" + e.getKey() + "' is NaN (method: " + method + ")");
            }
        }
    }

    public static Builder builder(String method) {
        return new Builder(method);
    }

    /**
     * An effect size with an optional confidence interval.
     *
     * @param name   e.g. "Cohen's h"
     * @param symbol the symbol used in APA-style text, e.g. "h", "V", "OR"
     */
    public record EffectSizeValue(String name, String symbol, double value, Double ciLow, Double ciHigh) {
        public EffectSizeValue {
            if (Double.isNaN(value)) {
                throw new IllegalArgumentException("effect size '" + name + "' is NaN");
            }
        }
    }

    /** Collects an outcome field by field. */
    public static final class Builder {
        private final String method;
        private String statisticName;
        private Double statistic;
        private Double df;
        private Double df2;
        private Double pValue;
        private Double n;
        private String estimateName;
        private Double estimate;
        private Double ciLow;
        private Double ciHigh;
        private Double ciLevel;
        private final List<EffectSizeValue> effectSizes = new ArrayList<>();
        private final Map<String, Double> values = new LinkedHashMap<>();
        private final Map<String, String> texts = new LinkedHashMap<>();
        private final List<String> warnings = new ArrayList<>();

        private Builder(String method) {
            this.method = method;
        }

        public Builder statistic(String name, double value) {
            this.statisticName = name;
            this.statistic = value;
            return this;
        }

        public Builder df(double df) {
            this.df = df;
            return this;
        }

        public Builder df(double numerator, double denominator) {
            this.df = numerator;
            this.df2 = denominator;
            return this;
        }

        public Builder pValue(double p) {
            this.pValue = p;
            return this;
        }

        public Builder n(double n) {
            this.n = n;
            return this;
        }

        public Builder estimate(String name, double value) {
            this.estimateName = name;
            this.estimate = value;
            return this;
        }

        public Builder interval(double low, double high, double level) {
            this.ciLow = low;
            this.ciHigh = high;
            this.ciLevel = level;
            return this;
        }

        public Builder effect(String name, String symbol, double value, Double low, Double high) {
            effectSizes.add(new EffectSizeValue(name, symbol, value, low, high));
            return this;
        }

        public Builder value(String name, double value) {
            values.put(name, value);
            return this;
        }

        public Builder text(String name, String value) {
            texts.put(name, value);
            return this;
        }

        public Builder warning(String warning) {
            warnings.add(warning);
            return this;
        }

        public ComparisonOutcome build() {
            return new ComparisonOutcome(method, statisticName, statistic, df, df2, pValue, n, estimateName, estimate, ciLow, ciHigh, ciLevel,
                    effectSizes, values, texts, warnings);
        }
    }
}
