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

/**
 * The column-proportion letters of a study's comparisons, for the findings table: each segment that
 * is a column of such a comparison gets one letter for the whole report (in order of first
 * appearance), and each finding × segment cell the letters of the columns it significantly exceeds.
 * A comparison's own letters (A, B, ... in its segments' order) are translated to the report's.
 * Letters come from the comparisons' results ({@link ResultValues#letters}).
 */
final class ColumnLetters {

    private final Map<Segment, String> columnLetter = new LinkedHashMap<>();
    private final Map<Finding, Map<Segment, String>> cells = new HashMap<>();

    ColumnLetters(Study study) {
        for (Comparison c : study.getComparisons()) {
            String[][] letters = letters(c);
            if (letters == null || c.getSegments().size() < 2) {
                continue;
            }
            List<Segment> segments = c.getSegments();
            for (Segment s : segments) {
                columnLetter.computeIfAbsent(s, k -> letter(columnLetter.size()));
            }
            for (int i = 0; i < c.getFindings().size(); i++) {
                for (int j = 0; j < segments.size(); j++) {
                    String own = letters[i][j];
                    if (own.isEmpty()) {
                        continue;
                    }
                    StringBuilder translated = new StringBuilder();
                    for (char l : own.toCharArray()) {
                        int k = l - 'A';
                        if (k >= 0 && k < segments.size()) {
                            translated.append(columnLetter.get(segments.get(k)));
                        }
                    }
                    cells.computeIfAbsent(c.getFindings().get(i), k -> new HashMap<>()).merge(segments.get(j), translated.toString(), ColumnLetters::union);
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
                for (char l : letters[i][j].toCharArray()) {
                    pairs.add(letter(j) + " > " + l);
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
        return columnLetter.get(s);
    }

    /** The letters of the columns this cell significantly exceeds, or "". */
    String cell(Finding f, Segment s) {
        Map<Segment, String> row = cells.get(f);
        return row == null ? "" : row.getOrDefault(s, "");
    }

    static String letter(int column) {
        return String.valueOf((char) ('A' + column));
    }

    private static String union(String a, String b) {
        StringBuilder out = new StringBuilder(a);
        b.chars().filter(ch -> a.indexOf(ch) < 0).forEach(ch -> out.append((char) ch));
        char[] sorted = out.toString().toCharArray();
        java.util.Arrays.sort(sorted);
        return new String(sorted);
    }
}
