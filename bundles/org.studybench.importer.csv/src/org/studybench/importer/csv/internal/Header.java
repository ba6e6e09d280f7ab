package org.studybench.importer.csv.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.studybench.core.VariableNames;

/**
 * Column names, labels and multiple-response groups from the header rows of a plain CSV file, a
 * Qualtrics export (names; question texts; {"ImportId": ...} rows) or a SurveyMonkey export (question
 * texts, blank where a question continues; answer options or "Response" below).
 */
record Header(String layout, int rows, List<String> names, List<String> labels, Map<String, List<Integer>> multipleResponse) {

    static Header detect(List<List<String>> first, String layout) {
        String chosen = layout;
        if ("auto".equals(layout)) {
            chosen = isQualtrics(first) ? "qualtrics" : isSurveyMonkey(first) ? "surveymonkey" : "plain";
        }
        return switch (chosen) {
            case "qualtrics" -> qualtrics(first);
            case "surveymonkey" -> surveyMonkey(first);
            case "none" -> none(first.isEmpty() ? 0 : first.get(0).size());
            default -> plain(first.get(0));
        };
    }

    private static boolean isQualtrics(List<List<String>> first) {
        return first.size() >= 3 && first.get(2).stream().anyMatch(c -> c.startsWith("{\"ImportId\""));
    }

    private static boolean isSurveyMonkey(List<List<String>> first) {
        if (first.size() < 3) {
            return false;
        }
        List<String> second = first.get(1);
        boolean responses = second.stream().anyMatch(c -> c.equals("Response") || c.equals("Open-Ended Response"));
        List<String> top = first.get(0);
        boolean continuation = false;
        for (int i = 1; i < top.size(); i++) {
            continuation |= top.get(i).isBlank() && !top.get(i - 1).isBlank();
        }
        return responses && continuation;
    }

    private static Header plain(List<String> names) {
        return new Header("plain", 1, unique(names), new ArrayList<>(names), Map.of());
    }

    private static Header none(int columns) {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= columns; i++) {
            names.add("V" + i);
        }
        return new Header("none", 0, names, new ArrayList<>(names), Map.of());
    }

    private static Header qualtrics(List<List<String>> first) {
        return new Header("qualtrics", 3, unique(first.get(0)), new ArrayList<>(first.get(1)), Map.of());
    }

    private static Header surveyMonkey(List<List<String>> first) {
        List<String> top = first.get(0);
        List<String> sub = first.get(1);
        int columns = Math.max(top.size(), sub.size());
        // Which columns belong to which question (a question continues over blank top cells).
        List<Integer> owner = new ArrayList<>();
        int current = -1;
        for (int c = 0; c < columns; c++) {
            String t = c < top.size() ? top.get(c) : "";
            if (!t.isBlank() || current < 0) {
                current = c;
            }
            owner.add(current);
        }
        Map<Integer, Integer> span = new LinkedHashMap<>();
        owner.forEach(o -> span.merge(o, 1, Integer::sum));
        List<String> names = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        Map<String, List<Integer>> sets = new LinkedHashMap<>();
        int question = 0;
        Map<Integer, String> questionName = new LinkedHashMap<>();
        for (int c = 0; c < columns; c++) {
            int o = owner.get(c);
            String q = o < top.size() ? top.get(o) : "";
            String s = c < sub.size() ? sub.get(c) : "";
            boolean metadata = s.isBlank() && span.get(o) == 1;
            if (metadata) {
                names.add(slug(q));
                labels.add(q);
                continue;
            }
            String base = questionName.computeIfAbsent(o, k -> "q" + nextQuestion(questionName));
            if (span.get(o) == 1) {
                names.add(base);
                labels.add(q);
            } else {
                int index = c - o + 1;
                names.add(base + "_" + index);
                boolean answer = !s.equals("Response") && !s.equals("Open-Ended Response") && !s.isBlank();
                labels.add(q + " — " + (s.isBlank() ? "option " + index : s));
                if (answer) {
                    sets.computeIfAbsent(base, k -> new ArrayList<>()).add(c);
                }
            }
        }
        sets.values().removeIf(list -> list.size() < 2);
        return new Header("surveymonkey", 2, unique(names), labels, sets);
    }

    private static int nextQuestion(Map<Integer, String> known) {
        return known.size() + 1;
    }

    /** A variable name from a label: lower case, letters/digits/underscores. */
    static String slug(String label) {
        String s = label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (s.isEmpty()) {
            s = "v";
        }
        return Character.isDigit(s.charAt(0)) ? "v" + s : s;
    }

    /** Blank names become V1, V2...; repeated names get _2, _3 so that every column has its own name. */
    private static List<String> unique(List<String> names) {
        return VariableNames.unique(names);
    }
}
