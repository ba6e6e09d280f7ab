package org.studybench.report.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.studybench.compare.ResultValues;
import org.studybench.model.study.Comparison;
import org.studybench.model.study.Finding;
import org.studybench.model.study.Result;
import org.studybench.model.study.Segment;
import org.studybench.model.study.Study;
import org.studybench.stats.ColumnLetters;

/**
 * The column-proportion letters of a study's comparisons, for the findings table: each segment that
 * is a column of such a comparison gets one letter for the whole report (in order of first
 * appearance), and each finding × segment cell the letters of the columns it significantly exceeds.
 * A comparison's own letters (A, B, ... in its segments' order) are translated to the report's.
 * Letters come from the comparisons' results ({@link ResultValues#letters}).
 */
final class FindingLetters {

    private final Map<Segment, Integer> columnLetter = new LinkedHashMap<>(); // a segment's report column
    private final Map<Finding, Map<Segment, java.util.Set<Integer>>> cells = new HashMap<>(); // the report columns a cell exceeds

    FindingLetters(Study study) {
        for (Comparison c : study.getComparisons()) {
            String[][] letters = letters(c);
            if (letters == null || c.getSegments().size() < 2) {
                continue;
            }
            List<Segment> segments = c.getSegments();
            for (Segment s : segments) {
                columnLetter.computeIfAbsent(s, k -> columnLetter.size());
            }
            for (int i = 0; i < c.getFindings().size(); i++) {
                for (int j = 0; j < segments.size(); j++) {
                    String own = letters[i][j];
                    if (own.isEmpty()) {
                        continue;
                    }
                    for (int k : ColumnLetters.columns(own, segments.size())) {
                        int column = columnLetter.get(segments.get(k));
                        cells.computeIfAbsent(c.getFindings().get(i), x -> new HashMap<>()).computeIfAbsent(segments.get(j), x -> new java.util.TreeSet<>()).add(column);
                    }
                }
            }
        }
    }

    /** The letters a comparison's result holds, per finding and segment; null for other results. */
    static String[][] letters(Comparison c) {
        return ResultValues.letters(c.getResult(), c.getFindings().size(), c.getSegments().size()).orElse(null);
    }

    /**
     * A letters result in words: per finding, which column exceeds which, e.g. "A > B", or that no
     * pair differs.
     */
    static List<String> relations(Comparison c, String[][] letters) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < c.getFindings().size(); i++) {
            List<String> pairs = new ArrayList<>();
            for (int j = 0; j < c.getSegments().size(); j++) {
                for (int k : ColumnLetters.columns(letters[i][j], c.getSegments().size())) {
                    pairs.add(letter(j) + " > " + letter(k));
                }
            }
            Finding f = c.getFindings().get(i);
            out.add((f.getLabel() != null && !f.getLabel().isBlank() ? f.getLabel() : f.getName()) + ": "
                    + (pairs.isEmpty() ? "no significant difference" : String.join(", ", pairs)));
        }
        return out;
    }

    boolean any() {
        return !cells.isEmpty();
    }

    /** The report's letter of a segment's column, or null when no letters comparison uses it. */
    String column(Segment s) {
        Integer column = columnLetter.get(s);
        return column == null ? null : letter(column);
    }

    /** The letters of the columns this cell significantly exceeds, or "". */
    String cell(Finding f, Segment s) {
        Map<Segment, java.util.Set<Integer>> row = cells.get(f);
        return row == null || !row.containsKey(s) ? "" : ColumnLetters.cell(row.get(s), columnLetter.size());
    }

    static String letter(int column) {
        return ColumnLetters.of(column);
    }
}
