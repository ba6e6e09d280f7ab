package org.studybench.banner;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.studybench.core.InputException;
import org.studybench.data.aggregate.ColumnMeans;
import org.studybench.data.aggregate.ColumnPercentages;
import org.studybench.data.aggregate.CrossTab;
import org.studybench.data.aggregate.ResponseSets;
import org.studybench.data.engine.RowSource;
import org.studybench.data.filter.SqlFilter;
import org.studybench.stats.ColumnProportions;
import org.studybench.stats.PAdjust;

/**
 * A banner ("custom tables"): many row questions against many breakdowns in one table. Each row
 * question gets a block of its levels; the columns are a Total column and then, per breakdown, one
 * column per level with its own letters (A, B, ... within each breakdown, as SPSS Custom Tables).
 * Every cell is a weighted column percentage; letters compare the columns of one breakdown (with a
 * design, by design-based tests; see {@link ColumnPercentages}). All tables come from one pass over the data
 * ({@link CrossTab#all}).
 *
 * @param groups the column groups, the first being Total
 * @param blocks one per row question
 */
public record Banner(List<Group> groups, List<Block> blocks, boolean weighted, boolean design, PAdjust correction, double alpha, Display display) {

    /**
     * What a banner shows besides its percentages, as a saved table chooses it.
     *
     * @param letters        column-proportion letters
     * @param counts         each cell's respondents (unweighted) under its percentage
     * @param bases          each question's unweighted base per column
     * @param effectiveBases the Kish effective bases (weighted banners only)
     * @param tests          the test of independence per question and breakdown
     * @param minimumBase    columns of a question with fewer respondents are marked and get no letters, nor do
     *                       others get theirs (0: no limit)
     */
    public record Display(boolean letters, boolean counts, boolean bases, boolean effectiveBases, boolean tests, int minimumBase) {
        /** What the banner command shows: letters, bases, effective bases when weighted, tests. */
        public static final Display DEFAULT = new Display(true, false, true, true, true, 0);
    }

    /** A breakdown and its levels (shown with their labels). */
    public record Group(String variable, String label, List<String> levels, List<String> levelLabels) {
        public String letter(int level) {
            return ColumnProportions.letter(level);
        }
    }

    /**
     * One row question: its levels, and per column of the banner (Total first, then the groups'
     * levels in order) the percentage of each level, the letters, the unweighted and effective bases,
     * the unweighted counts and the 95% interval of each percentage (design-based with a design, as
     * the crosstab's; NaN for the Total column's bounds). {@code pValues} has the test of independence
     * per breakdown (Rao-Scott with a design).
     *
     * <p>A {@code multipleResponse} block is a multiple-response set: its "levels" are the set's items (variables),
     * each row the share of the set's base that gave the counted answer to that item, with letters from the
     * item's own column-proportion tests; its net is "any of" the items; its counts are the respondents who
     * selected the item; it has no test of independence (pValues NaN), as the items' shares need not add up.
     */
    public record Block(String variable, String label, List<String> levels, List<String> levelLabels, double[][] percent, String[][] letters,
            double[] bases, double[] effectiveBases, double[] pValues, double[][] counts, double[][] lowPercent, double[][] highPercent, List<NetRow> nets,
            MeanRow mean, boolean multipleResponse) {

        /** This question's answers in {@code order} (positions of the current answers). */
        Block reordered(int[] order) {
            int n = order.length;
            List<String> l = new ArrayList<>();
            List<String> ll = new ArrayList<>();
            double[][] p = new double[n][];
            String[][] le = new String[n][];
            double[][] c = new double[n][];
            double[][] lo = new double[n][];
            double[][] hi = new double[n][];
            for (int i = 0; i < n; i++) {
                l.add(levels.get(order[i]));
                ll.add(levelLabels.get(order[i]));
                p[i] = percent[order[i]];
                le[i] = letters[order[i]];
                c[i] = counts[order[i]];
                lo[i] = lowPercent[order[i]];
                hi[i] = highPercent[order[i]];
            }
            return new Block(variable, label, l, ll, p, le, bases, effectiveBases, pValues, c, lo, hi, nets, mean, multipleResponse);
        }

        /** Whether column {@code column}'s base is below {@code minimumBase} (never with 0). */
        public boolean smallBase(int column, int minimumBase) {
            return bases[column] < minimumBase;
        }
    }

    /** A net beneath a question's answers: per column its percentage, letters (the net against the rest) and respondents. */
    public record NetRow(String label, double[] percent, String[] letters, double[] counts) {
    }

    /** A question's mean (of its answers' values) per column, NaN where a column has none, with letters from t-tests; and its median. */
    public record MeanRow(double[] means, String[] letters, double[] medians) {
    }

    /** A net to show: its label and the stored values it combines. */
    public record Net(String label, java.util.Set<String> levels) {
    }

    /**
     * A multiple-response set a banner may show as a row question (named in the rows by {@code name}): its
     * items (variables) with their labels, the answer that counts as selected (a String, or a Double for numeric
     * items: {@link CrossTab.Selected}), and the label of its "any of" net.
     */
    public record ResponseSet(String name, String label, List<String> items, List<String> itemLabels, Object countedValue, String netLabel) {
        public ResponseSet {
            items = List.copyOf(items);
            itemLabels = List.copyOf(itemLabels);
        }
    }

    /**
     * What a banner shows beyond each question's answers: the nets of a question (by variable name), means
     * of the questions whose answers are numbers, leaving out the codes in {@code missing} (by variable name),
     * and the multiple-response sets that rows may name (by set name).
     */
    public record Extras(Map<String, List<Net>> nets, boolean means, Map<String, java.util.Set<String>> missing, Map<String, ResponseSet> sets) {
        public static final Extras NONE = new Extras(Map.of(), false, Map.of(), Map.of());
    }

    /** How levels and variables are shown: labels from a dictionary when there is one. */
    public interface Labels {
        String variable(String name);

        String level(String variable, String code);

        Labels NONE = new Labels() {
            @Override
            public String variable(String name) {
                return name;
            }

            @Override
            public String level(String variable, String code) {
                return code;
            }
        };
    }

    public int columnCount() {
        return groups.stream().mapToInt(g -> g.levels().size()).sum();
    }

    /**
     * This banner as {@code display} shows it, each question's answers in {@code order} of their Total
     * percentage (MODEL: as computed). Columns whose base is below the display's minimum lose their letters,
     * and the other columns of their breakdown lose the letter that points to them.
     */
    public Banner shown(Display display, org.studybench.model.study.SortOrder order) {
        List<Block> shaped = new ArrayList<>();
        for (Block block : blocks) {
            Block lettered = display.minimumBase() > 0 ? withoutSmallBaseLetters(block, display.minimumBase()) : block;
            Block b = lettered;
            if (order == org.studybench.model.study.SortOrder.ASCENDING || order == org.studybench.model.study.SortOrder.DESCENDING) {
                Integer[] positions = new Integer[b.levels().size()];
                for (int i = 0; i < positions.length; i++) {
                    positions[i] = i;
                }
                java.util.Comparator<Integer> byTotal = java.util.Comparator.comparingDouble(i -> lettered.percent()[i][0]);
                java.util.Arrays.sort(positions, order == org.studybench.model.study.SortOrder.ASCENDING ? byTotal : byTotal.reversed()); // stable: ties keep their order
                b = lettered.reordered(java.util.Arrays.stream(positions).mapToInt(Integer::intValue).toArray());
            }
            shaped.add(b);
        }
        return new Banner(groups, shaped, weighted, design, correction, alpha, display);
    }

    private Block withoutSmallBaseLetters(Block block, int minimumBase) {
        String[][] letters = new String[block.levels().size()][];
        for (int i = 0; i < letters.length; i++) {
            letters[i] = withoutSmallBases(block, block.letters()[i], minimumBase);
        }
        List<NetRow> nets = new ArrayList<>();
        for (NetRow net : block.nets()) {
            nets.add(new NetRow(net.label(), net.percent(), withoutSmallBases(block, net.letters(), minimumBase), net.counts()));
        }
        MeanRow mean = block.mean() == null ? null
                : new MeanRow(block.mean().means(), withoutSmallBases(block, block.mean().letters(), minimumBase), block.mean().medians());
        return new Block(block.variable(), block.label(), block.levels(), block.levelLabels(), block.percent(), letters, block.bases(),
                block.effectiveBases(), block.pValues(), block.counts(), block.lowPercent(), block.highPercent(), nets, mean, block.multipleResponse());
    }

    /** One row's letters without those from or to a column whose base is below the minimum (letters name columns of their breakdown). */
    private String[] withoutSmallBases(Block block, String[] row, int minimumBase) {
        String[] out = row.clone();
        int offset = 0;
        for (Group g : groups) {
            int size = g.levels().size();
            for (int k = 0; k < size; k++) {
                if (block.smallBase(offset + k, minimumBase)) {
                    out[offset + k] = "";
                    continue;
                }
                List<Integer> kept = new ArrayList<>();
                for (int other : org.studybench.stats.ColumnLetters.columns(out[offset + k], size)) {
                    if (!block.smallBase(offset + other, minimumBase)) {
                        kept.add(other);
                    }
                }
                out[offset + k] = org.studybench.stats.ColumnLetters.cell(kept, size);
            }
            offset += size;
        }
        return out;
    }

    public static Banner of(Path parquet, List<String> rows, List<String> columns, CrossTab.Design design, SqlFilter filter, Labels labels,
            PAdjust correction, double alpha) throws InputException {
        return of(new RowSource.ParquetFile(parquet), rows, columns, design, filter, labels, correction, alpha);
    }

    /** The banner from rows anywhere (a Parquet file or a table in an external SQL engine). */
    public static Banner of(RowSource source, List<String> rows, List<String> columns, CrossTab.Design design, SqlFilter filter, Labels labels,
            PAdjust correction, double alpha) throws InputException {
        return of(source, rows, columns, design, filter, labels, Extras.NONE, correction, alpha);
    }

    /** As {@link #of(RowSource, List, List, CrossTab.Design, SqlFilter, Labels, PAdjust, double)}, with nets and means. */
    public static Banner of(RowSource source, List<String> rows, List<String> columns, CrossTab.Design design, SqlFilter filter, Labels labels,
            Extras extras, PAdjust correction, double alpha) throws InputException {
        if (rows.isEmpty() || columns.isEmpty()) {
            throw new InputException("a banner needs at least one row variable and one column variable");
        }
        List<Group> groups = new ArrayList<>();
        groups.add(new Group("", "Total", List.of("Total"), List.of("Total")));
        List<Block> blocks = new ArrayList<>();
        // every table of the banner from one pass over the data: per row question its total, then each breakdown
        List<CrossTab.Request> requests = new ArrayList<>();
        List<CrossTab.Selected> selections = new ArrayList<>();
        List<List<String>> tableRows = new ArrayList<>(); // per row question the row variables of its tables: itself, or a set's items and net
        for (String row : rows) {
            ResponseSet set = extras.sets().get(row);
            List<String> made = set == null ? List.of(row) : selections(set, selections);
            tableRows.add(made);
            for (String variable : made) {
                requests.add(new CrossTab.Request(variable, null, true)); // nobody in the segment may have answered: an empty block
                for (String column : columns) {
                    requests.add(new CrossTab.Request(variable, column, true)); // a question asked of part of the sample may leave columns empty
                }
            }
        }
        List<CrossTab> computed = CrossTab.all(source, requests, selections, design, filter);
        // per row question and its row variables: the Total table, then one per breakdown
        List<List<List<CrossTab>>> tablesByRow = new ArrayList<>();
        int at = 0;
        for (List<String> made : tableRows) {
            List<List<CrossTab>> byVariable = new ArrayList<>();
            for (int v = 0; v < made.size(); v++) {
                byVariable.add(computed.subList(at, at + 1 + columns.size()));
                at += 1 + columns.size();
            }
            tablesByRow.add(byVariable);
        }
        List<List<ColumnPercentages>> tablesOf = new ArrayList<>(); // per row variable of the tables, per breakdown
        for (List<List<CrossTab>> byVariable : tablesByRow) {
            for (List<CrossTab> tables : byVariable) {
                List<ColumnPercentages> percentages = new ArrayList<>();
                for (int c = 0; c < columns.size(); c++) {
                    percentages.add(ColumnPercentages.of(tables.get(1 + c), 0.95, correction, alpha));
                }
                tablesOf.add(percentages);
            }
        }
        // a breakdown's columns: its levels in any question's table (a question asked of part of the sample may lack some)
        for (int g = 0; g < columns.size(); g++) {
            java.util.Set<String> levels = new java.util.LinkedHashSet<>();
            for (List<ColumnPercentages> tables : tablesOf) {
                levels.addAll(tables.get(g).table().columns());
            }
            List<String> columnLevels = CrossTab.sortedLevels(levels);
            String variable = columns.get(g);
            groups.add(new Group(variable, labels.variable(variable), columnLevels, columnLevels.stream().map(l -> labels.level(variable, l)).toList()));
        }
        int variable = 0;
        for (int r = 0; r < rows.size(); r++) {
            ResponseSet set = extras.sets().get(rows.get(r));
            if (set != null) {
                blocks.add(responseSetBlock(set, tablesByRow.get(r), tablesOf.subList(variable, variable + tableRows.get(r).size()), groups));
                variable += tableRows.get(r).size();
                continue;
            }
            CrossTab total = tablesByRow.get(r).get(0).get(0);
            Block block = block(rows.get(r), labels, total.rows(), total, tablesOf.get(variable++), groups);
            List<CrossTab> breakdowns = tablesByRow.get(r).get(0).subList(1, 1 + columns.size());
            List<NetRow> nets = new ArrayList<>();
            for (Net net : extras.nets().getOrDefault(rows.get(r), List.of())) {
                nets.add(netRow(net, total, breakdowns, groups, correction, alpha));
            }
            MeanRow mean = extras.means() ? meanRow(total, breakdowns, groups, extras.missing().getOrDefault(rows.get(r), java.util.Set.of()), correction, alpha)
                    : null;
            blocks.add(new Block(block.variable(), block.label(), block.levels(), block.levelLabels(), block.percent(), block.letters(), block.bases(),
                    block.effectiveBases(), block.pValues(), block.counts(), block.lowPercent(), block.highPercent(), nets, mean, false));
        }
        return new Banner(groups, blocks, design.weight() != null, design.weight() != null || design.cluster() != null || design.strata() != null, correction,
                alpha, Display.DEFAULT);
    }

    /** The rows made for {@code set} in the pass (added to {@code selections}): one per item, then "any of" the items. */
    private static List<String> selections(ResponseSet set, List<CrossTab.Selected> selections) {
        List<String> names = new ArrayList<>();
        for (String item : set.items()) {
            selections.add(CrossTab.Selected.item(set.name(), set.items(), item, set.countedValue()));
            names.add(selections.getLast().name());
        }
        selections.add(CrossTab.Selected.anyOf(set.name(), set.items(), set.countedValue()));
        names.add(selections.getLast().name());
        return names;
    }

    /**
     * A multiple-response set's block: per item (and then for "any of" them, the net) the share of the set's
     * base that selected it, from the tables of its 0/1 row ({@link CrossTab.Selected}); the base is the
     * respondents who answered any item, the same for every row of the set.
     */
    private static Block responseSetBlock(ResponseSet set, List<List<CrossTab>> tables, List<List<ColumnPercentages>> percentages, List<Group> groups) {
        int items = set.items().size();
        double[][] percent = new double[items][];
        String[][] letters = new String[items][];
        double[][] counts = new double[items][];
        double[][] low = new double[items][];
        double[][] high = new double[items][];
        for (int i = 0; i < items; i++) {
            Block selected = block(set.name(), Labels.NONE, List.of("1"), tables.get(i).get(0), percentages.get(i), groups);
            percent[i] = selected.percent()[0];
            letters[i] = selected.letters()[0];
            counts[i] = selected.counts()[0];
            low[i] = selected.lowPercent()[0];
            high[i] = selected.highPercent()[0];
        }
        Block any = block(set.name(), Labels.NONE, List.of("1"), tables.get(items).get(0), percentages.get(items), groups);
        NetRow net = new NetRow(set.netLabel(), any.percent()[0], any.letters()[0], any.counts()[0]);
        double[] untested = new double[groups.size() - 1];
        java.util.Arrays.fill(untested, Double.NaN);
        return new Block(set.name(), set.label(), set.items(), set.itemLabels(), percent, letters, any.bases(), any.effectiveBases(), untested, counts, low,
                high, List.of(net), null, true);
    }

    private static Block block(String row, Labels labels, List<String> levels, CrossTab total, List<ColumnPercentages> tables, List<Group> groups) {
        int columns = groups.stream().mapToInt(g -> g.levels().size()).sum();
        double[][] percent = new double[levels.size()][columns];
        String[][] letters = new String[levels.size()][columns];
        double[][] counts = new double[levels.size()][columns];
        double[][] low = new double[levels.size()][columns];
        double[][] high = new double[levels.size()][columns];
        double[] bases = new double[columns];
        double[] effective = new double[columns];
        double[] pValues = new double[tables.size()];
        double totalWeight = total.columnWeight(0);
        for (int i = 0; i < levels.size(); i++) {
            int ti = total.rows().indexOf(levels.get(i)); // (a multiple-response item shows one level of its table; no one may have it)
            percent[i][0] = ti < 0 ? 0 : 100 * total.weighted()[ti][0] / totalWeight;
            letters[i][0] = "";
            counts[i][0] = ti < 0 ? 0 : total.counts()[ti][0];
            low[i][0] = Double.NaN;
            high[i][0] = Double.NaN;
        }
        bases[0] = total.columnBase(0);
        effective[0] = total.columnEffectiveBase(0);
        int offset = 1;
        for (int g = 0; g < tables.size(); g++) {
            ColumnPercentages cp = tables.get(g);
            Group group = groups.get(g + 1);
            pValues[g] = cp.pValue();
            for (int k = 0; k < group.levels().size(); k++) {
                int j = cp.table().columns().indexOf(group.levels().get(k));
                bases[offset + k] = j < 0 ? 0 : cp.bases()[j];
                effective[offset + k] = j < 0 ? 0 : cp.effectiveBases()[j];
                for (int i = 0; i < levels.size(); i++) {
                    int ti = cp.table().rows().indexOf(levels.get(i));
                    percent[i][offset + k] = j < 0 || ti < 0 ? 0 : 100 * cp.share()[ti][j];
                    letters[i][offset + k] = j < 0 || ti < 0 ? "" : groupLetters(cp, ti, j, group);
                    counts[i][offset + k] = j < 0 || ti < 0 ? 0 : cp.table().counts()[ti][j];
                    org.studybench.stats.Interval ci = j < 0 || ti < 0 ? null : cp.intervals()[ti][j];
                    low[i][offset + k] = ci == null ? Double.NaN : 100 * ci.lower();
                    high[i][offset + k] = ci == null ? Double.NaN : 100 * ci.upper();
                }
            }
            offset += group.levels().size();
        }
        return new Block(row, labels.variable(row), levels, levels.stream().map(l -> labels.level(row, l)).toList(), percent, letters, bases, effective,
                pValues, counts, low, high, List.of(), null, false);
    }

    /** A net's row: the net against the rest in the Total and in each breakdown's table ({@link CrossTab#combined}). */
    private static NetRow netRow(Net net, CrossTab total, List<CrossTab> breakdowns, List<Group> groups, PAdjust correction, double alpha) {
        int columns = groups.stream().mapToInt(g -> g.levels().size()).sum();
        double[] percent = new double[columns];
        String[] letters = new String[columns];
        double[] counts = new double[columns];
        java.util.Set<String> rest = new java.util.HashSet<>(total.rows());
        rest.removeAll(net.levels());
        List<java.util.Set<String>> parts = List.of(net.levels(), rest);
        List<String> names = List.of(net.label(), "rest");
        boolean testable = total.rows().stream().anyMatch(net.levels()::contains) && total.rows().stream().anyMatch(rest::contains);
        CrossTab t = total.combined(parts, names);
        percent[0] = t.columnWeight(0) > 0 ? 100 * t.weighted()[0][0] / t.columnWeight(0) : 0;
        letters[0] = "";
        counts[0] = t.counts()[0][0];
        int offset = 1;
        for (int g = 0; g < breakdowns.size(); g++) {
            Group group = groups.get(g + 1);
            CrossTab combined = breakdowns.get(g).combined(parts, names);
            // a net of every answer or of none has nothing to test
            ColumnPercentages cp = testable && combined.columns().size() > 1 ? ColumnPercentages.of(combined, 0.95, correction, alpha) : null;
            for (int k = 0; k < group.levels().size(); k++) {
                int j = combined.columns().indexOf(group.levels().get(k));
                double weight = j < 0 ? 0 : combined.columnWeight(j);
                percent[offset + k] = weight > 0 ? 100 * combined.weighted()[0][j] / weight : 0;
                letters[offset + k] = j < 0 || cp == null ? "" : groupLetters(cp, 0, j, group);
                counts[offset + k] = j < 0 ? 0 : combined.counts()[0][j];
            }
            offset += group.levels().size();
        }
        return new NetRow(net.label(), percent, letters, counts);
    }

    /**
     * A question's mean row, when its answers are numbers: the values of its levels ({@code missing} codes and
     * text left out) averaged in each column, letters from {@link ColumnMeans}; null when no answer is a number.
     */
    private static MeanRow meanRow(CrossTab total, List<CrossTab> breakdowns, List<Group> groups, java.util.Set<String> missing, PAdjust correction,
            double alpha) {
        if (total.rows().stream().noneMatch(l -> value(l, missing) != null)) {
            return null;
        }
        int columns = groups.stream().mapToInt(g -> g.levels().size()).sum();
        double[] means = new double[columns];
        double[] medians = new double[columns];
        String[] letters = new String[columns];
        ColumnMeans all = ColumnMeans.of(total, values(total, missing), correction, alpha);
        means[0] = all.means()[0];
        medians[0] = all.medians()[0];
        letters[0] = "";
        int offset = 1;
        for (int g = 0; g < breakdowns.size(); g++) {
            Group group = groups.get(g + 1);
            CrossTab t = breakdowns.get(g);
            ColumnMeans m = ColumnMeans.of(t, values(t, missing), correction, alpha);
            for (int k = 0; k < group.levels().size(); k++) {
                int j = t.columns().indexOf(group.levels().get(k));
                means[offset + k] = j < 0 ? Double.NaN : m.means()[j];
                medians[offset + k] = j < 0 ? Double.NaN : m.medians()[j];
                List<Integer> named = new ArrayList<>();
                if (j >= 0) {
                    for (int c : org.studybench.stats.ColumnLetters.columns(m.letters()[j], t.columns().size())) {
                        named.add(group.levels().indexOf(t.columns().get(c)));
                    }
                }
                letters[offset + k] = org.studybench.stats.ColumnLetters.cell(named, group.levels().size());
            }
            offset += group.levels().size();
        }
        return new MeanRow(means, letters, medians);
    }

    private static double[] values(CrossTab t, java.util.Set<String> missing) {
        return t.rows().stream().mapToDouble(l -> {
            Double v = value(l, missing);
            return v == null ? Double.NaN : v;
        }).toArray();
    }

    private static Double value(String level, java.util.Set<String> missing) {
        if (missing.contains(level)) {
            return null;
        }
        try {
            double v = Double.parseDouble(level);
            return Double.isFinite(v) ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A cell's letters named by the breakdown's columns (the table's own letters count only the columns it has). */
    private static String groupLetters(ColumnPercentages cp, int i, int j, Group group) {
        List<String> own = cp.table().columns();
        List<Integer> columns = new ArrayList<>();
        for (int c : org.studybench.stats.ColumnLetters.columns(cp.letters(i, j), own.size())) {
            columns.add(group.levels().indexOf(own.get(c)));
        }
        return org.studybench.stats.ColumnLetters.cell(columns, group.levels().size());
    }

    /** The nets of a dataset's variables and their user-missing codes; means as asked. */
    public static Extras extras(org.studybench.model.study.Dataset dataset, boolean means) {
        Map<String, List<Net>> nets = new java.util.HashMap<>();
        Map<String, java.util.Set<String>> missing = new java.util.HashMap<>();
        for (org.studybench.model.study.Variable v : dataset.getVariables()) {
            for (org.studybench.model.study.Net n : v.getNets()) {
                String label = n.getLabel() != null && !n.getLabel().isBlank() ? n.getLabel() : n.getName();
                nets.computeIfAbsent(v.getName(), k -> new ArrayList<>()).add(new Net(label, java.util.Set.copyOf(n.getLevels())));
            }
            if (!v.getMissingValues().isEmpty()) {
                missing.put(v.getName(), java.util.Set.copyOf(v.getMissingValues()));
            }
        }
        Map<String, ResponseSet> sets = new java.util.HashMap<>();
        for (org.studybench.model.study.MultipleResponseSet set : ResponseSets.usable(dataset)) { // countable, not named like a variable
            List<String> items = ResponseSets.items(set);
            List<String> itemLabels = withoutCommonLead(set.getVariables().stream()
                    .map(v -> v.getLabel() != null && !v.getLabel().isBlank() ? v.getLabel() : v.getName()).toList());
            String label = set.getLabel() != null && !set.getLabel().isBlank() ? set.getLabel() : set.getName();
            sets.put(set.getName(), new ResponseSet(set.getName(), label, items, itemLabels, ResponseSets.countedValue(set), ANY_OF));
        }
        return new Extras(nets, means, missing, sets);
    }

    /** The label of a multiple-response set's net row. */
    public static final String ANY_OF = "Any of these (net)";

    /**
     * Item labels without the words all of them begin with, up to a colon ("Delay or reluctance: lack of
     * time" → "lack of time", capitalised): the set's label says those once, above its rows.
     */
    static List<String> withoutCommonLead(List<String> labels) {
        if (labels.size() < 2) {
            return labels;
        }
        String first = labels.getFirst();
        int colon = first.indexOf(": ");
        if (colon < 0) {
            return labels;
        }
        String lead = first.substring(0, colon + 2);
        if (labels.stream().anyMatch(l -> !l.startsWith(lead) || l.length() == lead.length())) {
            return labels;
        }
        return labels.stream().map(l -> {
            String rest = l.substring(lead.length()).strip();
            return rest.isEmpty() ? l : Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
        }).toList();
    }

    /** Labels from a dataset's dictionary (codes and names without one: {@code dataset} null). */
    public static Labels labels(org.studybench.model.study.Dataset dataset) {
        if (dataset == null) {
            return Labels.NONE;
        }
        Map<String, String> variables = new java.util.HashMap<>();
        Map<String, Map<String, String>> values = new java.util.HashMap<>();
        for (org.studybench.model.study.Variable v : dataset.getVariables()) {
            if (v.getLabel() != null && !v.getLabel().isBlank()) {
                variables.put(v.getName(), v.getLabel());
            }
            for (org.studybench.model.study.ValueLabel vl : v.getValueLabels()) {
                values.computeIfAbsent(v.getName(), k -> new java.util.HashMap<>()).put(vl.getValue(), vl.getLabel());
            }
        }
        return labels(variables, values);
    }

    /** Labels from a dataset's dictionary: variable labels and value labels where present. */
    public static Labels labels(Map<String, String> variableLabels, Map<String, Map<String, String>> valueLabels) {
        return new Labels() {
            @Override
            public String variable(String name) {
                String label = variableLabels.get(name);
                return label == null || label.isBlank() ? name : label;
            }

            @Override
            public String level(String variable, String code) {
                return valueLabels.getOrDefault(variable, Map.of()).getOrDefault(code, code);
            }
        };
    }
}
