package org.studybench.importer.csv.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Column names, labels and multiple-response groups from the header rows of a CSV file: plain (one
 * row of names, as Google Forms, Alchemer and LimeSurvey write), or a survey tool's export whose
 * header rows must not become data and whose question texts become labels:
 * <ul>
 * <li>Qualtrics: names; question texts; an {@code {"ImportId": ...}} row (also the Python-dict form
 * {@code {'ImportId': 'startDate', 'timeZone': ...}} and variants such as {@code "QID2_TEXT"} or with a
 * {@code choiceId});</li>
 * <li>legacy Qualtrics: names ({@code V1}, {@code V2}, ... over {@code ResponseID}, {@code ResponseSet},
 * ..., or the metadata names themselves) and question texts, no third row;</li>
 * <li>SurveyMonkey: question texts (blank where a question continues, and possibly in the first
 * cells), then answer options or "Response".</li>
 * </ul>
 * A column's label is its header text (its question text in an export). Names are raw here; the
 * importer makes them unique (ignoring case) with VariableNames.
 */
record Header(String layout, int rows, List<String> names, List<String> labels, Map<String, List<Integer>> multipleResponse) {

    static final List<String> LAYOUTS = List.of("auto", "plain", "qualtrics", "qualtrics-legacy", "surveymonkey", "none");

    /** The layout named (or detected, for "auto") from the first records of the file (up to 3). */
    static Header detect(List<List<String>> first, String layout) {
        String chosen = "auto".equals(layout) ? detectLayout(first) : layout;
        List<String> top = first.isEmpty() ? List.of() : first.get(0);
        return switch (chosen) {
            case "qualtrics" -> qualtrics(first, first.size() >= 3 && isImportIdRow(first.get(2)));
            case "qualtrics-legacy" -> qualtrics(first, false);
            case "surveymonkey" -> first.size() < 2 ? plain(top) : surveyMonkey(first);
            case "none" -> none(top.size());
            default -> plain(top);
        };
    }

    static String detectLayout(List<List<String>> first) {
        if (first.size() >= 3 && isImportIdRow(first.get(2))) {
            return "qualtrics";
        }
        if (first.size() >= 2 && isQualtricsLegacy(first.get(0), first.get(1))) {
            return "qualtrics-legacy";
        }
        if (first.size() >= 2 && isSurveyMonkey(first.get(0), first.get(1))) {
            return "surveymonkey";
        }
        return "plain";
    }

    // ---- Qualtrics --------------------------------------------------------------------------

    private static final Pattern IMPORT_ID = Pattern.compile("^\\{\\s*[\"']ImportId[\"']\\s*:");

    /** Metadata columns every Qualtrics export starts with (current and legacy names). */
    private static final Set<String> QUALTRICS_METADATA = Set.of("startdate", "enddate", "status", "ipaddress", "progress", "durationinseconds", "finished",
            "recordeddate", "responseid", "responseset", "recipientlastname", "recipientfirstname", "recipientemail", "externalreference",
            "externaldatareference", "locationlatitude", "locationlongitude", "distributionchannel", "userlanguage", "emailaddress");

    private static boolean isImportIdRow(List<String> row) {
        return row.stream().anyMatch(c -> IMPORT_ID.matcher(c.trim()).find());
    }

    /**
     * Legacy (2-row) Qualtrics: V1, V2, ... over the metadata names (ResponseID, ResponseSet, ...), or a
     * metadata name over its own text ("StartDate" over "Start Date", "ResponseID" over "ResponseID"),
     * which a data row never has there.
     */
    private static boolean isQualtricsLegacy(List<String> names, List<String> texts) {
        boolean vNames = names.size() >= 2 && names.get(0).trim().equals("V1") && names.get(1).trim().equals("V2");
        int metadataTexts = 0;
        for (int c = 0; c < Math.min(names.size(), texts.size()); c++) {
            String name = key(names.get(c));
            String text = key(texts.get(c));
            if (QUALTRICS_METADATA.contains(name) && name.equals(text)) {
                return true;
            }
            metadataTexts += QUALTRICS_METADATA.contains(text) ? 1 : 0;
        }
        return vNames && metadataTexts >= 2;
    }

    private static Header qualtrics(List<List<String>> first, boolean importIdRow) {
        List<String> texts = first.size() >= 2 ? first.get(1) : List.of();
        return new Header(importIdRow ? "qualtrics" : "qualtrics-legacy", importIdRow ? 3 : Math.min(2, first.size()), new ArrayList<>(first.get(0)),
                padded(texts, first.get(0).size()), Map.of());
    }

    // ---- SurveyMonkey -----------------------------------------------------------------------

    private static boolean isSurveyMonkey(List<String> top, List<String> sub) {
        // "Response" marks a single-answer question in the second row; a data row has values under every
        // question and blanks under none of the metadata, which is the other way round.
        boolean responses = sub.stream().anyMatch(c -> c.trim().equals("Response") || c.trim().equals("Open-Ended Response"));
        boolean unbalanced = false;
        for (int c = 0; c < Math.max(top.size(), sub.size()); c++) {
            boolean topBlank = c >= top.size() || top.get(c).isBlank();
            boolean subBlank = c >= sub.size() || sub.get(c).isBlank();
            unbalanced |= topBlank != subBlank;
        }
        return responses && unbalanced;
    }

    private static Header surveyMonkey(List<List<String>> first) {
        List<String> top = first.get(0);
        List<String> sub = first.get(1);
        int columns = Math.max(top.size(), sub.size());
        // Which columns belong to which question: a question continues over blank top cells. Blank
        // top cells before the first question text are columns of their own, named by the second row.
        List<Integer> owner = new ArrayList<>();
        int current = -1;
        for (int c = 0; c < columns; c++) {
            if (!cell(top, c).isBlank() || current < 0 || cell(top, current).isBlank()) {
                current = c;
            }
            owner.add(current);
        }
        Map<Integer, Integer> span = new LinkedHashMap<>();
        owner.forEach(o -> span.merge(o, 1, Integer::sum));
        List<String> names = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        Map<String, List<Integer>> sets = new LinkedHashMap<>();
        Map<Integer, String> questionName = new LinkedHashMap<>();
        for (int c = 0; c < columns; c++) {
            int o = owner.get(c);
            String q = cell(top, o);
            String s = cell(sub, c);
            if (q.isBlank()) { // a leading column with its name in the second row, or none
                names.add(s.isBlank() ? "" : slug(s));
                labels.add(s);
                continue;
            }
            boolean metadata = s.isBlank() && span.get(o) == 1;
            if (metadata) {
                names.add(slug(q));
                labels.add(q);
                continue;
            }
            String base = questionName.computeIfAbsent(o, k -> "q" + (questionName.size() + 1));
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
        return new Header("surveymonkey", 2, names, labels, sets);
    }

    // ---- plain ------------------------------------------------------------------------------

    private static Header plain(List<String> names) {
        return new Header("plain", 1, new ArrayList<>(names), new ArrayList<>(names), Map.of());
    }

    private static Header none(int columns) {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= columns; i++) {
            names.add("V" + i);
        }
        return new Header("none", 0, names, padded(List.of(), columns), Map.of());
    }

    // ---- helpers ----------------------------------------------------------------------------

    private static String cell(List<String> row, int c) {
        return c < row.size() ? row.get(c) : "";
    }

    private static List<String> padded(List<String> row, int size) {
        List<String> out = new ArrayList<>(row.subList(0, Math.min(row.size(), size)));
        while (out.size() < size) {
            out.add("");
        }
        return out;
    }

    /** Lower case letters and digits only: "Duration (in seconds)" and "Duration__in_seconds_" compare equal. */
    private static String key(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    /** A variable name from a label: lower case, letters/digits/underscores. */
    static String slug(String label) {
        String s = label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (s.isEmpty()) {
            s = "v";
        }
        return Character.isDigit(s.charAt(0)) ? "v" + s : s;
    }
}
