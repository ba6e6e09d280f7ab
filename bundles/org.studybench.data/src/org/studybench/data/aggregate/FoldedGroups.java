package org.studybench.data.aggregate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.studybench.data.engine.Dialect;

/**
 * The grouping of a clustered design's pass with the design cell folded into one hashed key: DuckDB
 * groups every table's rows by (stratum, PSU, domain, level of the breakdown) and the question's level;
 * hashing the first four into one 64-bit key per row, once, leaves two keys in each of the pass's grouping
 * sets instead of four or five (on a banner of 40 questions by one breakdown over 1M respondents the
 * aggregation takes 2.75 s of CPU instead of 3.64 s). One more grouping set per key in the same scan lists
 * the design cells that have each key; those give the rows their stratum, PSU, domain and level back, and
 * tell whether two cells share a key (a hash collision, about one chance in 10^12 for thousands of cells).
 * Then the pass is computed again grouped by the values themselves. Without a collision each key stands for
 * one cell, so the groups, and the tables, are those of the values.
 *
 * <p>In each two-way set the variable that is in more of the pass's sets (a banner's breakdown) is folded;
 * a one-way set's key is the design cell alone. Produces the {@code t} and {@code u} steps of
 * {@link CrossTab}'s query with the same columns as its unfolded ones ({@code g} the set's mask over the
 * pass's variables) plus {@code pure}, false for a row whose key more than one cell has.
 */
final class FoldedGroups {

    /** The width of the hashed keys. */
    static final int KEY_BITS = 64;

    /** The kind of the result row that reports colliding keys. */
    static final int COLLIDED = 4;

    /** DuckDB's GROUPING() returns a BIGINT: at most 63 grouping columns keep the masks positive. */
    private static final int MOST_COLUMNS = 63;

    private final String sql;

    private FoldedGroups(String sql) {
        this.sql = sql;
    }

    /** The {@code t} and {@code u} steps (after {@code d}), ending with ", ". */
    String sql() {
        return sql;
    }

    /**
     * The folded grouping of {@code sets} over {@code variables} variables v0, v1, ... of the step {@code d}
     * (with columns w, h, psu, inside), or null where it does not apply: engines other than DuckDB (no
     * {@code hash()} of several values), {@code keyBits} 0, or more grouping columns than GROUPING() takes.
     */
    static FoldedGroups of(Dialect dialect, Collection<CrossTab.GroupingSet> sets, int variables, boolean domain, int keyBits) {
        if (dialect != Dialect.DUCKDB || keyBits <= 0) {
            return null;
        }
        int[] inSets = new int[variables];
        for (CrossTab.GroupingSet set : sets) {
            inSets[set.first()]++;
            if (set.second() >= 0) {
                inSets[set.second()]++;
            }
        }
        // per set the folded variable (-1: the design cell alone) and the variable grouped beside the key
        Map<CrossTab.GroupingSet, int[]> plan = new LinkedHashMap<>();
        List<Integer> keys = new ArrayList<>(); // folded variables, -1 for the design cell alone
        List<Integer> grouped = new ArrayList<>();
        for (CrossTab.GroupingSet set : sets) {
            int fold = set.second() < 0 ? -1 : inSets[set.second()] >= inSets[set.first()] ? set.second() : set.first();
            int other = fold == set.second() || fold < 0 ? set.first() : set.second();
            plan.put(set, new int[] { fold, other });
            if (!keys.contains(fold)) {
                keys.add(fold);
            }
            if (!grouped.contains(other)) {
                grouped.add(other);
            }
        }
        List<String> columns = new ArrayList<>(); // GROUPING()'s columns
        keys.forEach(f -> columns.add(keyName(f)));
        grouped.forEach(v -> columns.add("v" + v));
        String cell = "h, psu" + (domain ? ", inside" : "");
        // the mapping sets: per key the design cells (and folded levels) that have it, from the same scan
        for (String column : domain ? List.of("h", "psu", "inside") : List.of("h", "psu")) {
            columns.add(column);
        }
        keys.stream().filter(f -> f >= 0 && !grouped.contains(f)).forEach(f -> columns.add("v" + f));
        if (columns.size() > MOST_COLUMNS) {
            return null;
        }
        String grouping = "GROUPING(" + String.join(", ", columns) + ")";
        StringBuilder keyColumns = new StringBuilder();
        StringBuilder groupingSets = new StringBuilder();
        StringBuilder kind = new StringBuilder("CASE " + grouping); // which key a row of t has (keys of different variables may be equal)
        StringBuilder level = new StringBuilder("CASE " + grouping); // the one level a row of t needs, as text
        List<String> mapSets = new ArrayList<>();
        for (int k = 0; k < keys.size(); k++) {
            int f = keys.get(k);
            String key = keyName(f);
            String hash = "hash(" + cell + (f < 0 ? "" : ", v" + f) + ")";
            keyColumns.append(", ").append(keyBits >= KEY_BITS ? hash : "(" + hash + " % " + Long.toUnsignedString(1L << keyBits) + ")").append(" AS ").append(key);
            String mapped = cell + (f < 0 ? "" : ", v" + f);
            groupingSets.append(groupingSets.length() == 0 ? "" : ", ").append('(').append(key).append(", ").append(mapped).append(')');
            String mapMask = notGrouped(columns, key + ", " + mapped);
            mapSets.add(mapMask);
            kind.append(" WHEN ").append(mapMask).append(" THEN ").append(k);
            level.append(" WHEN ").append(mapMask).append(" THEN ").append(f < 0 ? "NULL" : dialect.levelText("v" + f));
        }
        StringBuilder mask = new StringBuilder("CASE gs");
        StringBuilder first = new StringBuilder("CASE gs");
        StringBuilder second = new StringBuilder("CASE gs");
        List<String> dataSets = new ArrayList<>();
        for (Map.Entry<CrossTab.GroupingSet, int[]> e : plan.entrySet()) {
            CrossTab.GroupingSet set = e.getKey();
            int fold = e.getValue()[0];
            int other = e.getValue()[1];
            String key = keyName(fold);
            groupingSets.append(", (").append(key).append(", v").append(other).append(')');
            String sqlMask = notGrouped(columns, key + ", v" + other);
            dataSets.add(sqlMask);
            kind.append(" WHEN ").append(sqlMask).append(" THEN ").append(keys.indexOf(fold));
            level.append(" WHEN ").append(sqlMask).append(" THEN ").append(dialect.levelText("v" + other));
            String when = " WHEN " + sqlMask + " THEN ";
            mask.append(when).append(set.mask());
            first.append(when).append(fold == set.first() ? "m.f" : "t.level");
            second.append(when).append(set.second() < 0 ? "NULL" : fold == set.second() ? "m.f" : "t.level");
        }
        // t is read twice (the mapping, then u), so it keeps only the columns they need: one key, one level
        String t = "t AS (SELECT " + grouping + " AS gs, " + kind + " END AS kind, "
                + (keys.size() == 1 ? keyName(keys.get(0)) : "coalesce(" + String.join(", ", keys.stream().map(FoldedGroups::keyName).toList()) + ")")
                + " AS key, h, psu, " + (domain ? "inside, " : "") + level + " END AS level, count(*) AS n, sum(w) AS sw, sum(w * w) AS sw2 FROM (SELECT *"
                + keyColumns + " FROM d) e GROUP BY GROUPING SETS (" + groupingSets + ")), ";
        String m = "m AS (SELECT kind, key, min(h) AS h, min(psu) AS psu, " + (domain ? "bool_and(inside) AS inside, " : "")
                + "min(level) AS f, count(*) AS cells FROM t WHERE gs IN (" + String.join(", ", mapSets) + ") GROUP BY kind, key), ";
        String u = "u AS (SELECT " + mask + " END AS g, m.h, m.psu, " + (domain ? "m.inside" : "TRUE AS inside") + ", " + first + " END AS a, " + second
                + " END AS b, t.n, t.sw, t.sw2, m.cells = 1 AS pure FROM t LEFT JOIN m ON t.kind = m.kind AND t.key = m.key WHERE t.gs IN ("
                + String.join(", ", dataSets) + "))";
        return new FoldedGroups(t + m + u);
    }

    private static String keyName(int fold) {
        return fold < 0 ? "k" : "k" + fold;
    }

    /** GROUPING()'s value for a set of {@code grouped} (comma-separated) of {@code columns}: a bit set for each column not grouped, the first the highest. */
    private static String notGrouped(List<String> columns, String grouped) {
        List<String> in = List.of(grouped.split(", "));
        long mask = 0;
        for (int c = 0; c < columns.size(); c++) {
            if (!in.contains(columns.get(c))) {
                mask |= 1L << (columns.size() - 1 - c);
            }
        }
        return Long.toString(mask);
    }
}
