package org.studybench.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.studybench.core.Arguments;
import org.studybench.core.ComparisonOutcome;

/** The JSON form of a comparison: numbers at full precision; infinite bounds as the strings "Infinity"/"-Infinity". */
final class OutcomeJson {

    private OutcomeJson() {
    }

    static Map<String, Object> of(String comparator, ComparisonOutcome o, Arguments arguments) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("comparator", comparator);
        json.put("method", o.method());
        put(json, "statistic_name", o.statisticName());
        put(json, "statistic", number(o.statistic()));
        put(json, "df", number(o.df()));
        put(json, "df2", number(o.df2()));
        put(json, "p_value", number(o.pValue()));
        put(json, "n", number(o.n()));
        put(json, "estimate_name", o.estimateName());
        put(json, "estimate", number(o.estimate()));
        put(json, "ci_low", number(o.ciLow()));
        put(json, "ci_high", number(o.ciHigh()));
        put(json, "conf_level", number(o.ciLevel()));
        List<Object> effects = new ArrayList<>();
        for (ComparisonOutcome.EffectSizeValue e : o.effectSizes()) {
            Map<String, Object> effect = new LinkedHashMap<>();
            effect.put("name", e.name());
            effect.put("symbol", e.symbol());
            effect.put("value", number(e.value()));
            put(effect, "ci_low", number(e.ciLow()));
            put(effect, "ci_high", number(e.ciHigh()));
            effects.add(effect);
        }
        json.put("effect_sizes", effects);
        Map<String, Object> values = new LinkedHashMap<>();
        o.values().forEach((k, v) -> values.put(k, number(v)));
        json.put("values", values);
        if (!o.texts().isEmpty()) {
            json.put("texts", o.texts());
        }
        json.put("warnings", o.warnings());
        Map<String, Object> parameters = new LinkedHashMap<>();
        arguments.asMap().forEach((k, v) -> parameters.put(k, v instanceof double[] d ? d : v instanceof double[][] t ? t : v));
        json.put("parameters", parameters);
        return json;
    }

    private static void put(Map<String, Object> json, String key, Object value) {
        if (value != null) {
            json.put(key, value);
        }
    }

    static Object number(Double v) {
        if (v == null) {
            return null;
        }
        if (v.isInfinite()) {
            return v > 0 ? "Infinity" : "-Infinity";
        }
        return v;
    }
}
