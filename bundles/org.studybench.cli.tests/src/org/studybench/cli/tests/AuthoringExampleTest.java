package org.studybench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studybench.cli.tests.CliRunner.Run;
import org.studybench.core.workflow.AuthoringWorkflow;
import org.studybench.model.io.StudyResources;
import org.studybench.model.study.Dataset;
import org.studybench.model.study.Finding;
import org.studybench.model.study.Identified;
import org.studybench.model.study.Origin;
import org.studybench.model.study.Study;
import org.studybench.model.study.StudyPackage;

/**
 * Runs the commands of examples/rebuild-examples.sh in-process and checks that they rebuild the committed
 * example studies element by element. Ids are fresh (the committed ones are not derived from anything the
 * commands know); what StudyBench computes (results, input hashes, a computed finding's estimates, the
 * datasets' rows and dictionaries) is left to report and import and not compared.
 */
class AuthoringExampleTest {

    private static final Path SCRIPT = CliRunner.REPO.resolve("examples/rebuild-examples.sh");

    /** Only the dataset's settings that the script sets; the rest comes from the data file. */
    private static final Set<String> DATASET_SETTINGS = Set.of("name", "label", "synthetic", "description");

    @TempDir
    Path dir;

    @Test
    void theScriptRebuildsBothExampleStudies() throws Exception {
        // the script imports the seeded generators' rows; a few rows with the same columns serve here
        Files.writeString(dir.resolve("respondents.csv"), """
                respondent,country,size,weight,colleagues,security,productivity,it_barrier,image_regulation,data_loss_regulation
                1,IT,large,1.2,yes,yes,no,no,yes,no
                2,DE,SME,0.8,no,yes,yes,no,no,yes
                3,FR,SME,1.0,yes,no,no,yes,no,no
                4,IT,large,1.0,no,no,yes,yes,yes,no
                """);
        Files.writeString(dir.resolve("pages.csv"), """
                page,sector,months_active,user_posts,replies,reply_share,median_reply_hours,replied_500
                p1,retail,18,900,600,0.67,3.5,yes
                p2,banking,12,40,2,0.05,120.0,no
                p3,telecom,18,300,150,0.5,24.0,no
                """);
        Files.writeString(dir.resolve("companies.csv"), """
                company,strategy,importance,cause_time,cause_indicators,cause_culture
                1,no,,yes,no,yes
                2,yes,3,no,yes,no
                3,yes,1,yes,no,no
                """);
        Path ipsos = dir.resolve("ipsos-2013.study");
        Path blogmeter = dir.resolve("blogmeter-2013.study");
        List<List<String>> commands = commands(Files.readString(SCRIPT), Map.of("ipsos", ipsos, "blogmeter", blogmeter, "data", dir, "out", dir));
        int run = 0;
        for (List<String> command : commands) {
            if (command.get(0).equals("report")) {
                continue; // recomputes what is not compared; ReportCommandTest covers it
            }
            Run result = CliRunner.run(command.toArray(String[]::new));
            assertEquals(0, result.exitCode(), String.join(" ", command) + "\n" + result.err());
            run++;
        }
        assertTrue(run > 60, "the script's commands were found: " + run);

        AuthoringWorkflow authoring = CliRunner.service(AuthoringWorkflow.class);
        Study expected = StudyResources.load(CliRunner.IPSOS);
        Study actual = StudyResources.load(ipsos);
        assertEquals(List.of(), differences(expected, actual, "study", authoring));
        assertEquals(List.of(), differences(StudyResources.load(CliRunner.BLOGMETER), StudyResources.load(blogmeter), "study", authoring));

        // the comparison sees a changed label, a reference to another element and a missing estimate
        actual.getSegments().get(1).setLabel("Small firms");
        actual.getComparisons().get(0).getSegments().remove(1);
        actual.getFindings().get(0).getEstimates().remove(0);
        assertEquals(List.of("study.segments[1].label: expected SMEs, got Small firms", "study.findings[0].estimates: expected 2 elements, got 1",
                "study.comparisons[0].segments: expected [Segment large, Segment sme], got [Segment large]"), differences(expected, actual, "study", authoring));
    }

    /** Differences between two elements: every setting but ids and computed values, references by name. */
    private static List<String> differences(EObject expected, EObject actual, String where, AuthoringWorkflow authoring) {
        List<String> out = new ArrayList<>();
        if (expected.eClass() != actual.eClass()) {
            out.add(where + ": " + expected.eClass().getName() + " vs " + actual.eClass().getName());
            return out;
        }
        for (EStructuralFeature feature : expected.eClass().getEAllStructuralFeatures()) {
            if (authoring.isComputed(feature) || expected instanceof Dataset && !DATASET_SETTINGS.contains(feature.getName())
                    || expected instanceof Finding f && f.getOrigin() == Origin.COMPUTED && feature == StudyPackage.Literals.FINDING__ESTIMATES) {
                continue;
            }
            String at = where + "." + feature.getName();
            Object e = expected.eGet(feature);
            Object a = actual.eGet(feature);
            if (feature instanceof EAttribute) {
                if (!java.util.Objects.equals(e, a)) {
                    out.add(at + ": expected " + e + ", got " + a);
                }
            } else if (((EReference) feature).isContainment()) {
                List<?> es = feature.isMany() ? (List<?>) e : e == null ? List.of() : List.of(e);
                List<?> as = feature.isMany() ? (List<?>) a : a == null ? List.of() : List.of(a);
                if (es.size() != as.size()) {
                    out.add(at + ": expected " + es.size() + " elements, got " + as.size());
                    continue;
                }
                for (int i = 0; i < es.size(); i++) {
                    out.addAll(differences((EObject) es.get(i), (EObject) as.get(i), at + "[" + i + "]", authoring));
                }
            } else if (!names(e).equals(names(a))) {
                out.add(at + ": expected " + names(e) + ", got " + names(a));
            }
        }
        if (expected instanceof Identified && ((Identified) actual).getId() == null) {
            out.add(where + ": has no id");
        }
        return out;
    }

    private static List<String> names(Object referred) {
        List<?> list = referred instanceof List<?> l ? l : referred == null ? List.of() : List.of(referred);
        List<String> names = new ArrayList<>();
        for (Object o : list) {
            EObject element = (EObject) o;
            EStructuralFeature name = element.eClass().getEStructuralFeature("name");
            names.add(element.eClass().getName() + " " + (name != null ? element.eGet(name) : element.eGet(element.eClass().getEStructuralFeature("title"))));
        }
        return names;
    }

    /**
     * The script's StudyBench commands (those starting a line with {@code $sb}), split into arguments as the
     * shell would: single quotes (across lines too), double quotes, backslashes and line continuations;
     * {@code $NAME} expanded from {@code variables}.
     */
    static List<List<String>> commands(String script, Map<String, Path> variables) {
        List<List<String>> commands = new ArrayList<>();
        int i = 0;
        while (i < script.length()) {
            if (!script.startsWith("$sb ", i)) {
                int next = script.indexOf('\n', i);
                i = next < 0 ? script.length() : next + 1;
                continue;
            }
            i += 4;
            List<String> words = new ArrayList<>();
            StringBuilder word = null;
            char quote = 0;
            for (; i < script.length(); i++) {
                char c = script.charAt(i);
                if (quote == '\'') {
                    if (c == '\'') {
                        quote = 0;
                    } else {
                        word.append(c);
                    }
                    continue;
                }
                if (c == '\n' && quote == 0) {
                    i++;
                    break;
                }
                if (c == '\\' && i + 1 < script.length()) {
                    char escaped = script.charAt(++i);
                    if (escaped != '\n') {
                        word = word == null ? new StringBuilder() : word;
                        word.append(escaped);
                    }
                } else if (c == '"') {
                    word = word == null ? new StringBuilder() : word;
                    quote = quote == '"' ? 0 : '"';
                } else if (c == '\'' && quote == 0) {
                    word = word == null ? new StringBuilder() : word;
                    quote = '\'';
                } else if (c == '$') {
                    word = word == null ? new StringBuilder() : word;
                    int end = i + 1;
                    while (end < script.length() && (Character.isLetterOrDigit(script.charAt(end)) || script.charAt(end) == '_')) {
                        end++;
                    }
                    String variable = script.substring(i + 1, end);
                    Path value = variables.get(variable);
                    if (value == null) {
                        throw new IllegalArgumentException("the test does not know $" + variable);
                    }
                    word.append(value);
                    i = end - 1;
                } else if (Character.isWhitespace(c) && quote == 0) {
                    if (word != null) {
                        words.add(word.toString());
                        word = null;
                    }
                } else {
                    word = word == null ? new StringBuilder() : word;
                    word.append(c);
                }
            }
            if (word != null) {
                words.add(word.toString());
            }
            commands.add(words);
        }
        return commands;
    }
}
